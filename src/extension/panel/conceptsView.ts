import * as vscode from 'vscode';
import { randomNonce } from './nonce';

/**
 * The "Docker 개념" webview view in the Docker 해설 activity-bar container. The page is a
 * static shell plus dist/webview.js; everything it shows arrives as typed messages.
 */
export class ConceptsViewProvider implements vscode.WebviewViewProvider {
  static readonly viewId = 'dockerExplain.concepts';
  private view?: vscode.WebviewView;
  private pendingConcept?: string;

  constructor(private readonly extensionUri: vscode.Uri) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
    };
    webview.html = this.html(webview);
    view.onDidDispose(() => (this.view = undefined));
    if (this.pendingConcept) this.showConcept(this.pendingConcept);
  }

  /** Opens a concept page, revealing the view first if it is hidden. */
  showConcept(id: string): void {
    if (!this.view) {
      this.pendingConcept = id;
      void vscode.commands.executeCommand(`${ConceptsViewProvider.viewId}.focus`);
      return;
    }
    this.pendingConcept = undefined;
    this.view.show?.(true);
    void this.view.webview.postMessage({ type: 'showConcept', id });
  }

  get isResolved(): boolean {
    return this.view !== undefined;
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel', 'panel.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Docker 개념</title>
</head>
<body>
<main id="app" aria-live="polite"><h1>Docker 개념</h1><p>컨테이너, 이미지, 레이어, 볼륨, 네트워크를 그림과 함께 설명해요.</p></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }
}
