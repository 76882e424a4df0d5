import vscode = require('vscode');
import type { FileView } from '../../core/model/panelModel';
import type { Analysis, DocumentStatus } from '../analysis/analysis';
import type { FileKind } from '../../core/types';
import { corePathOf, lintTargetOf } from '../analysis/analysis';
import { WorkerUnavailableError } from '../analysis/workerClient';
import { isEnabled, languageSetting } from '../settings';
import { randomNonce } from './nonce';
import { MAX_ERROR_LOCATIONS, parseWebviewMessage } from './protocol';
import { OPEN_EXAMPLE_COMPOSE_COMMAND, OPEN_EXAMPLE_DOCKERFILE_COMMAND } from '../examples';
import { OPEN_LARGE_PICTURE_COMMAND } from './largePicture';
import type { HostMessage, RulesOverview, WebviewMessage } from './protocol';

/** Same pause as the diagnostics (src/extension/diagnostics.ts), so picture and squiggles move together. */
const DEBOUNCE_MS = 250;

/**
 * The "Docker 개념" webview view: concept pages, rule docs and "이 파일", the live picture of
 * the active Dockerfile or Compose file. The page is a static shell plus dist/webview.js;
 * everything it shows arrives as typed messages (./protocol.ts), and every message the
 * webview sends is validated before anything acts on it.
 */
/** A place in the workspace an error explanation points at (src/extension/errorExplanation.ts). */
export interface ErrorLocationTarget {
  uri: vscode.Uri;
  range: vscode.Range;
  label: string;
}

