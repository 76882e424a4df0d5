import * as assert from 'assert';
import { findDockerCommands, parseCommands } from '../../../src/core/documents/commandsDocument';
import type { CommandsDocument } from '../../../src/core/documents/commandsDocument';
import { fixture } from '../../helpers/paths';

/** Each command as `line: words`, to show where it was found and what it holds. */
function found(doc: CommandsDocument): string[] {
  return doc.commands.map((c) => `${c.range.start.line}: ${c.words.map((w) => w.value).join(' ')}`);
}

describe('commandsDocument: shell scripts', () => {
  it('joins backslash continuations into one command with exact word positions', () => {
    const text = 'docker run -d \\\n  --name api \\\n  -p 3000:3000 \\\n  app:1\necho done\n';
    const doc = parseCommands(text, 'shell');
    assert.deepStrictEqual(found(doc), ['0: docker run -d --name api -p 3000:3000 app:1']);
    const cmd = doc.commands[0];
    assert.deepStrictEqual(cmd.range, { start: { line: 0, character: 0 }, end: { line: 3, character: 7 } });
    const p = cmd.parsed.flags.find((f) => f.name === 'publish');
    assert.deepStrictEqual(p && doc.lines.range(p.span.start, p.valueSpan?.end ?? 0), { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } });
    assert.strictEqual(cmd.parsed.image?.value, 'app:1');
  });

  it('joins CRLF continuations too', () => {
    const doc = parseCommands('docker run \\\r\n  -p 80:80 nginx\r\n', 'shell');
    assert.deepStrictEqual(found(doc), ['0: docker run -p 80:80 nginx']);
  });

  it('finds docker after sudo (with options), env assignments, and in && chains', () => {
    const doc = parseCommands('sudo -u deploy docker ps\nFOO=1 docker images\ncd app && docker build -t app .\n', 'shell');
    assert.deepStrictEqual(found(doc), ['0: docker ps', '1: docker images', '2: docker build -t app .']);
  });

  it('finds docker after shell keywords (if, then, do, else)', () => {
    const doc = parseCommands('if docker ps -q; then docker stop web; else docker start web; fi\nfor i in 1 2; do docker rm x$i; done\n', 'shell');
    assert.deepStrictEqual(doc.commands.map((c) => c.parsed.key), ['ps', 'stop', 'start', 'rm']);
  });

  it('skips comments, docker as an argument, and trailing comments', () => {
    const doc = parseCommands('# docker run -p 1:1 nope\necho docker run\ndocker ps # docker rm x\n', 'shell');
    assert.deepStrictEqual(found(doc), ['2: docker ps']);
  });

  it('reads the seed 001 script: three commands with their flags', () => {
    const doc = parseCommands(fixture('commands', 'seed001.sh'), 'shell');
    assert.deepStrictEqual(doc.commands.map((c) => c.parsed.key), ['run', 'run', 'run']);
    assert.deepStrictEqual(doc.commands[1].parsed.flags.map((f) => `${f.name}=${f.value ?? ''}`), ['detach=', 'name=web2', 'volumes-from=web1', 'publish=8080:80']);
  });

  it('reads Makefile recipes with @ and - prefixes', () => {
    const doc = parseCommands(fixture('commands', 'Makefile'), 'shell');
    assert.deepStrictEqual(found(doc), ['3: docker build -t $(IMAGE) .', '6: docker run --rm -p 8000:8000 $(IMAGE)']);
    assert.deepStrictEqual(doc.commands[0].range.start, { line: 3, character: 2 });
  });
});

describe('commandsDocument: Markdown fences', () => {
  const doc = parseCommands(fixture('commands', 'readme.md'), 'markdown');

  it('reads sh, bash, console and shell fences, and no others', () => {
    assert.deepStrictEqual(
      doc.commands.map((c) => c.parsed.key),
      ['build', 'run', 'ps', 'logs', 'compose up'],
    );
  });

  it('in console blocks only prompted lines are commands (the output line is not)', () => {
    const lines = doc.commands.filter((c) => c.parsed.key === 'ps' || c.parsed.key === 'logs').map((c) => c.range.start.line);
    assert.deepStrictEqual(lines, [14, 17]);
  });

  it('treats `# docker …` in a console block as a root prompt', () => {
    const md = '```console\n# docker volume ls\n```\n';
    assert.deepStrictEqual(found(parseCommands(md, 'markdown')), ['1: docker volume ls']);
  });

  it('does not read fences like yaml, dockerfile, text', () => {
    const md = '```yaml\ncommand: docker run x\n```\n```dockerfile\nRUN docker run x\n```\n```text\ndocker run x\n```\n';
    assert.deepStrictEqual(found(parseCommands(md, 'markdown')), []);
  });
});

describe('findDockerCommands: the arguments of a Dockerfile RUN', () => {
  it('finds the commands with offsets relative to the given text', () => {
    const text = 'apt-get update && docker build \\\n    -t app .';
    const [cmd] = findDockerCommands(text);
    assert.strictEqual(cmd.parsed.key, 'build');
    assert.strictEqual(cmd.words[0].start, text.indexOf('docker'));
    assert.deepStrictEqual(cmd.range.end, { line: 1, character: 12 });
  });
});
