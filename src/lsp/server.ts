// The Language Server (`docker-explain lsp --stdio`): the same analysis as the VS Code
// extension's worker (src/worker/service.ts: open texts, team configs, Compose sets) behind the
// Language Server Protocol, so Neovim, Helix, Zed and JetBrains users get the Korean hovers,
// diagnostics and quick fixes. The server is its own process: it analyses on its one thread and
// answers requests in order; diagnostics wait for a pause in typing.
import { CodeActionKind, DidChangeWatchedFilesNotification, LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments } from 'vscode-languageserver';
import type { CodeAction, CompletionList, Connection, Diagnostic, DocumentSymbol, Hover, InitializeResult, Location, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileKindOf, isTooLargeToAnalyse, pick, tooLargeNotice } from '../core';
import { fill } from '../core/types';
import type { FileKind, Language } from '../core/types';
import type { ConfigReader } from '../core';
import { DISABLE_LINE_TITLE, disableCommentIndent, disableNextLineComment } from '../core/lint/suppressions';
import { isHadolintConfigPath, isTeamConfigPath } from '../core/lint/config/types';
import { AnalysisService } from '../worker/service';
import type { DocumentRef, LintOutcome, LintTarget } from '../worker/protocol';
import type { ConfigOutline } from '../core/lint/config/configOutline';
import type { FoldingRegion } from '../core/navigate';
import { SOURCE, pathOfUri, toLspCompletionItem, toLspDiagnostic, toLspSymbol, toWorkspaceEdit, uriOf, uriOfPath, withoutCommandLinks, workspaceRootOf } from './convert';

export interface ServerOptions {
  readFile: ConfigReader;
  realPath?: (path: string) => string | undefined;
  /** The page that explains a rule (a `file:` URL of its doc), when the installation has it. */
  ruleDoc?: (rule: string) => string | undefined;
  /** How long diagnostics wait after the last change; the tests shorten it. */
  debounceMs?: number;
}

/**
 * Files whose change alters other files' findings: team configs (ours, and `.hadolint.yaml`, read
 * when no `.docker-explain.json` applies), `.env` (Compose sets, variables), `.dockerignore`, and
 * Compose files of any name (a file `include` or `extends.file` reads may be called `db.yaml`).
 */
const WATCHED = ['**/.docker-explain.json', '**/.hadolint.{yaml,yml}', '**/.env', '**/.dockerignore', '**/*.dockerignore', '**/*.{yml,yaml}'];

interface Held {
  kind: FileKind;
  path?: string;
  lint?: LintOutcome;
}

/** Characters after which a client should ask for completion without a word typed: flags, values, variables, keys. */
const TRIGGERS = ['-', '=', '$', '{', ':', ','];

