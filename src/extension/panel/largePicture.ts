import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { languageSetting } from '../settings';
import { randomNonce } from './nonce';
import type { ConceptPage } from './protocol';
import type { FileView } from '../../core/model/panelModel';

export const OPEN_LARGE_PICTURE_COMMAND = 'dockerExplain.openPictureLarge';
export const LARGE_PICTURE_VIEW_TYPE = 'dockerExplain.picture';

/** What the editor-area picture shows (media/panel/large.ts reads it). */
export type LargePictureMessage = { type: 'picture'; lang: string; text: Record<string, string>; concept?: ConceptPage; view?: FileView };

/**
 * "크게 보기": the picture the sidebar shows, in a webview panel in the editor area, where it has
 * the room to read at a large size (issue 14 item 6). A concept id opens that concept's diagram;
 * none opens the sidebar's "이 파일" picture as last drawn. One panel, reused.
 */
export class LargePicture implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analysis: Analysis,
    private readonly fileView: () => FileView | undefined,
  ) {}

  async open(concept?: unknown): Promise<vscode.WebviewPanel | undefined> {
    const lang = languageSetting();
    const init = await this.analysis.request('panelInit', { language: lang });
    if (init.type !== 'init') return undefined;
    const page = typeof concept === 'string' ? init.concepts.find((c) => c.id === concept) : undefined;
    const view = page ? undefined : this.fileView();
    if (!page && (!view || view.kind === 'empty')) return undefined;
    const title = `${lang === 'en' ? 'Picture' : '그림'}: ${page ? page.title.replace(/`/g, '') : view && view.kind !== 'empty' ? view.fileName : ''}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(LARGE_PICTURE_VIEW_TYPE, title, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    const panel = this.panel;
    panel.title = title;
    panel.webview.html = this.html(panel.webview, lang);
    const message: LargePictureMessage = { type: 'picture', lang, text: init.text, ...(page ? { concept: page } : { view }) };
    // The page asks when its script is ready; answer every ask (a reload asks again).
    panel.webview.onDidReceiveMessage((m: unknown) => {
      if (typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'ready') void panel.webview.postMessage(message);
    });
    panel.reveal(vscode.ViewColumn.Active);
    return panel;
  }

  private html(webview: vscode.Webview, lang: string): string {
    const nonce = randomNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'picture.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel', 'panel.css'));
    const codicons = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'codicons', 'codicon.css'));
    const csp = ["default-src 'none'", `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data:`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${codicons}">
<link rel="stylesheet" href="${style}">
<title>${lang === 'en' ? 'Docker picture' : 'Docker 그림'}</title>
</head>
<body class="large-picture">
<main id="app" aria-busy="true"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
