// A `.docker-explain.json` that names a schema itself (`"$schema"`, as `docker-explain init`
// writes it) still gets exactly one Korean diagnostic per mistake (issue 14 item 8). VS Code's
// JSON language service honours a document's `$schema` over any association, so the English
// schema problems (or "Unable to load schema") would come back for such a file if it were JSON;
// the extension gives the file its own language (package.json `languages`), which the JSON
// service does not handle. A plain `.json` with the same text is the control: it proves the JSON
// service is running and would have reported.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAndActivate, sleep, waitFor, workspaceRoot } from './helpers';
import { screenshot } from './harness';

const encode = (text: string) => new TextEncoder().encode(text);
const describeAll = (uri: vscode.Uri) =>
  vscode.languages
    .getDiagnostics(uri)
    .map((d) => `${d.source ?? '?'} ${d.range.start.line + 1}: ${d.message}`)
    .join(' | ');

/** The config text: two mistakes on lines 4 and 5 (an unknown rule, a misspelt severity). */
const configText = (schema: string | undefined) =>
  `{\n  ${schema === undefined ? '"root": true' : `"$schema": ${JSON.stringify(schema)}`},\n  "rules": {\n    "no-such-rule": "off",\n    "no-privileged": "errr"\n  }\n}\n`;

describe('team config with its own "$schema": one Korean diagnostic per mistake (issue 14 item 8)', function () {
  this.timeout(120_000);
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'schema-it');

  before(async () => {
    await openAndActivate('compose.yaml');
    await vscode.workspace.fs.createDirectory(folder());
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    // The schema we ship, beside the files, so a relative `$schema` finds it.
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(extension.extensionUri, 'schemas', 'docker-explain.schema.json'), vscode.Uri.joinPath(folder(), 'docker-explain.schema.json'), { overwrite: true });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
  });

  it('the control: a plain .json naming our schema gets the JSON service\'s English problems', async () => {
    const control = vscode.Uri.joinPath(folder(), 'team-config.json');
    await vscode.workspace.fs.writeFile(control, encode(configText('./docker-explain.schema.json')));
    const document = await vscode.workspace.openTextDocument(control);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'json');
    await waitFor(() => vscode.languages.getDiagnostics(control).some((d) => d.source !== 'docker-explain'), {
      timeoutMs: 60_000,
      message: 'the JSON language service reported nothing on the control file',
    });
    // What VS Code's JSON service says about this text, for the record (English, next to ours).
    console.log(`control (${document.languageId}): ${describeAll(control)}`);
  });

  const cases: { name: string; schema: string | undefined; extra?: string }[] = [
    { name: 'ours by URL (as docker-explain init writes it)', schema: 'https://raw.githubusercontent.com/docker-explain/docker-explain/main/schemas/docker-explain.schema.json' },
    { name: 'ours by a relative path', schema: './docker-explain.schema.json' },
    { name: 'the JSON Schema meta-schema', schema: 'http://json-schema.org/draft-07/schema#' },
    { name: 'another tool\'s schema', schema: 'https://json.schemastore.org/package.json' },
  ];
  for (const [index, c] of cases.entries()) {
    it(`"$schema": ${c.name}`, async () => {
      const sub = vscode.Uri.joinPath(folder(), `case${index}`);
      await vscode.workspace.fs.createDirectory(sub);
      const text = configText(c.schema?.startsWith('./') ? `.${c.schema}` : c.schema);
      const config = vscode.Uri.joinPath(sub, '.docker-explain.json');
      await vscode.workspace.fs.writeFile(config, encode(text));
      const document = await vscode.workspace.openTextDocument(config);
      await vscode.window.showTextDocument(document);
      assert.strictEqual(document.languageId, 'docker-explain-config');
      await waitFor(() => vscode.languages.getDiagnostics(config).filter((d) => d.source === 'docker-explain').length >= 2, { message: `no Korean diagnostics: ${describeAll(config)}` });
      // The control showed the JSON service answers within this; give it the same time here.
      await sleep(2500);
      const all = vscode.languages.getDiagnostics(config);
      assert.deepStrictEqual(
        all.map((d) => [d.source, d.range.start.line]).sort(),
        [['docker-explain', 3], ['docker-explain', 4]],
        describeAll(config),
      );
      assert.ok(all.every((d) => /[\uac00-\ud7a3]/.test(d.message) && !d.message.includes('`')), describeAll(config));
      if (index === 0) await screenshot('config-own-schema-one-diagnostic-each', { settleMs: 500 });
    });
  }

  it('a syntax error: one Korean diagnostic, not the JSON service\'s English one too; a comment and trailing commas are no mistake', async () => {
    const sub = vscode.Uri.joinPath(folder(), 'syntax');
    await vscode.workspace.fs.createDirectory(sub);
    const config = vscode.Uri.joinPath(sub, '.docker-explain.json');
    // A missing comma after "off", a comment and a trailing comma (both fine in this file).
    await vscode.workspace.fs.writeFile(config, encode('{\n  // 팀 설정\n  "rules": {\n    "no-privileged": "off"\n    "require-image-tag": "error",\n  },\n}\n'));
    const document = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'docker-explain-config');
    await waitFor(() => vscode.languages.getDiagnostics(config).some((d) => d.source === 'docker-explain'), { message: `no Korean diagnostic: ${describeAll(config)}` });
    await sleep(2500);
    const all = vscode.languages.getDiagnostics(config);
    assert.deepStrictEqual(all.map((d) => [d.source, d.range.start.line]), [['docker-explain', 4]], describeAll(config));
    assert.match(all[0].message, /‘,’/);
  });

  it('Format Document still works on the config (its JSON formatter went with the language): comments stay', async () => {
    const sub = vscode.Uri.joinPath(folder(), 'format');
    await vscode.workspace.fs.createDirectory(sub);
    const config = vscode.Uri.joinPath(sub, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(config, encode('{\n"rules": {\n// 팀이 정한 것\n      "no-privileged": "off"\n}\n}\n'));
    const document = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(document, { preview: false });
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', config, { tabSize: 2, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'no formatting edits');
    const edit = new vscode.WorkspaceEdit();
    edit.set(config, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(document.getText(), '{\n  "rules": {\n    // 팀이 정한 것\n    "no-privileged": "off"\n  }\n}\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the outline (breadcrumbs, Go to Symbol) and bracket folding are back: settings and each rule id, comments and trailing commas allowed', async () => {
    const sub = vscode.Uri.joinPath(folder(), 'outline');
    await vscode.workspace.fs.createDirectory(sub);
    const config = vscode.Uri.joinPath(sub, '.docker-explain.json');
    await vscode.workspace.fs.writeFile(config, encode('{\n  // 팀 설정\n  "extends": "recommended",\n  "rules": {\n    "no-privileged": "off",\n    "require-image-tag": ["error", {}],\n  },\n}\n'));
    const document = await vscode.workspace.openTextDocument(config);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'docker-explain-config');
    const symbols = await waitFor(
      async () => {
        const found = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', config)) ?? [];
        return found.length ? found : undefined;
      },
      { message: 'no outline for the config' },
    );
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]), [['extends', 'recommended', 2, 2], ['rules', '', 3, 6]]);
    const rules = symbols[1];
    assert.deepStrictEqual(rules.children.map((c) => [c.name, c.detail, c.selectionRange.start.line, c.selectionRange.start.character]), [['no-privileged', 'off', 4, 4], ['require-image-tag', 'error', 5, 4]]);
    const ranges = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', config)) ?? [];
    assert.deepStrictEqual(ranges.map((r) => [r.start, r.end]).sort(), [[0, 6], [3, 5]]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
