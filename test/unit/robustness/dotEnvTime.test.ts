// `.env` files are read for every Compose project (the CLI, the lint worker, Compose hovers), and
// a repository can carry any `.env`. Each shape here is generated at 25 KB and at 100 KB: linear
// work grows about ×4, quadratic ×16. An unclosed double quote followed by many lines made the
// reader test the whole value again for every line it added (×13 from 10 KB to 40 KB).
import * as assert from 'assert';
import { MAX_DOTENV_VALUE_CHARS, parseDotEnv, readDotEnv } from '../../../src/core/compose/dotEnv';
import { assertGrowsLinearly, cpuMs } from './support';

const SMALL = 25_000;
const LARGE = 100_000;
const MAX_GROWTH = 8;
const NOISE_FLOOR_MS = 50;

const repeat = (head: string, unit: string, size: number) => head + unit.repeat(Math.max(1, Math.floor((size - head.length) / unit.length)));

const SHAPES: { name: string; build: (size: number) => string }[] = [
  { name: 'an unclosed double quote, then many lines', build: (n) => repeat('A="start\n', 'x\n', n) },
  { name: 'an unclosed double quote, then lines ending in \\"', build: (n) => repeat('A="start\n', 'x\\"\n', n) },
  { name: 'many double-quoted values', build: (n) => repeat('', 'A="x y" # c\n', n) },
  { name: 'a long unquoted value of spaces and #', build: (n) => repeat('A=', ' x#', n) },
  { name: 'a double-quoted value of quotes and spaces', build: (n) => repeat('A="', '" ', n) },
];

function timeOf(text: string): number {
  const start = cpuMs();
  parseDotEnv(text);
  return cpuMs() - start;
}

describe('robustness: .env shapes stay linear', function () {
  this.timeout(60_000);
  for (const shape of SHAPES) {
    it(shape.name, () => {
      const small = shape.build(SMALL);
      const large = shape.build(LARGE);
      assertGrowsLinearly(`${shape.name}, from 25 KB to 100 KB`, timeOf, small, large, { maxGrowth: MAX_GROWTH, noiseFloorMs: NOISE_FLOOR_MS });
    });
  }

  it('reads a value over several lines, and an empty one, as before', () => {
    const vars = parseDotEnv('A="one\ntwo" # note\nB=plain # comment\nC="x\\"y"\nD="a\\nb"\n');
    assert.deepStrictEqual([...vars], [['A', 'one\ntwo'], ['B', 'plain'], ['C', 'x"y'], ['D', 'a\nb']]);
  });

  it('a .env whose lines double the one before: the values stop at the budget, the rest is unknown with an error', () => {
    const lines = ['A1=xx'];
    for (let n = 2; n <= 500; n++) lines.push(`A${n}=\${A${n - 1}}\${A${n - 1}}`);
    const read = readDotEnv(lines.join('\n') + '\n');
    const total = read.entries.reduce((sum, e) => sum + e.value.length, 0);
    assert.ok(total <= MAX_DOTENV_VALUE_CHARS, `${total} characters`);
    assert.ok(read.error && /too large/.test(read.error.message), JSON.stringify(read.error));
    assert.ok(!read.entries.some((e) => e.name === 'A500'), 'A500 past the budget is unknown');
    assert.ok(read.entries.some((e) => e.name === 'A10'), 'A10 inside the budget is read');
  });
});
