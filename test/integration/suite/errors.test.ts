// Docker's error messages in the real editor: a line printed in the integrated terminal gets a
// link from our terminal link provider, and opening it shows the explanation in the panel with
// the workspace lines behind the error; a pasted error through "명령어 설명" does the same. The
// provider is driven through the extension's API (VS Code asks it for a line's links when the
// pointer is over the line, which a headless run cannot do), with the terminal that printed it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from './harness';
import { EXTENSION_ID, openAndActivate, waitFor } from './helpers';
import { WebviewDriver, webviewBridge } from './webview';
import type { DockerExplainApi } from '../../../src/extension/extension';

const panel = new WebviewDriver('Docker 개념');

const PORT_ERROR = 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (1b2c3d4e): Bind for 0.0.0.0:8080 failed: port is already allocated.';

async function api(): Promise<DockerExplainApi> {
  const extension = vscode.extensions.getExtension<DockerExplainApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** A terminal that prints `text` the way `docker` would, through a pseudoterminal. */
async function terminalPrinting(text: string): Promise<vscode.Terminal> {
  const write = new vscode.EventEmitter<string>();
  let opened = false;
  const pty: vscode.Pseudoterminal = {
    onDidWrite: write.event,
    open: () => {
      opened = true;
      write.fire(`$ docker run -d -p 8080:80 --name web nginx:1.27\r\n${text}\r\n`);
    },
    close: () => write.dispose(),
  };
  const terminal = vscode.window.createTerminal({ name: 'docker', pty });
  terminal.show();
  await waitFor(() => opened, { message: 'the terminal did not open' });
  return terminal;
}

describe('Docker error messages: terminal links and the panel', function () {
  this.timeout(120_000);
  let terminal: vscode.Terminal | undefined;

  before(async () => {
    await openAndActivate('compose.yaml');
  });

  after(() => terminal?.dispose());

  it('marks a printed error in the terminal and opens its explanation with the lines that publish the port', async () => {
    const { terminalErrorLinks, conceptsView } = await api();
    terminal = await terminalPrinting(PORT_ERROR);
    const cancel = new vscode.CancellationTokenSource();
    const links = await terminalErrorLinks.provideTerminalLinks({ line: PORT_ERROR, terminal }, cancel.token);
    assert.strictEqual(links.length, 1, 'one link on the error line');
    const [link] = links;
    assert.strictEqual(link.startIndex, PORT_ERROR.indexOf('Bind for'));
    assert.strictEqual(PORT_ERROR.slice(link.startIndex, link.startIndex + link.length), 'Bind for 0.0.0.0:8080 failed: port is already allocated');
    assert.match(link.tooltip ?? '', /^Docker 해설: 호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요/);
    assert.ok(!(link.tooltip ?? '').includes('`'), 'the tooltip is plain text');
    // An ordinary line of output gets no link.
    assert.deepStrictEqual(await terminalErrorLinks.provideTerminalLinks({ line: '$ docker run -d -p 8080:80 --name web nginx:1.27', terminal }, cancel.token), []);

    await terminalErrorLinks.handleTerminalLink(link);
    await waitFor(() => conceptsView.lastErrorExplanation?.message === PORT_ERROR, { message: 'the explanation did not reach the panel' });
    const shown = conceptsView.lastErrorExplanation!;
    assert.match(shown.markdown, /^### 호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요/);
    // examples/compose.yaml publishes 8080 twice (web, admin) and scripts/run.sh once with -p.
    for (const place of ['compose.yaml:6', 'compose.yaml:15', 'scripts/run.sh:4']) assert.ok(shown.locations.includes(place), `${place} in ${shown.locations.join(', ')}`);
    if (!webviewBridge()) return;
    const card = await panel.waitFor('#command-explanation', (m) => m.length === 1 && /호스트 포트 8080/.test(m[0].text), { attributes: ['data-kind'] });
    assert.strictEqual(card[0].attributes['data-kind'], 'error');
    assert.match(card[0].text, /오류 설명/);
    assert.match(card[0].text, /docker ps --filter publish=8080/);
    await screenshot('panel-error', { settleMs: 800 });
    // A location opens its file at the line.
    const items = await panel.waitFor('#command-explanation li.error-location', (m) => m.length === shown.locations.length);
    const first = items.findIndex((i) => i.text.includes('compose.yaml:6'));
    await panel.click(`#command-explanation li.error-location[data-index="${first}"]`);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/compose.yaml') && vscode.window.activeTextEditor.selection.start.line === 5, {
      message: 'the location did not open compose.yaml at line 6',
    });
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0);
  });

  it('explains a pasted error through "명령어 설명", and still explains commands', async () => {
    const { conceptsView } = await api();
    const pasted = 'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 137';
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', pasted), true);
    await waitFor(() => conceptsView.lastErrorExplanation?.message === pasted, { message: 'the pasted error was not explained' });
    assert.match(conceptsView.lastErrorExplanation!.markdown, /빌드의 RUN 명령이 종료 코드 137로 실패했어요/);
    assert.match(conceptsView.lastErrorExplanation!.markdown, /128 \+ 9/);
    // A docker command is still a command.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('dockerExplain.explainCommand', 'docker run -p 8080:80 nginx:1.27'), true);
    if (!webviewBridge()) return;
    const card = await panel.waitFor('#command-explanation', (m) => m.length === 1 && /호스트 8080 → 컨테이너 80/.test(m[0].text), { attributes: ['data-kind'] });
    assert.strictEqual(card[0].attributes['data-kind'], 'command');
    await panel.click('#command-explanation vscode-button');
    await panel.waitFor('#command-explanation', (m) => m.length === 0);
  });
});
