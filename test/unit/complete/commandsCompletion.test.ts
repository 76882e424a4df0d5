import * as assert from 'assert';
import { parseCommands } from '../../../src/core/documents/commandsDocument';
import { completeAt } from '../../../src/core/complete';
import type { CompletionItem } from '../../../src/core/complete';
import { checkRow } from './dockerfileCompletion.test';
import type { Row } from './dockerfileCompletion.test';

// Completion of `docker …` commands in shell scripts and Markdown code blocks (cursor at `‸`):
// subcommands, then the flags of the subcommand, with the hovers' texts.

function complete(text: string, fileKind: 'shell' | 'markdown' = 'shell'): CompletionItem[] {
  const at = text.indexOf('‸');
  const doc = parseCommands(text.slice(0, at) + text.slice(at + 1), fileKind);
  return completeAt(doc, doc.lines.positionAt(at), { language: 'ko' }).items;
}

const ROWS: Array<Row & { fileKind?: 'shell' | 'markdown' }> = [
  { what: 'subcommands after docker', text: '#!/bin/sh\ndocker ‸', has: ['run', 'build', 'compose', 'ps', 'volume', 'network'], first: 'run', doc: ['run', '컨테이너'] },
  { what: 'half-typed subcommand', text: 'docker bu‸', has: ['build', 'builder'] },
  { what: 'compose subcommands', text: 'docker compose ‸', has: ['up', 'down', 'logs', 'ps', 'exec'], not: ['run --rm', 'create'], first: 'up' },
  { what: 'volume subcommands', text: 'docker volume ‸', has: ['create', 'ls', 'rm', 'inspect', 'prune'], first: 'ls' },
  { what: 'docker run flags', text: 'docker run --‸', has: ['--publish', '--detach', '--rm', '--name', '--volume', '--env'], doc: ['--publish', '게시'] },
  { what: 'a flag already written is not offered again', text: 'docker run --rm -‸', has: ['--detach'], not: ['--rm'] },
  { what: 'build flags, legacy ones last', text: 'docker build -‸', has: ['--tag', '--file', '--target', '--build-arg', '--no-cache'], not: ['--publish'] },
  { what: 'compose up flags', text: 'docker compose up -‸', has: ['--detach', '--build'] },
  { what: 'global compose flags before the subcommand', text: 'docker compose -‸', has: ['--file', '--project-name', '--profile'], doc: ['--file', 'Compose'] },
  { what: 'continuation lines', text: 'docker run \\\n  --rm \\\n  --‸', has: ['--publish'], not: ['--rm'] },
  { what: 'after the image: the command inside, nothing', text: 'docker run --rm nginx -‸', has: [] },
  { what: 'not a docker command', text: 'ls -‸', has: [] },
  { what: 'Markdown code block', text: '# 실행\n\n```sh\ndocker run -‸\n```\n', has: ['--publish'], fileKind: 'markdown' },
  { what: 'Markdown prose: nothing', text: '# 실행\n\ndocker run -‸\n', has: [], fileKind: 'markdown' },
];

describe('completion: docker commands', () => {
  for (const row of ROWS) {
    it(row.what, () => {
      const items = complete(row.text, row.fileKind);
      checkRow(row, items);
      if (row.has.length === 0) assert.deepStrictEqual(items.map((i) => i.label), []);
    });
  }

  it('short flags match too', () => {
    const publish = complete('docker run -‸').find((i) => i.label === '--publish');
    assert.ok(publish?.filterText?.includes('-p'));
    assert.ok(publish?.documentation.includes('-p'));
  });
});
