import * as assert from 'assert';
import { parseDotEnv, readDotEnv } from '../../../src/core/compose/dotEnv';
import { loadProject } from '../../../src/core/compose/loadProject';

// The one `.env` reader, case by case against compose-go v2.13.0 `dotenv/parser.go` (the reader
// `docker compose` runs: https://github.com/compose-spec/compose-go/blob/v2.13.0/dotenv/parser.go)
// and its fixtures (`dotenv/fixtures/*.env` at v2.13.0), and the syntax page
// https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax

const P = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/dotenv/parser.go';
const F = 'https://github.com/compose-spec/compose-go/blob/v2.13.0/dotenv/fixtures/';
const DOCS = 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax';

const CASES: { name: string; source: string; text: string; env?: Record<string, string>; want: Record<string, string> }[] = [
  { name: 'comment lines and blank lines', source: DOCS, text: '# a comment\n\nA=1\n  # indented comment\nB=2\n', want: { A: '1', B: '2' } },
  { name: 'unquoted: cut at " #", trailing spaces dropped', source: DOCS, text: 'A=bar # comment\nB=bar#not-a-comment\nC=x   \n', want: { A: 'bar', B: 'bar#not-a-comment', C: 'x' } },
  { name: '`export ` before the name', source: F + 'exported.env', text: "export OPTION_A=2\nexport OPTION_B='\\n'\n", want: { OPTION_A: '2', OPTION_B: '\\n' } },
  { name: 'spaces around `=`; an inline comment after a double-quoted value', source: F + 'quoted.env', text: 'OPTION_I = "echo \'asd\'" # Inline comment\n', want: { OPTION_I: "echo 'asd'" } },
  { name: 'single quotes are literal and may span lines; \\\' is a quote', source: F + 'quoted.env', text: "J='first line\nsecond line'\nK='Let\\'s go!'\nL='$HOME ${X}'\n", want: { J: 'first line\nsecond line', K: "Let's go!", L: '$HOME ${X}' } },
  { name: 'double quotes span lines and expand \\n, \\t, \\", \\\\', source: P + ' (expandEscapes)', text: 'A="one\ntwo"\nB="a\\nb\\tc"\nC="x\\"y"\nD="back\\\\slash"\n', want: { A: 'one\ntwo', B: 'a\nb\tc', C: 'x"y', D: 'back\\slash' } },
  { name: 'double quotes: \\$ is a literal $, not a variable', source: P + ' (expandEscapes: `\\$` → `$$`)', text: 'X=1\nA="\\$X"\nB="$$X"\nC="$X"\n', want: { X: '1', A: '$X', B: '$X', C: '1' } },
  { name: 'names may hold dots and dashes', source: F + 'special.env', text: 'VAR.WITH.DOTS=dots\nVAR-WITH-DASHES=dashes\n', want: { 'VAR.WITH.DOTS': 'dots', 'VAR-WITH-DASHES': 'dashes' } },
  { name: 'yaml style `KEY: value`', source: P + ' (locateKeyName: "library also supports yaml-style value declaration")', text: 'A: 1\n', want: { A: '1' } },
  {
    name: 'earlier names are interpolated into later values, with defaults',
    source: F + 'substitutions-default.env',
    text: 'OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\nOPTION_D=${OPTION_A}_${OPTION_B}\nOPTION_E=${OPTION_NOT_DEFINED}\n',
    want: { OPTION_A: '1', OPTION_B: '1', OPTION_C: '1', OPTION_D: '1_1', OPTION_E: '' },
  },
  { name: 'the environment wins over an earlier name of the file', source: 'https://github.com/compose-spec/compose-go/blob/v2.13.0/dotenv/env.go (GetEnvFromFile: currentEnv first, then envMap)', text: 'A=file\nB=${A}\n', env: { A: 'shell' }, want: { A: 'file', B: 'shell' } },
  { name: 'a name alone on its line takes the environment’s value, or is not set', source: F + 'inherited-multi-var.env', text: 'foo=bar\nFROM_OS\nNOT_IN_OS\nbar=baz\n', env: { FROM_OS: 'os' }, want: { foo: 'bar', FROM_OS: 'os', bar: 'baz' } },
  { name: 'a byte order mark is skipped', source: F + 'utf8-bom.env', text: '\ufeffA=1\n', want: { A: '1' } },
  { name: 'Windows line ends', source: P + ' (isSpace holds \\r)', text: 'A=1\r\nB="2"\r\n', want: { A: '1', B: '2' } },
  { name: 'the last setting of a name wins', source: P, text: 'A=1\nA=2\n', want: { A: '2' } },
];

describe('.env reader (compose-go dotenv)', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.source})`, () => {
      const env = c.env ?? {};
      assert.deepStrictEqual(Object.fromEntries(parseDotEnv(c.text, (n) => env[n])), c.want);
    });
  }

  it('an unclosed quote stops the reading, as it stops Compose ("unterminated quoted value", ' + P + ')', () => {
    const read = readDotEnv('A=1\nB="open\nC=3\n');
    assert.deepStrictEqual(read.entries.map((e) => e.name), ['A']);
    assert.match(read.error?.message ?? '', /unterminated quoted value/);
    assert.strictEqual(read.error?.line, 1);
  });

  it('a bad character or a space in a name is an error (' + P + ' locateKeyName)', () => {
    assert.match(readDotEnv('A=1\nB$C=2\n').error?.message ?? '', /unexpected character/);
    assert.match(readDotEnv('MY VAR=2\n').error?.message ?? '', /key cannot contain a space/);
  });

  it('each entry knows the line of its name, past multi-line values', () => {
    const read = readDotEnv('# c\nA="x\ny"\n\nexport B=1\nC\n', (n) => (n === 'C' ? 'c' : undefined));
    assert.deepStrictEqual(
      read.entries.map((e) => [e.name, e.line]),
      [
        ['A', 1],
        ['B', 4],
        ['C', 5],
      ],
    );
  });

  it('the project name’s .env line is found by the same reader (after a multi-line value; `export`)', () => {
    const files: Record<string, string> = {
      '/p/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n',
      '/p/.env': 'NOTE="COMPOSE_PROJECT_NAME=wrong\nstill the note"\nexport COMPOSE_PROJECT_NAME=shop\n',
    };
    const project = loadProject({ files: ['/p/compose.yaml'], readFile: (p) => files[p] });
    assert.strictEqual(project.name.value, 'shop');
    assert.strictEqual(project.name.origin?.range.start.line, 2);
    assert.strictEqual(project.name.origin?.range.end.character, 'export COMPOSE_PROJECT_NAME=shop'.length);
  });

  it('include env_file: a later file sees what an earlier one set (compose-go v2.13.0 dotenv/env.go GetEnvFromFile)', () => {
    const files: Record<string, string> = {
      '/p/compose.yaml': 'include:\n  - path: db/compose.yaml\n    env_file: [a.env, b.env]\n',
      '/p/a.env': 'TAG=16\n',
      '/p/b.env': 'IMAGE=postgres:${TAG}\n',
      '/p/db/compose.yaml': 'services:\n  db:\n    image: ${IMAGE}\n',
    };
    const project = loadProject({ files: ['/p/compose.yaml'], readFile: (p) => files[p] });
    const image = project.services[0]?.value.entries.get('image')?.value;
    assert.strictEqual(image?.kind === 'scalar' ? image.value : undefined, 'postgres:16');
  });
});
