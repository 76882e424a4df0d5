// Stands in for `linkify-it` in the webview bundle (esbuild alias in scripts/build.mjs): the
// panel's markdown-it runs with linkify off, so bare URLs never become links and this is never
// asked to find one. markdown-it only constructs it.
export default class NoLinkify {
  test(): boolean {
    return false;
  }
  pretest(): boolean {
    return false;
  }
  match(): null {
    return null;
  }
  matchAtStart(): null {
    return null;
  }
}
