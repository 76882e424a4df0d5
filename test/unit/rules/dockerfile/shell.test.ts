import * as assert from 'assert';
import { parseShell, resolveCommand } from '../../../../src/core/lint/rules/dockerfile/shell';
import { runScripts } from '../../../../src/core/lint/rules/dockerfile/runScript';
import { parseDockerfile } from '../../../../src/core/documents/dockerfileDocument';

const plain = (text: string) => ({ text, offsets: Array.from({ length: text.length }, (_, i) => i) });
const words = (text: string) => parseShell(plain(text)).map((c) => c.words.map((w) => w.text));

describe('shell reader for RUN', () => {
  it('splits on operators and keeps quoted words whole', () => {
    assert.deepStrictEqual(words(`a && b "c d" || e; f | g 'h;i'`), [['a'], ['b', 'c d'], ['e'], ['f'], ['g', 'h;i']]);
  });

  it('drops redirections and if/then keywords, keeps $(…) inside its word', () => {
    assert.deepStrictEqual(words('if [ -f x ]; then echo "$(cat x)" > /dev/null 2>&1; fi'), [['[', '-f', 'x', ']'], ['echo', '$(cat x)']]);
  });

  it('reports exact offsets of words', () => {
    const [cmd] = parseShell(plain('  apt-get   install -y'));
    assert.deepStrictEqual(cmd.words.map((w) => [w.start, w.end]), [[2, 9], [12, 19], [20, 22]]);
  });

  it('marks piped input, conditional commands and dynamic words', () => {
    const cmds = parseShell(plain('yes | apt-get install $PKG; [ -f r.txt ] && pip install -r r.txt'));
    assert.strictEqual(cmds[1].input, cmds[0]);
    assert.deepStrictEqual(cmds[1].words.map((w) => w.dynamic), [false, false, true]);
    assert.deepStrictEqual(cmds.map((c) => c.conditional), [false, false, false, true]);
  });

  it('looks through assignments, sudo and env to the program', () => {
    const r = resolveCommand(parseShell(plain('DEBIAN_FRONTEND=noninteractive sudo -E -u root env A=1 /usr/bin/apt-get install x'))[0]);
    assert.deepStrictEqual([r.program, r.wrappers.map((w) => w.text), r.assignments.map((a) => a.text), r.args.map((a) => a.text)], ['apt-get', ['sudo', 'env'], ['DEBIAN_FRONTEND=noninteractive', 'A=1'], ['install', 'x']]);
  });
});

describe('RUN scripts', () => {
  it('joins continuation lines, drops comment lines inside them, and maps back to the document', () => {
    const doc = parseDockerfile(['FROM debian', 'RUN apt-get update \\', '    # a comment line', '    && apt-get install -y curl'].join('\n'));
    const [script] = runScripts(doc);
    assert.deepStrictEqual(script.commands.map((c) => c.words.map((w) => w.text)), [['apt-get', 'update'], ['apt-get', 'install', '-y', 'curl']]);
    const install = script.commands[1].words[1];
    assert.deepStrictEqual(doc.lines.positionAt(install.start), { line: 3, character: 15 });
  });

  it('reads a heredoc body as a script only when a shell runs it', () => {
    const doc = parseDockerfile(['FROM debian', 'RUN <<EOF', 'apt-get update', 'EOF', 'RUN python3 <<EOF', 'import os', 'EOF', 'RUN bash -ex <<EOT', 'make', 'EOT', 'RUN <<EOF', '#!/usr/bin/env python3', 'print(1)', 'EOF'].join('\n'));
    assert.deepStrictEqual(runScripts(doc).map((s) => s.commands.map((c) => c.words.map((w) => w.text).join(' '))), [
      ['', 'apt-get update'], // `RUN <<EOF`: the body is the script
      ['python3'], // fed to python: data
      ['bash -ex', 'make'], // fed to bash: a script
      [''], // a python shebang: not sh
    ]);
  });

  it('reads exec form and mounts', () => {
    const doc = parseDockerfile(['FROM debian', 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked ["apt-get", "install", "-y", "curl"]'].join('\n'));
    const [script] = runScripts(doc);
    assert.strictEqual(script.exec, true);
    assert.deepStrictEqual(script.commands[0].words.map((w) => w.text), ['apt-get', 'install', '-y', 'curl']);
    assert.deepStrictEqual(script.mounts.map((m) => [m.type, m.target, m.options.sharing]), [['cache', '/var/cache/apt', 'locked']]);
  });

  it('knows when RUN is not sh: SHELL powershell, Windows base images', () => {
    const doc = parseDockerfile(['FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN dir', 'FROM alpine', 'SHELL ["pwsh", "-c"]', 'RUN Get-ChildItem', 'FROM alpine', 'RUN ls'].join('\n'));
    assert.deepStrictEqual(runScripts(doc).map((s) => s.posix), [false, false, true]);
  });
});
