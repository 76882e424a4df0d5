import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import type { ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Location, WorkspaceEdit, Hover, InitializeResult, ProtocolConnection, CodeAction, CompletionList, TextEdit } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../../helpers/paths';
import { configOutline } from '../../../src/core/lint/config/configOutline';
import { toLspSymbol } from '../../../src/lsp/convert';

// The Language Server as its users' editors run it: `docker-explain lsp --stdio` as a process,
// driven by a real LSP client (vscode-languageserver-protocol) over its standard input and output.
const bin = path.join(repoRoot, 'bin', 'docker-explain.js');

class Client {
  readonly published = new Map<string, Diagnostic[]>();
  private readonly listeners: (() => void)[] = [];
  readonly registrations: string[] = [];
  exitCode: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {
    this.exitCode = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.set(p.uri, p.diagnostics);
      for (const l of this.listeners.splice(0)) l();
    });
    conn.onRequest(RegistrationRequest.type, (p) => {
      for (const r of p.registrations) this.registrations.push(r.method);
      return null;
    });
  }

  static async start(root: string, initializationOptions?: unknown): Promise<{ client: Client; result: InitializeResult }> {
    const proc = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new Client(proc, conn);
    conn.listen();
    const rootUri = pathToFileURL(root).toString();
    const result = await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions,
    });
    await conn.sendNotification(InitializedNotification.type, {});
    return { client, result };
  }

  open(file: string, text: string, languageId: string): string {
    const uri = pathToFileURL(file).toString();
    void this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** The diagnostics published for `uri` once they satisfy `ok` (the server publishes after a pause in typing). */
  diagnostics(uri: string, ok: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} where ${what}; last: ${JSON.stringify(this.published.get(uri))}`)), 15_000);
      const check = () => {
        const d = this.published.get(uri);
        if (d && ok(d)) {
          clearTimeout(timer);
          resolve(d);
        } else this.listeners.push(check);
      };
      check();
    });
  }

  async stop(): Promise<number | null> {
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    const code = await this.exitCode;
    this.conn.dispose();
    return code;
  }
}

const rules = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

describe('Language Server over stdio (docker-explain lsp --stdio)', function () {
  this.timeout(40_000);
  let root: string;
  let client: Client;

  before(() => assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'lsp.js')), 'dist/lsp.js is missing: run `npm run build` first'));
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dx-lsp-')));
  });
  afterEach(async () => {
    if (client && client.proc.exitCode === null) client.proc.kill();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('announces hovers, incremental sync and quick fixes, watches team configs, and exits cleanly', async () => {
    const started = await Client.start(root);
    client = started.client;
    const caps = started.result.capabilities;
    assert.strictEqual(caps.hoverProvider, true);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('='));
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.strictEqual((caps.textDocumentSync as { change: number }).change, 2);
    assert.strictEqual(started.result.serverInfo?.name, 'docker-explain');
    // A client may answer a request only after its notifications: the registration arrives soon.
    for (let i = 0; i < 50 && client.registrations.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepStrictEqual(client.registrations, [DidChangeWatchedFilesNotification.method]);
    assert.strictEqual(await client.stop(), 0);
  });

  it('publishes Korean diagnostics with rule ids and doc links, follows edits, and clears them on close', async () => {
    ({ client } = await Client.start(root));
    const uri = client.open(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\nMAINTAINER me\nRUN apk add curl\n', 'dockerfile');
    const ds = await client.diagnostics(uri, (d) => d.length === 2, 'two findings');
    assert.deepStrictEqual(rules(ds), ['apk-no-cache', 'no-maintainer']);
    const apk = ds.find((d) => d.code === 'apk-no-cache')!;
    assert.strictEqual(apk.source, 'docker-explain');
    assert.strictEqual(apk.severity, 3);
    assert.deepStrictEqual(apk.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 11 } });
    assert.match(apk.message, /apk add --no-cache/);
    assert.match(apk.message, /레이어/);
    assert.ok(apk.codeDescription?.href.endsWith('/docs/rules/apk-no-cache.md'), apk.codeDescription?.href);
    assert.ok(fs.existsSync(new URL(apk.codeDescription!.href)));

    // An incremental edit: MAINTAINER line removed.
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }],
    });
    const after = await client.diagnostics(uri, (d) => d.length === 1, 'one finding after the edit');
    assert.deepStrictEqual(rules(after), ['apk-no-cache']);
    assert.strictEqual(after[0].range.start.line, 1);

    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await client.diagnostics(uri, (d) => d.length === 0, 'cleared on close');
    assert.strictEqual(await client.stop(), 0);
  });

  it('offers the rule’s fix and a disable comment as quick fixes, as workspace edits', async () => {
    ({ client } = await Client.start(root));
    const uri = client.open(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\nRUN apk add curl \\\n    git\n', 'dockerfile');
    const [apk] = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'apk-no-cache'), 'apk-no-cache');
    const actions = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: apk.range, context: { diagnostics: [apk] } })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, JSON.stringify(actions));
    assert.strictEqual(fix.kind, 'quickfix');
    const fixEdits = fix.edit!.changes![uri] as TextEdit[];
    assert.ok(fixEdits.some((e) => e.newText.includes('--no-cache')), JSON.stringify(fixEdits));
    const disable = actions.find((a) => a.title.includes('이 줄에서'));
    assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
    assert.deepStrictEqual(disable.edit!.changes![uri], [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '# docker-explain-disable-next-line apk-no-cache\n' }]);
    // A diagnostic of another tool gets nothing from us.
    const foreign = (await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: apk.range, context: { diagnostics: [{ ...apk, source: 'hadolint' }] } })) as CodeAction[];
    assert.deepStrictEqual(foreign, []);
    assert.strictEqual(await client.stop(), 0);
  });

  it('hovers in Korean with the file’s own value, and without command: links other editors cannot run', async () => {
    ({ client } = await Client.start(root));
    const uri = client.open(path.join(root, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n', 'dockercompose');
    const hover = (await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 10 } })) as Hover;
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.strictEqual((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(value, /8080/);
    assert.match(value, /컨테이너/);
    assert.doesNotMatch(value, /command:/);
    // A file that is not Docker's gets no hover.
    const other = client.open(path.join(root, 'notes.txt'), 'FROM alpine\n', 'plaintext');
    assert.strictEqual(await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 1 } }), null);
    assert.strictEqual(await client.stop(), 0);
  });

  it('completes with Korean explanations: this file’s stage names after --from=, Compose restart policies, .env names', async () => {
    fs.writeFileSync(path.join(root, '.env'), 'WEB_PORT=8080\n');
    ({ client } = await Client.start(root));
    const dockerfile = client.open(path.join(root, 'Dockerfile'), 'FROM node:22 AS build\nFROM nginx:1.27\nCOPY --from=', 'dockerfile');
    const stages = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: dockerfile }, position: { line: 2, character: 12 } })) as CompletionList;
    const build = stages.items.find((i) => i.label === 'build');
    assert.ok(build, JSON.stringify(stages.items.map((i) => i.label)));
    assert.match((build.documentation as { value: string }).value, /[가-힣]/);
    const compose = client.open(path.join(root, 'compose.yaml'), 'services:\n  web:\n    restart: \n    ports:\n      - "${}:80"\n', 'dockercompose');
    const restart = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: compose }, position: { line: 2, character: 13 } })) as CompletionList;
    assert.ok(['no', 'always', 'on-failure', 'unless-stopped'].every((p) => restart.items.some((i) => i.label === p)), JSON.stringify(restart.items.map((i) => i.label)));
    assert.ok(restart.items.every((i) => !JSON.stringify(i).includes('command:')));
    const env = (await client.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: compose }, position: { line: 4, character: 11 } })) as CompletionList;
    assert.ok(env.items.some((i) => i.label === 'WEB_PORT'), JSON.stringify(env.items.map((i) => i.label)));
    assert.strictEqual(await client.stop(), 0);
  });

  it('navigates stages: definition, references, rename (refusing an invalid name in Korean), outline, folding and image links', async () => {
    ({ client } = await Client.start(root));
    const text = 'FROM node:22 AS build\nRUN npm ci \\\n  && npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n';
    const uri = client.open(path.join(root, 'Dockerfile'), text, 'dockerfile');
    const at = { textDocument: { uri }, position: { line: 4, character: 13 } };
    const defs = (await client.conn.sendRequest(DefinitionRequest.type, at)) as Location[];
    assert.deepStrictEqual(defs, [{ uri, range: { start: { line: 0, character: 16 }, end: { line: 0, character: 21 } } }]);
    const refs = (await client.conn.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } })) as Location[];
    assert.strictEqual(refs.length, 2);
    assert.deepStrictEqual(await client.conn.sendRequest(PrepareRenameRequest.type, at), { range: { start: { line: 4, character: 12 }, end: { line: 4, character: 17 } }, placeholder: 'build' });
    const edit = (await client.conn.sendRequest(RenameRequest.type, { ...at, newName: 'builder' })) as WorkspaceEdit;
    assert.deepStrictEqual(edit.changes![uri].map((e) => [e.range.start.line, e.newText]).sort(), [[0, 'builder'], [4, 'builder']]);
    await assert.rejects(client.conn.sendRequest(RenameRequest.type, { ...at, newName: 'my stage' }), (err: Error) => /[가-힣]/.test(err.message));
    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.strictEqual(symbols.length, 2, JSON.stringify(symbols));
    assert.ok(symbols[0].name.includes('build'), symbols[0].name);
    assert.ok(symbols[0].children!.some((c) => c.name.startsWith('RUN')), JSON.stringify(symbols[0].children));
    const folds = (await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine >= 2), JSON.stringify(folds));
    const links = (await client.conn.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) as DocumentLink[];
    assert.ok(links.some((l) => l.target?.startsWith('https://hub.docker.com/_/node')), JSON.stringify(links));
    assert.strictEqual(await client.stop(), 0);
  });

  // The extension outlines `.docker-explain.json` through the worker's configOutline; the server
  // answers the same data (core/lint/config/configOutline.ts), whatever language id the client sends.
  it('outlines and folds the team config .docker-explain.json, with the extension\'s data', async () => {
    ({ client } = await Client.start(root));
    const text = '{\n  // team rules\n  "extends": "docker-explain:recommended",\n  "rules": {\n    "no-privileged": "error",\n    "require-image-tag": ["warning", { "allow": ["latest"] }]\n  },\n  "ignore": ["vendor/**"]\n}\n';
    const uri = client.open(path.join(root, '.docker-explain.json'), text, 'jsonc');
    const symbols = (await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepStrictEqual(symbols, configOutline(text).symbols.map(toLspSymbol));
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.detail, (s.children ?? []).map((c) => `${c.name}: ${c.detail}`)]),
      [
        ['extends', 'docker-explain:recommended', []],
        ['rules', '', ['no-privileged: error', 'require-image-tag: warning']],
        ['ignore', 'vendor/**', []],
      ],
    );
    const folds = (await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) as FoldingRange[];
    assert.deepStrictEqual(folds, configOutline(text).folding.map((f) => ({ startLine: f.start, endLine: f.end, ...(f.kind ? { kind: f.kind } : {}) })));
    assert.ok(folds.some((f) => f.startLine === 3 && f.endLine === 5), JSON.stringify(folds));
    // Another JSON file is not ours: no outline.
    const other = client.open(path.join(root, 'package.json'), '{ "name": "x" }\n', 'json');
    assert.strictEqual(await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: other } }), null);
    assert.strictEqual(await client.stop(), 0);
  });

  it('speaks English when the client asks in its initialization options', async () => {
    ({ client } = await Client.start(root, { language: 'en' }));
    const uri = client.open(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\nMAINTAINER me\n', 'dockerfile');
    const [d] = await client.diagnostics(uri, (x) => x.length === 1, 'one finding');
    assert.match(d.message, /deprecated/i);
    assert.doesNotMatch(d.message, /[가-힣]/);
    assert.strictEqual(await client.stop(), 0);
  });

  it('obeys the team config, and a changed config applies once the client reports it', async () => {
    const config = path.join(root, '.docker-explain.json');
    fs.writeFileSync(config, '{ "rules": { "apk-no-cache": "off" } }\n');
    ({ client } = await Client.start(root));
    const uri = client.open(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\nMAINTAINER me\nRUN apk add curl\n', 'dockerfile');
    const before = await client.diagnostics(uri, (d) => d.length > 0, 'any finding');
    assert.deepStrictEqual(rules(before), ['no-maintainer']);
    fs.writeFileSync(config, '{ "rules": { "no-maintainer": "off" } }\n');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
    const after = await client.diagnostics(uri, (d) => d.length > 0 && d.every((x) => x.code === 'apk-no-cache'), 'the new config');
    assert.deepStrictEqual(rules(after), ['apk-no-cache']);
    assert.strictEqual(await client.stop(), 0);
  });

  it('honours a .hadolint.yaml when no team config exists, and follows its change', async () => {
    const hadolint = path.join(root, '.hadolint.yaml');
    fs.writeFileSync(hadolint, 'ignored:\n  - DL4000\n');
    ({ client } = await Client.start(root));
    const uri = client.open(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\nMAINTAINER me\nRUN apk add curl\n', 'dockerfile');
    const before = await client.diagnostics(uri, (d) => d.length > 0, 'any finding');
    assert.deepStrictEqual(rules(before), ['apk-no-cache']);
    fs.writeFileSync(hadolint, 'ignored: []\n');
    await client.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(hadolint).toString(), type: 2 }] });
    const after = await client.diagnostics(uri, (d) => d.length === 2, 'the rule back');
    assert.deepStrictEqual(rules(after), ['apk-no-cache', 'no-maintainer']);
    assert.strictEqual(await client.stop(), 0);
  });

  it('reports a broken team config on the config file, in Korean', async () => {
    const config = path.join(root, '.docker-explain.json');
    fs.writeFileSync(config, '{ "rules": { "no-such-rule": "off" } }\n');
    ({ client } = await Client.start(root));
    client.open(path.join(root, 'Dockerfile'), 'FROM alpine:3.20\n', 'dockerfile');
    const [problem] = await client.diagnostics(pathToFileURL(config).toString(), (d) => d.length > 0, 'a config problem');
    assert.match(problem.message, /no-such-rule/);
    assert.match(problem.message, /[가-힣]/);
    assert.strictEqual(problem.source, 'docker-explain');
    assert.strictEqual(await client.stop(), 0);
  });

  it('lints a Compose override with its base file: names the base declares are known', async () => {
    fs.writeFileSync(path.join(root, 'compose.yaml'), 'services:\n  db:\n    image: postgres:16\nvolumes:\n  data: {}\n');
    const overrideText = 'services:\n  db:\n    volumes:\n      - data:/var/lib/postgresql/data\n      - missing:/backup\n';
    fs.writeFileSync(path.join(root, 'compose.override.yaml'), overrideText);
    ({ client } = await Client.start(root));
    const uri = client.open(path.join(root, 'compose.override.yaml'), overrideText, 'dockercompose');
    const ds = await client.diagnostics(uri, (d) => d.length > 0, 'a finding');
    const undeclared = ds.filter((d) => d.code === 'no-undeclared-volume');
    assert.strictEqual(undeclared.length, 1, JSON.stringify(ds));
    assert.strictEqual(undeclared[0].range.start.line, 4);
    assert.strictEqual(await client.stop(), 0);
  });

  it('lints the closed files of an open Compose file’s project from the disk, follows edits, and clears them when no open file holds them', async () => {
    const baseText = 'services:\n  db:\n    image: postgres\nvolumes:\n  data: {}\n';
    const overrideText = 'services:\n  db:\n    volumes:\n      - data:/var/lib/postgresql/data\n      - missing:/backup\n';
    fs.writeFileSync(path.join(root, 'compose.yaml'), baseText);
    fs.writeFileSync(path.join(root, 'compose.override.yaml'), overrideText);
    const overrideUri = pathToFileURL(path.join(root, 'compose.override.yaml')).toString();
    ({ client } = await Client.start(root));
    // Only compose.yaml is open: the override, read from the disk, still gets its finding.
    const baseUri = client.open(path.join(root, 'compose.yaml'), baseText, 'dockercompose');
    await client.diagnostics(baseUri, (d) => rules(d).includes('require-image-tag'), 'the base file’s own finding');
    const closed = await client.diagnostics(overrideUri, (d) => d.some((x) => x.code === 'no-undeclared-volume'), 'the closed override’s finding');
    assert.strictEqual(closed.find((d) => d.code === 'no-undeclared-volume')!.range.start.line, 4);

    // Declaring the volume in the open base file (unsaved) clears the closed override’s finding.
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: baseUri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '  missing: {}\n' }],
    });
    await client.diagnostics(overrideUri, (d) => !d.some((x) => x.code === 'no-undeclared-volume'), 'the override’s finding gone after the base file’s edit');

    // The override opened, then the base closed: the base keeps its finding, now from the disk
    // text, where `missing` is not declared, so the open override reports it again.
    client.open(path.join(root, 'compose.override.yaml'), overrideText, 'dockercompose');
    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: baseUri } });
    await client.diagnostics(overrideUri, (d) => d.some((x) => x.code === 'no-undeclared-volume'), 'the override reads the base file’s disk text once it is closed');
    await client.diagnostics(baseUri, (d) => rules(d).includes('require-image-tag'), 'the closed base file keeps its finding');

    // No open file left: both are cleared.
    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: overrideUri } });
    await client.diagnostics(overrideUri, (d) => d.length === 0, 'the override cleared');
    await client.diagnostics(baseUri, (d) => d.length === 0, 'the base file cleared');
    assert.strictEqual(await client.stop(), 0);
  });

  it('refuses to start without --stdio, in Korean', () => {
    const r = spawnSync(process.execPath, [bin, 'lsp'], { encoding: 'utf8', timeout: 20_000 });
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /--stdio/);
    assert.match(r.stderr, /[가-힣]/);
  });
});