export function startServer(connection: Connection, options: ServerOptions): void {
  const service = new AnalysisService(options.readFile, options.realPath);
  const documents = new TextDocuments(TextDocument);
  const held = new Map<string, Held>();
  const timers = new Map<string, NodeJS.Timeout>();
  /**
   * Compose files of an open file's project that are not open themselves (compose.override.yaml
   * while only compose.yaml is open, an included file): linted from the disk text and published,
   * as the VS Code extension shows them in Problems (src/extension/composeProjects.ts). By path,
   * the files each one's project was read from.
   */
  const closedLinted = new Map<string, ReadonlySet<string>>();
  /** Config files we published problems for: cleared when their problems go away. */
  const configDiagnostics = new Map<string, Diagnostic[]>();
  let roots: string[] = [];
  let language: Language = 'ko';
  const debounceMs = options.debounceMs ?? 200;

  const log = (what: string, err: unknown) => connection.console.error(`[docker-explain] ${what}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);

  function languageFrom(value: unknown): Language | undefined {
    return value === 'ko' || value === 'en' ? value : undefined;
  }

  function refOf(document: TextDocument, entry: Held): DocumentRef {
    const root = entry.path ? workspaceRootOf(entry.path, roots) : undefined;
    return { uri: document.uri, version: document.version, kind: entry.kind, text: document.getText(), file: entry.path ? { path: entry.path, workspaceRoot: root } : undefined };
  }

  function targetOf(entry: Held): LintTarget {
    return { path: entry.path, workspaceRoot: entry.path ? workspaceRootOf(entry.path, roots) : undefined, language };
  }

  /** What we know of an open document, or undefined when it is not a Docker file of ours. */
  function entryOf(document: TextDocument): Held | undefined {
    let entry = held.get(document.uri);
    const path = pathOfUri(document.uri);
    const kind = fileKindOf(path ?? document.uri, document.languageId);
    if (!kind) {
      held.delete(document.uri);
      return undefined;
    }
    if (!entry || entry.kind !== kind) {
      entry = { kind, path };
      held.set(document.uri, entry);
    }
    return entry;
  }

  function publishConfigProblems(outcome: LintOutcome): void {
    if (!outcome.config) return;
    const byFile = new Map<string, Diagnostic[]>();
    for (const file of outcome.config.files) byFile.set(uriOfPath(file), []);
    for (const p of outcome.config.problems) {
      const uri = uriOfPath(p.file);
      const list = byFile.get(uri) ?? [];
      list.push({ range: p.range, severity: p.severity === 'error' ? 1 : 2, source: SOURCE, message: pick(p.message, language) });
      byFile.set(uri, list);
    }
    for (const [uri, diagnostics] of byFile) {
      const before = configDiagnostics.get(uri);
      if (before && before.length === 0 && diagnostics.length === 0) continue;
      configDiagnostics.set(uri, diagnostics);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  function lintNow(uri: string): void {
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const entry = entryOf(document);
    if (!entry) return;
    try {
      const text = document.getText();
      if (isTooLargeToAnalyse(text.length)) {
        entry.lint = undefined;
        void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 3, source: SOURCE, message: tooLargeNotice(text.length, language) }] });
        return;
      }
      const outcome = service.handle('lint', { doc: refOf(document, entry), target: targetOf(entry) });
      entry.lint = outcome;
      const diagnostics = outcome.ignored ? [] : outcome.diagnostics.map((d) => toLspDiagnostic(d, options.ruleDoc));
      // Open now: its own lint, of the editor's text, replaces the one read from the disk.
      if (entry.path) closedLinted.delete(entry.path);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      publishConfigProblems(outcome);
      if (entry.kind === 'compose') {
        for (const path of outcome.projectFiles ?? []) if (path !== entry.path) lintClosed(path);
        pruneClosed();
      }
    } catch (err) {
      log(`lint of ${uri} failed`, err);
    }
  }

  function isOpen(path: string): boolean {
    for (const [uri, entry] of held) if (entry.path === path && documents.get(uri)) return true;
    return false;
  }

  /** Lints a file of an open file's project that is not open (inside a workspace folder only), from the disk. */
  function lintClosed(path: string): void {
    const workspaceRoot = workspaceRootOf(path, roots);
    if (isOpen(path) || workspaceRoot === undefined) return;
    const uri = uriOfPath(path);
    try {
      const outcome = service.handle('lintPath', { path, target: { path, workspaceRoot, language } });
      if (!outcome || outcome.ignored) {
        if (closedLinted.delete(path)) void connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      closedLinted.set(path, new Set(outcome.projectFiles ?? [path]));
      void connection.sendDiagnostics({ uri, diagnostics: outcome.diagnostics.map((d) => toLspDiagnostic(d, options.ruleDoc)) });
    } catch (err) {
      log(`lint of ${path} failed`, err);
    }
  }

  /** Closed files that no open file's project holds any more lose their diagnostics. */
  function pruneClosed(): void {
    const holding = new Set<string>();
    for (const [uri, entry] of held) if (entry.kind === 'compose' && documents.get(uri)) for (const f of entry.lint?.projectFiles ?? []) holding.add(f);
    for (const path of [...closedLinted.keys()]) {
      if (holding.has(path)) continue;
      closedLinted.delete(path);
      if (!isOpen(path)) void connection.sendDiagnostics({ uri: uriOfPath(path), diagnostics: [] });
    }
  }

  function scheduleLint(uri: string, delay = debounceMs): void {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => lintNow(uri), delay));
  }

  /** The other open files of a Compose set see this file's text: their findings follow it. */
  function scheduleProjectOf(uri: string): void {
    const path = held.get(uri)?.path;
    if (!path) return;
    for (const [other, entry] of held) {
      if (other !== uri && entry.kind === 'compose' && entry.lint?.projectFiles?.includes(path)) scheduleLint(other);
    }
  }

  function relintAll(): void {
    for (const document of documents.all()) scheduleLint(document.uri, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.map(pathOfUri).filter((p): p is string => p !== undefined);
    language = languageFrom((params.initializationOptions as { language?: unknown } | undefined)?.language) ?? language;
    const watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    connection.onInitialized(() => {
      if (watchDynamically) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        completionProvider: { triggerCharacters: TRIGGERS },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'docker-explain' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const settings = change.settings as { dockerExplain?: { language?: unknown } } | undefined;
    const next = languageFrom(settings?.dockerExplain?.language);
    if (next && next !== language) {
      language = next;
      relintAll();
    }
  });

  connection.onDidChangeWatchedFiles((change) => {
    try {
      const paths = change.changes.map((c) => pathOfUri(c.uri)).filter((p): p is string => p !== undefined);
      service.handle('filesChanged', { paths });
      if (paths.some((p) => isTeamConfigPath(p) || isHadolintConfigPath(p))) service.handle('invalidateConfigs', {});
      relintAll();
    } catch (err) {
      log('watched files', err);
    }
  });

  documents.onDidChangeContent((event) => {
    if (!entryOf(event.document)) return;
    scheduleLint(event.document.uri);
    scheduleProjectOf(event.document.uri);
  });

  documents.onDidSave((event) => {
    // Closed files of a Compose set and the Dockerfile's `.dockerignore` are read from the disk.
    const path = pathOfUri(event.document.uri);
    if (!path) return;
    service.handle('filesChanged', { paths: [path] });
    scheduleProjectOf(event.document.uri);
  });

  documents.onDidClose((event) => {
    const { uri } = event.document;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const path = held.get(uri)?.path;
    held.delete(uri);
    service.handle('close', { uri });
    try {
      // A file another open file's project holds keeps its findings, read from the disk now, and
      // the holders see the disk text instead of the editor's unsaved one.
      const holders = [...held].filter(([other, entry]) => entry.kind === 'compose' && documents.get(other) && path !== undefined && entry.lint?.projectFiles?.includes(path));
      if (path && holders.length > 0) {
        lintClosed(path);
        for (const [other] of holders) scheduleLint(other);
      } else void connection.sendDiagnostics({ uri, diagnostics: [] });
      pruneClosed();
    } catch (err) {
      log(`close of ${uri}`, err);
    }
  });

  connection.onHover((params): Hover | null => {
    const document = documents.get(params.textDocument.uri);
    const entry = document && entryOf(document);
    if (!document || !entry || isTooLargeToAnalyse(document.getText().length)) return null;
    try {
      const answer = service.handle('hover', { doc: refOf(document, entry), position: params.position, language, conceptLinks: false });
      return answer && { contents: { kind: 'markdown', value: withoutCommandLinks(answer.markdown) }, range: answer.range };
    } catch (err) {
      log(`hover in ${document.uri} failed`, err);
      return null;
    }
  });

  // The service parses each version once for lint, hover and completion, and reads the Compose project's `.env`.
  connection.onCompletion((params): CompletionList | null =>
    navigate(params.textDocument.uri, 'completion', (doc) => {
      const list = service.handle('complete', { doc, position: params.position, language });
      return { isIncomplete: false, items: list.items.map(toLspCompletionItem) };
    }),
  );

  /**
   * A completion or navigation request on an open Docker file (the service answers over the file, or a Compose
   * file's whole project); null when the document is not ours, too large, or the answer failed.
   */
  function navigate<T>(uri: string, what: string, ask: (doc: DocumentRef) => T): T | null {
    const document = documents.get(uri);
    const entry = document && entryOf(document);
    if (!document || !entry || isTooLargeToAnalyse(document.getText().length)) return null;
    try {
      return ask(refOf(document, entry));
    } catch (err) {
      log(`${what} in ${uri} failed`, err);
      return null;
    }
  }

  const locations = (found: { path: string; range: Location['range'] }[] | null): Location[] | null => found && found.map((l) => ({ uri: uriOf(l.path), range: l.range }));

  connection.onDefinition((p) => locations(navigate(p.textDocument.uri, 'definition', (doc) => service.handle('definition', { doc, position: p.position }))));
  connection.onReferences((p) =>
    locations(navigate(p.textDocument.uri, 'references', (doc) => service.handle('references', { doc, position: p.position, includeDeclaration: p.context.includeDeclaration }))),
  );
  connection.onDocumentHighlight((p) =>
    navigate(p.textDocument.uri, 'highlights', (doc) => service.handle('highlights', { doc, position: p.position }).map((h) => ({ range: h.range, kind: h.kind === 'write' ? 3 : 2 }))),
  );
  connection.onPrepareRename((p) => {
    const target = navigate(p.textDocument.uri, 'rename', (doc) => service.handle('prepareRename', { doc, position: p.position }));
    if (target && 'error' in target) throw new ResponseError(LSPErrorCodes.RequestFailed, target.error[language]);
    return target;
  });
  connection.onRenameRequest((p): WorkspaceEdit | null => {
    const result = navigate(p.textDocument.uri, 'rename', (doc) => service.handle('rename', { doc, position: p.position, newName: p.newName }));
    if (!result) return null;
    if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error[language]);
    return { changes: Object.fromEntries(result.changes.map((f) => [uriOf(f.path), f.edits])) };
  });
  /** The last config outline, by URI and version: a client asks for symbols and folding of the same version. */
  let lastOutline: { uri: string; version: number; outline: ConfigOutline } | undefined;

  /** The outline and folding of an open `.docker-explain.json`; undefined for any other document. */
  function configOutlineOf(uri: string): ConfigOutline | null | undefined {
    const document = documents.get(uri);
    // The team config: its outline and folding come from the config parse (core/lint/config/configOutline.ts), as in the VS Code extension.
    if (!document || !isTeamConfigPath(pathOfUri(uri) ?? uri)) return undefined;
    if (lastOutline?.uri === uri && lastOutline.version === document.version) return lastOutline.outline;
    const text = document.getText();
    if (isTooLargeToAnalyse(text.length)) return null;
    try {
      const outline = service.handle('configOutline', { text });
      lastOutline = { uri, version: document.version, outline };
      return outline;
    } catch (err) {
      log(`config outline of ${uri} failed`, err);
      return null;
    }
  }

  const toLspFolding = (f: FoldingRegion) => ({ startLine: f.start, endLine: f.end, ...(f.kind ? { kind: f.kind } : {}) });
  connection.onDocumentSymbol((p): DocumentSymbol[] | null => {
    const config = configOutlineOf(p.textDocument.uri);
    if (config !== undefined) return config && config.symbols.map(toLspSymbol);
    return navigate(p.textDocument.uri, 'outline', (doc) => service.handle('symbols', { doc }).map(toLspSymbol));
  });
  connection.onFoldingRanges((p) => {
    const config = configOutlineOf(p.textDocument.uri);
    if (config !== undefined) return config && config.folding.map(toLspFolding);
    return navigate(p.textDocument.uri, 'folding', (doc) => service.handle('folding', { doc }).map(toLspFolding));
  });
  connection.onDocumentLinks((p) =>
    navigate(p.textDocument.uri, 'links', (doc) =>
      service.handle('links', { doc }).map((l) => ({ range: l.range, target: l.target.kind === 'url' ? l.target.url : uriOfPath(l.target.path), tooltip: l.tooltip[language] })),
    ),
  );

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    const entry = document && entryOf(document);
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    if (!document || !entry || ours.length === 0 || isTooLargeToAnalyse(document.getText().length)) return [];
    try {
      const doc = refOf(document, entry);
      const outcome = service.handle('lint', { doc, target: targetOf(entry) });
      const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
      const actions: CodeAction[] = [];
      for (const diagnostic of ours) {
        const rule = diagnostic.code as string;
        const finding = outcome.diagnostics.find((d) => d.rule === rule && sameRange(d.range, diagnostic.range));
        for (const [i, fix] of (finding?.fixes ?? []).entries()) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: i === 0, edit: toWorkspaceEdit(document.uri, fix.edits) });
        }
        const at = service.handle('commentLine', { doc, line: diagnostic.range.start.line });
        const indent = disableCommentIndent(document.getText({ start: { line: at, character: 0 }, end: { line: at + 1, character: 0 } }).replace(/[\r\n]+$/, ''), entry.kind === 'markdown');
        actions.push({
          title: fill(DISABLE_LINE_TITLE[language], { rule }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: disableNextLineComment(rule, indent, eol) }] } },
        });
      }
      return actions;
    } catch (err) {
      log(`code actions in ${document.uri} failed`, err);
      return [];
    }
  });

  documents.listen(connection);
  connection.listen();
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
