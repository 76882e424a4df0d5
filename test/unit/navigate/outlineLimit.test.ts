import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import { OUTLINE_ENTRY_LIMIT, capOutline, composeOutline, dockerfileOutline } from '../../../src/core/navigate';
import type { OutlineSymbol } from '../../../src/core/navigate';

// The outline cap of huge files (src/core/navigate/outlineLimit.ts): past the limit the stages'
// instructions and the services' keys go, everything above them stays.

function tree(symbols: OutlineSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name}`, ...tree(s.children, depth + 1)]);
}

function count(symbols: OutlineSymbol[]): number {
  return symbols.reduce((n, s) => n + 1 + count(s.children), 0);
}

/** `stages` stages of `perStage` instructions each (FROM included), after one global ARG. */
function dockerfile(stages: number, perStage: number): string {
  const lines = ['ARG BASE=3.20'];
  for (let i = 0; i < stages; i++) {
    lines.push(`FROM alpine:\${BASE} AS s${i}`);
    for (let j = 1; j < perStage; j++) lines.push(`RUN echo ${i}.${j}`);
  }
  return lines.join('\n') + '\n';
}

const SMALL_DOCKERFILE = 'ARG NODE=20\nFROM node:${NODE} AS build\nWORKDIR /app\nRUN npm ci\nFROM nginx\nCOPY --from=build /app/dist /usr/share/nginx/html\n';
const SMALL_COMPOSE = 'name: shop\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n  db:\n    image: postgres\nvolumes:\n  data: {}\n';

describe('navigate: outline cap of huge files', () => {
  const rows: { name: string; symbols: () => OutlineSymbol[]; limit: number; expect: string[] }[] = [
    {
      name: 'Dockerfile at the limit: unchanged',
      symbols: () => dockerfileOutline(parseDockerfile(SMALL_DOCKERFILE)),
      limit: 6,
      expect: ['argument NODE', 'stage build', '  instruction WORKDIR', '  instruction RUN', 'stage nginx', '  instruction COPY'],
    },
    {
      name: 'Dockerfile one past the limit: global ARGs and stages stay, instructions go',
      symbols: () => dockerfileOutline(parseDockerfile(SMALL_DOCKERFILE)),
      limit: 5,
      expect: ['argument NODE', 'stage build', 'stage nginx'],
    },
    {
      name: 'Compose past the limit: top-level keys, sections and services stay, service keys go',
      symbols: () => composeOutline(parseCompose(SMALL_COMPOSE)),
      limit: 5,
      expect: ['key name', 'section services', '  service web', '  service db', 'section volumes', '  volume data'],
    },
    {
      name: 'Compose within the limit: the service keys stay',
      symbols: () => composeOutline(parseCompose(SMALL_COMPOSE)),
      limit: 100,
      expect: ['key name', 'section services', '  service web', '    key image', '    key ports', '  service db', '    key image', 'section volumes', '  volume data'],
    },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepStrictEqual(tree(capOutline(row.symbols(), row.limit)), row.expect));
  }

  it('a capped stage keeps its range and selection (the whole stage, its name)', () => {
    const full = dockerfileOutline(parseDockerfile(SMALL_DOCKERFILE));
    const capped = capOutline(full, 1);
    assert.deepStrictEqual(capped[1].range, full[1].range);
    assert.deepStrictEqual(capped[1].selectionRange, full[1].selectionRange);
    assert.strictEqual(capped[1].detail, full[1].detail);
    // The full outline is not changed in place.
    assert.strictEqual(full[1].children.length, 2);
  });

  it('the default limit: a file a person writes keeps every instruction, a generated 10,000-line one keeps its stages', () => {
    const usual = dockerfileOutline(parseDockerfile(dockerfile(8, 20)));
    assert.strictEqual(capOutline(usual), usual);
    const huge = dockerfileOutline(parseDockerfile(dockerfile(500, 20)));
    assert.ok(count(huge) > OUTLINE_ENTRY_LIMIT);
    const capped = capOutline(huge);
    assert.strictEqual(capped.length, 501);
    assert.deepStrictEqual(capped.map((s) => s.children.length), new Array(501).fill(0));
    assert.deepStrictEqual(capped.slice(1).map((s) => s.name), huge.slice(1).map((s) => s.name));
  });
});