export class ConceptsViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'dockerExplain.concepts';
  private view?: vscode.WebviewView;
  private ready = false;
  private pending: HostMessage[] = [];
  /** The places of the last error explanation, opened by index when the webview asks. */
  private errorLocations: ErrorLocationTarget[] = [];
  private timer?: NodeJS.Timeout;
  /** The editor the "이 파일" view follows; kept when focus moves to the panel itself. */
  private document?: vscode.TextDocument;
  private lastViewJson = '';
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<{ view: string; key: string }>();
  /** Fires when the webview reports what it shows (tests wait on it). */
  readonly onDidRender = this.rendered.event;
  /** The last file view posted, for tests and for the walkthrough. */
  lastFileView?: FileView;
  /** The last error explanation sent to the view (for the integration tests, like lastFileView). */
  lastErrorExplanation?: { message: string; markdown: string; locations: string[] };
  /** The last rules overview posted (the rules tab), for tests. */
  lastRulesOverview?: RulesOverview;
  private lastRulesJson = '';
  /** What the rules tab was last asked for (file, its kind and status): typing changes none of it, so it is not asked again per keystroke. */
  private lastRulesInput?: string;
  /** Where each rule of the last overview was set (a config file line), opened when the webview asks. */
  private ruleOrigins = new Map<string, { file: string; line: number }>();
  private rulesRequest = 0;
  /** The last card posted above the concepts (the integration tests read it under every host). */
  lastCard?: { command: string; markdown: string | null };
  /** Explains the card above the concepts again (in the language now set), when the webview asks. */
  private cardAgain?: () => Promise<unknown>;
  /** Counts requests for the picture, so that a slow answer never overwrites a newer one. */
  private fileViewRequest = 0;
  /**
   * The Compose profiles the reader turned on, per project folder (the panel's switch; files are
   * not changed), kept in the workspace's state so the choice survives a reload.
   */
  private readonly profiles: Map<string, string[]>;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analysis: Analysis,
    private readonly state?: vscode.Memento,
  ) {
    this.profiles = new Map(Object.entries(readProfiles(state)));
    this.document = vscode.window.activeTextEditor?.document;
    this.disposables.push(
      this.rendered,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focusing the panel or an output pane leaves no text editor: keep showing the last file.
        if (!editor) return;
        this.document = editor.document;
        this.updateFileView(true);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // Another file of the folder (an override) changes the effective project shown too.
        if (e.document === this.document || (this.document && e.document.uri.scheme === 'file' && projectKey(e.document.uri) === projectKey(this.document.uri))) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) {
          this.document = vscode.window.activeTextEditor?.document;
          this.updateFileView(true);
        }
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = this.document?.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.updateFileView(true);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dockerExplain.language') && this.view) {
          this.ready = false;
          this.view.webview.html = this.html(this.view.webview);
        }
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    this.lastViewJson = '';
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist')],
    };
    webview.html = this.html(webview);
    webview.onDidReceiveMessage((data: unknown) => this.receive(data), undefined, this.disposables);
    view.onDidChangeVisibility(() => {
      if (view.visible) this.updateFileView(true);
    }, undefined, this.disposables);
    view.onDidDispose(() => {
      if (this.view === view) {
        this.view = undefined;
        this.ready = false;
      }
    }, undefined, this.disposables);
  }

  get isResolved(): boolean {
    return this.view !== undefined;
  }

  /** The page as last set (tests check its Content-Security-Policy). */
  get currentHtml(): string | undefined {
    return this.view?.webview.html;
  }

  /** Opens a concept page, revealing the view first (resolving it if it never was). */
  async showConcept(id: string): Promise<void> {
    if (!(await this.analysis.rules()).conceptIds.includes(id)) return;
    this.reveal();
    this.post({ type: 'showConcept', id });
  }

  async showRule(id: string): Promise<void> {
    if (!(await this.isRule(id))) return;
    this.reveal();
    this.post({ type: 'showRule', id });
  }

  private async isRule(id: string): Promise<boolean> {
    return (await this.analysis.rules()).rules.some((r) => r.id === id);
  }

  /** Shows a docker command's explanation on the concepts tab (the "명령어 설명" command). */
  showCommandExplanation(command: string, markdown: string | null, again?: () => Promise<unknown>): void {
    this.cardAgain = again;
    this.reveal();
    this.post({ type: 'commandExplanation', command, markdown });
  }

  /** Shows a hover's whole explanation ("자세히") on the concepts tab, under `title`, with the hovered text. */
  showDetails(title: string, text: string, markdown: string, again?: () => Promise<unknown>): void {
    this.cardAgain = again;
    this.reveal();
    this.post({ type: 'commandExplanation', command: text, markdown, title });
  }

  /**
   * Shows a Docker error message's explanation on the concepts tab (a terminal link, a pasted
   * error). The locations stay here: the webview only ever sends back an index into them.
   */
  showErrorExplanation(message: string, markdown: string, locations: ErrorLocationTarget[], again?: () => Promise<unknown>): void {
    this.cardAgain = again;
    this.errorLocations = locations.slice(0, MAX_ERROR_LOCATIONS);
    this.lastErrorExplanation = { message, markdown, locations: this.errorLocations.map((l) => l.label) };
    this.reveal();
    this.post({ type: 'commandExplanation', command: message, markdown, kind: 'error', locations: this.errorLocations.map((l) => l.label) });
  }

  showFile(): void {
    this.reveal();
    this.post({ type: 'showFile' });
  }

  private reveal(): void {
    if (this.view) this.view.show?.(true);
    else void vscode.commands.executeCommand(`${ConceptsViewProvider.viewId}.focus`);
  }

  /** Queues until the webview script has said `ready`, so nothing is lost while it loads. */
  private post(message: HostMessage): void {
    if (message.type === 'commandExplanation') this.lastCard = { command: message.command, markdown: message.markdown };
    if (this.view && this.ready) void this.view.webview.postMessage(message);
    else this.pending.push(message);
  }

  private receive(data: unknown): void {
    const message = parseWebviewMessage(data);
    if (!message) return;
    void this.handle(message).catch((err) => console.error('[docker-explain] panel message failed', err));
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        // Ready for messages only once the page has its content: nothing may arrive before `init`.
        const init = await this.analysis.request('panelInit', { language: languageSetting() });
        if (!this.view) return;
        void this.view.webview.postMessage(init);
        this.ready = true;
        this.lastViewJson = '';
        this.lastRulesJson = '';
        this.lastRulesInput = undefined;
        this.updateFileView(true);
        for (const m of this.pending.splice(0)) void this.view?.webview.postMessage(m);
        return;
      }
      case 'openRuleOrigin': {
        const origin = this.ruleOrigins.get(message.id);
        if (!origin) return;
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(origin.file));
        const position = document.validatePosition(new vscode.Position(origin.line, 0));
        await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: true, viewColumn: vscode.ViewColumn.One });
        return;
      }
      case 'refreshCard': {
        const again = this.cardAgain;
        this.cardAgain = undefined;
        if (again) await again();
        return;
      }
      case 'reveal':
        return this.revealLine(message.uri, message.line, message.character);
      case 'requestRuleDoc':
        return this.sendRuleDoc(message.id);
      case 'openRuleDoc': {
        if (!(await this.isRule(message.id))) return;
        const uri = vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${message.id}.md`);
        await vscode.commands.executeCommand('markdown.showPreview', uri);
        return;
      }
      case 'openExample':
        // The same command as the walkthrough's button: one way to open an example (./examples.ts).
        await vscode.commands.executeCommand(message.file === 'compose.yaml' ? OPEN_EXAMPLE_COMPOSE_COMMAND : OPEN_EXAMPLE_DOCKERFILE_COMMAND);
        return;
      case 'openErrorLocation': {
        const target = this.errorLocations[message.index];
        if (!target) return;
        await vscode.window.showTextDocument(target.uri, { selection: target.range, preview: true, viewColumn: vscode.ViewColumn.One });
        return;
      }
      case 'rendered':
        this.rendered.fire({ view: message.view, key: message.key });
        return;
      case 'setProfiles':
        if (this.document) {
          this.profiles.set(projectKey(this.document.uri), message.profiles);
          void this.state?.update(PROFILES_KEY, Object.fromEntries(this.profiles));
        }
        this.updateFileView(true);
        return;
      case 'openOrigin':
        return this.openOrigin(message.path, message.line, message.character);
      case 'openLarge':
        await vscode.commands.executeCommand(OPEN_LARGE_PICTURE_COMMAND, message.concept);
        return;
    }
  }

  /** Only the document the view was drawn from may be revealed, and only inside it. */
  private async revealLine(uri: string, line: number, character: number): Promise<void> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!document) return;
    const position = document.validatePosition(new vscode.Position(line, character));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Only a file of the project the view shows may be opened, at a value's origin. */
  private async openOrigin(path: string, line: number, character: number): Promise<void> {
    const view = this.lastFileView;
    if (view?.kind !== 'compose' || !view.project) return;
    const known = view.project.services.some((s) => [s.origin, s.image?.origin, ...s.ports.map((p) => p.origin), ...s.volumes.map((v) => v.origin), ...s.overridden.map((o) => o.origin)].some((o) => o?.path === path));
    if (!known) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
    const position = document.validatePosition(new vscode.Position(line, character));
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async sendRuleDoc(id: string): Promise<void> {
    if (!(await this.isRule(id))) return;
    let markdown: string | null = null;
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${id}.md`));
      markdown = new TextDecoder('utf-8').decode(bytes);
    } catch {
      markdown = null;
    }
    this.post({ type: 'ruleDoc', id, markdown });
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.updateFileView(false);
    }, DEBOUNCE_MS);
  }

  /** Recomputes the picture; posts only when it changed, so typing never redraws for nothing. */
  private updateFileView(now: boolean): void {
    if (now && this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (!this.view || !this.ready || !this.view.visible) return;
    // The overview depends on the file the view follows, its kind, and the team config; config
    // changes call updateRules themselves (extension.ts). Not on the rest of the status: a
    // too-large file's length changes with every keystroke.
    const document = this.followed();
    const status = document ? this.analysis.status(document) : undefined;
    const rulesInput = JSON.stringify([document?.uri.toString(), kindOf(status)]);
    if (rulesInput !== this.lastRulesInput) {
      this.lastRulesInput = rulesInput;
      this.updateRules(document, status);
    }
    const request = ++this.fileViewRequest;
    void this.computeFileView(document, status)
      .catch((err: unknown): FileView | undefined => {
        // Superseded: the document has moved on and its newer picture is on its way.
        if (err instanceof WorkerUnavailableError && err.reason === 'superseded') return undefined;
        if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] panel model failed', err);
        return { kind: 'empty', reason: 'unsupported' };
      })
      .then((view) => {
        // A newer request was made while the worker worked on this one: its answer wins.
        if (!view || request !== this.fileViewRequest || !this.view || !this.ready) return;
        const json = JSON.stringify(view);
        if (json === this.lastViewJson) return;
        this.lastViewJson = json;
        this.lastFileView = view;
        void this.view.webview.postMessage({ type: 'fileView', view } satisfies HostMessage);
      });
  }

  /**
   * The rules tab for the file the view follows: each rule's severity under its team config and
   * the config line that set it. Also called when a config file changes (extension.ts).
   */
  updateRules(document = this.followed(), status = document ? this.analysis.status(document) : undefined): void {
    if (!this.view || !this.ready) return;
    const request = ++this.rulesRequest;
    const fileUri = document?.uri.scheme === 'file' ? document.uri : undefined;
    // No file open: the first workspace folder's own config.
    const folder = fileUri ? vscode.workspace.getWorkspaceFolder(fileUri) : vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
    const path = fileUri ? corePathOf(fileUri) : folder ? corePathOf(vscode.Uri.joinPath(folder.uri, '.docker-explain.json')) : undefined;
    void this.analysis
      .request('rulesOverview', { path, workspaceRoot: folder ? corePathOf(folder.uri) : undefined })
      .then((answer) => {
        if (request !== this.rulesRequest || !this.view || !this.ready) return;
        const where = (file: string, line?: number) => `${vscode.workspace.asRelativePath(vscode.Uri.file(file), false)}${line !== undefined ? `:${line + 1}` : ''}`;
        const origins = new Map<string, { file: string; line: number }>();
        const overview: RulesOverview = {
          fileName: document ? (document.uri.path.split('/').pop() ?? null) : null,
          kind: kindOf(status),
          ignored: answer.ignored,
          configFiles: answer.files.map((f) => where(f)),
          rules: answer.rules.map((r) => {
            if (r.origin.file !== undefined) origins.set(r.id, { file: r.origin.file, line: r.origin.line ?? 0 });
            return {
              id: r.id,
              severity: r.severity,
              origin: { kind: r.origin.kind, ...(r.origin.file !== undefined ? { where: where(r.origin.file, r.origin.line) } : {}), ...(r.origin.detail ? { detail: r.origin.detail } : {}) },
            };
          }),
        };
        this.ruleOrigins = origins;
        const json = JSON.stringify(overview);
        if (json === this.lastRulesJson) return;
        this.lastRulesJson = json;
        this.lastRulesOverview = overview;
        void this.view.webview.postMessage({ type: 'rulesOverview', overview } satisfies HostMessage);
      })
      .catch((err: unknown) => {
        if (!(err instanceof WorkerUnavailableError)) console.error('[docker-explain] rules overview failed', err);
      });
  }

  /** The document the view follows, unless it closed. */
  private followed(): vscode.TextDocument | undefined {
    return this.document && !this.document.isClosed ? this.document : undefined;
  }

  private async computeFileView(document: vscode.TextDocument | undefined, status: DocumentStatus | undefined): Promise<FileView> {
    if (!document || !status) return { kind: 'empty', reason: 'no-editor' };
    const fileName = document.uri.path.split('/').pop() ?? document.uri.path;
    if (status.status === 'unsupported') return { kind: 'empty', reason: 'unsupported', fileName };
    if (status.status === 'too-large') return { kind: 'empty', reason: 'too-large', fileName };
    // The worker lints this version once for the diagnostics and the panel alike (same team config).
    const target = isEnabled('lint.enabled', document) ? lintTargetOf(document) : null;
    const profiles = status.kind === 'compose' ? this.profiles.get(projectKey(document.uri)) ?? null : null;
    return this.analysis.request('fileView', { doc: this.analysis.ref(document, status.kind), fileName, target, profiles });
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'panel', 'panel.css'));
    const codicons = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'codicons', 'codicon.css'));
    const lang = languageSetting();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    const title = lang === 'en' ? 'Docker Concepts' : 'Docker 개념';
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${codicons}" id="codicon-css">
<link rel="stylesheet" href="${style}">
<title>${title}</title>
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The profile switch belongs to a project, and a project to its folder. */
const PROFILES_KEY = 'dockerExplain.composeProfiles';

/** The profiles chosen earlier in this workspace, by project folder; anything malformed is dropped. */
function readProfiles(state: vscode.Memento | undefined): Record<string, string[]> {
  const stored = state?.get<unknown>(PROFILES_KEY);
  if (!stored || typeof stored !== 'object') return {};
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    if (Array.isArray(value) && value.every((p) => typeof p === 'string')) out[key] = value as string[];
  }
  return out;
}

function projectKey(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.Uri.joinPath(uri, '..').toString() : uri.toString();
}

/** The file's kind as the rules overview shows it (null: no file, or not one of ours). */
function kindOf(status: DocumentStatus | undefined): FileKind | null {
  return status && status.status !== 'unsupported' ? status.kind : null;
}
