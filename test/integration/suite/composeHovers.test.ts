// Compose hovers in the real editor say what `docker compose` makes of a value once the files of
// the set are merged (issue 12): an entry of a compose.yaml list that compose.override.yaml
// extends, and an override's scalar that replaces the base value. Asked through the real hover
// API (vscode.executeHoverProvider), in a folder of its own inside the workspace copy, so the
// other suites' files are untouched. Merging as compose-go v2.13.0 override/merge.go: sequences
// appended, a later scalar replaces an earlier one
// (https://docs.docker.com/reference/compose-file/merge/).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverText, waitFor, workspaceRoot } from './helpers';

const enc = new TextEncoder();
const dir = () => vscode.Uri.joinPath(workspaceRoot(), 'compose-hover-it');

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(dir(), name);
  await vscode.workspace.fs.writeFile(uri, enc.encode(text));
  return uri;
}

/** Our hover at the first `marker` of the file (one character into it), once it holds `expected`. */
async function hoverWith(uri: vscode.Uri, marker: string, expected: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const offset = document.getText().indexOf(marker);
  assert.ok(offset >= 0, `${marker} not in ${uri.path}`);
  const position = document.positionAt(offset + 1);
  // The first hover of a new document may come before its project is loaded: ask until ours answers.
  let last = '';
  return waitFor(
    async () => {
      last = await hoverText(uri, position);
      return last.includes(expected) && last;
    },
    { message: `no hover with ${expected} at ${marker} in ${uri.path}; last: ${last}` },
  );
}

describe('compose hovers: the value the merged project uses', function () {
  this.timeout(120_000);
  let base: vscode.Uri;
  let override: vscode.Uri;

  before(async () => {
    await vscode.workspace.fs.createDirectory(dir());
    base = await write('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n    volumes:\n      - ./site:/usr/share/nginx/html\n');
    override = await write('compose.override.yaml', 'services:\n  web:\n    image: nginx:1.28\n    ports:\n      - "9090:80"\n    volumes:\n      - ./logs:/var/log/nginx\n');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('a ports entry of compose.yaml that the override extends: kept, and the override appends its entry, with its line', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(base));
    const text = await hoverWith(base, '"8080:80', '이 항목은 그대로 쓰여요.');
    assert.ok(text.includes('이 항목은 그대로 쓰여요. `compose.override.yaml` 5줄이 이 `ports` 목록 뒤에 `9090:80`을 더해요(합쳐서 2개).'), text);
    // The hover still explains the entry itself (the project's line comes after it).
    assert.ok(text.indexOf('호스트') < text.indexOf('그대로 쓰여요'), text);
  });

  it('a volumes entry of compose.yaml that the override extends names the override\'s mount', async () => {
    const text = await hoverWith(base, './site', '이 항목은 그대로 쓰여요.');
    assert.ok(text.includes('`compose.override.yaml` 7줄이 이 `volumes` 목록 뒤에 `./logs:/var/log/nginx`를 더해요(합쳐서 2개).'), text);
  });

  it("the override's own entry says which list it is appended to", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(override), { preview: false });
    const text = await hoverWith(override, '"9090:80', '뒤에 더해져요');
    assert.ok(text.includes('이 항목은 `compose.yaml` 5줄의 `ports` 목록 뒤에 더해져요(합쳐서 2개).'), text);
  });

  it("a file an include loads with env_file: its ${VAR} is named from that env file (compose-go v2.13.0 loader/include.go), though only that file is open", async () => {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(dir(), 'inc', 'db'));
    await write('inc/compose.yaml', 'include:\n  - path: db/compose.yaml\n    env_file: db/db.env\nservices:\n  web:\n    image: nginx:1.27\n');
    await write('inc/db/db.env', 'DB_PORT=5433\n');
    // The included file's own folder has a .env too: Compose does not read it when env_file is given.
    await write('inc/db/.env', 'DB_PORT=7000\n');
    const included = await write('inc/db/compose.yaml', 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "${DB_PORT}:5432"\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(included), { preview: false });
    const text = await hoverWith(included, '"${DB_PORT', '**Compose가 쓰는 값:**');
    assert.ok(text.includes('**Compose가 쓰는 값:** 호스트 `5433` → 컨테이너 5432 (tcp) — `db/db.env`에서 `DB_PORT`는 `5433`이에요.'), text);
  });

  it("an override scalar says it replaces the base value, and the base's line says which value Compose uses", async () => {
    const onOverride = await hoverWith(override, 'nginx:1.28', '대신 이 값을 써요');
    assert.ok(onOverride.includes('Compose는 `compose.yaml` 3줄의 `nginx:1.27` 대신 이 값을 써요.'), onOverride);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(base));
    const onBase = await hoverWith(base, 'nginx:1.27', '**Compose가 쓰는 값:**');
    // The answer comes first: the value Compose uses and the line that sets it, before the key's explanation.
    const lead = '**Compose가 쓰는 값:** `nginx:1.28` — `compose.override.yaml` 3줄이 이 값을 바꿔요.';
    assert.ok(onBase.includes(lead), onBase);
    assert.ok(onBase.indexOf(lead) < onBase.indexOf('이미지'), onBase);
  });
});
