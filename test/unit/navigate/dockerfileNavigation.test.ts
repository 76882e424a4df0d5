import * as assert from 'assert';
import { definitionsAt, highlightsAt, isRefusal, prepareRenameAt, referencesAt, renameAt } from '../../../src/core/navigate';
import { indexOf, positionOf, show, showEdits } from './harness';

// Go to definition, references, highlights and rename in one Dockerfile. Each row: the file,
// the cursor (end of the first `at` text; `nth` for a later one), and what the editor shows.
// Sources: stage lookup in moby/buildkit v0.32.2 dockerfile2llb/convert.go (FROM: earlier
// stages by lower-cased name after global ARGs; --from and mount from=: index or name without
// case, last of that name); variable scope in src/core/model/dockerfileVariables.ts (rows of
// test/unit/model/dockerfileVariables.test.ts cite Docker's docs).

const P = '/p/Dockerfile';

const MULTI = [
  'ARG NODE=20',
  'FROM node:${NODE} AS build',
  'ARG VERSION=1',
  'RUN echo $VERSION',
  'FROM build AS test',
  'RUN --mount=type=cache,from=build,target=/x make test',
  'FROM alpine',
  'COPY --from=build /app /app',
  'COPY --from=Build /b /b',
  'COPY --from=0 /c /c',
  'COPY --from=nginx:1.27 /etc/nginx /etc/nginx',
  'ARG NODE',
  'RUN echo $NODE',
  'ENV VERSION=2',
  'RUN echo $VERSION',
].join('\n');

interface DefRow {
  name: string;
  text: string;
  at: string;
  nth?: number;
  expect: string[];
}

const definitionRows: DefRow[] = [
  { name: 'COPY --from names a stage', text: MULTI, at: 'COPY --from=bu', expect: [`${P}:2:build`] },
  { name: 'FROM names an earlier stage', text: MULTI, at: 'FROM bu', expect: [`${P}:2:build`] },
  { name: 'RUN --mount from= names a stage', text: MULTI, at: 'from=bu', expect: [`${P}:2:build`] },
  { name: '--from compares stage names without case', text: MULTI, at: '--from=Bu', expect: [`${P}:2:build`] },
  { name: '--from=0 is the first stage by index', text: MULTI, at: '--from=0', expect: [`${P}:2:build`] },
  { name: 'an image in --from is no stage', text: MULTI, at: '--from=ngi', expect: [] },
  { name: '$VAR goes to the ARG in scope', text: MULTI, at: 'echo $VERS', expect: [`${P}:3:VERSION`] },
  { name: 'a later ENV replaces the ARG', text: MULTI, at: 'echo $VERS', nth: 1, expect: [`${P}:14:VERSION`] },
  { name: '${NODE} on a FROM line is the global ARG', text: MULTI, at: '${NO', expect: [`${P}:1:NODE`] },
  { name: 'ARG NAME in a stage takes the global value: both definitions', text: MULTI, at: 'echo $NO', expect: [`${P}:1:NODE`, `${P}:12:NODE`] },
  { name: 'the definition itself', text: MULTI, at: 'AS bu', expect: [`${P}:2:build`] },
  {
    name: 'FROM Build (upper case) is an image, not the stage',
    text: 'FROM alpine AS build\nFROM Build\n',
    at: 'FROM Bu',
    expect: [],
  },
  {
    name: 'two stages of one name: --from takes the last',
    text: 'FROM alpine AS x\nFROM busybox AS x\nFROM scratch\nCOPY --from=x / /\n',
    at: '--from=x',
    expect: [`${P}:2:x`],
  },
  {
    name: 'a --from with a variable is no reference (BuildKit does not expand it)',
    text: 'ARG S=build\nFROM alpine AS build\nFROM scratch\nCOPY --from=$S / /\n',
    at: '--from=$S',
    expect: [],
  },
  { name: 'nothing under the cursor', text: MULTI, at: 'RUN ec', expect: [] },
];

describe('navigate: Dockerfile definitions', () => {
  for (const row of definitionRows) {
    it(row.name, () => {
      const files = { [P]: row.text };
      const got = definitionsAt(indexOf(files), P, positionOf(row.text, row.at, row.nth));
      assert.deepStrictEqual(show(files, got), row.expect);
    });
  }
});

describe('navigate: Dockerfile references and highlights', () => {
  it('a stage: its definition and every FROM, --from and mount from= that names it', () => {
    const files = { [P]: MULTI };
    const got = show(files, referencesAt(indexOf(files), P, positionOf(MULTI, 'AS bu')));
    assert.deepStrictEqual(got, [`${P}:2:build`, `${P}:5:build`, `${P}:6:build`, `${P}:8:build`, `${P}:9:Build`, `${P}:10:0`]);
  });

  it('without the declaration', () => {
    const files = { [P]: MULTI };
    const got = show(files, referencesAt(indexOf(files), P, positionOf(MULTI, 'AS bu'), false));
    assert.ok(!got.includes(`${P}:2:build`));
    assert.strictEqual(got.length, 5);
  });

  it('a global ARG: the FROM use, the stage ARG that takes its value, and the use after it', () => {
    const files = { [P]: MULTI };
    const got = show(files, referencesAt(indexOf(files), P, positionOf(MULTI, 'ARG NO')));
    assert.deepStrictEqual(got, [`${P}:1:NODE`, `${P}:2:NODE`, `${P}:12:NODE`, `${P}:13:NODE`]);
  });

  it('highlights: the definition is written, uses are read', () => {
    const files = { [P]: MULTI };
    const got = highlightsAt(indexOf(files), P, positionOf(MULTI, 'echo $VERS')).map((h) => `${h.range.start.line + 1}:${h.kind}`);
    assert.deepStrictEqual(got, ['3:write', '4:read']);
  });
});

interface RenameRow {
  name: string;
  text: string;
  at: string;
  to: string;
  expect?: string[];
  /** A word of the Korean reason when refused. */
  refused?: string;
}

const renameRows: RenameRow[] = [
  {
    name: 'a stage: the AS name and every reference by name; --from=0 stays',
    text: MULTI,
    at: 'AS bu',
    to: 'compile',
    expect: [`${P}:2:build→compile`, `${P}:5:build→compile`, `${P}:6:build→compile`, `${P}:8:build→compile`, `${P}:9:Build→compile`],
  },
  { name: 'from a reference', text: MULTI, at: 'COPY --from=bu', to: 'compile', expect: [`${P}:2:build→compile`, `${P}:5:build→compile`, `${P}:6:build→compile`, `${P}:8:build→compile`, `${P}:9:Build→compile`] },
  { name: 'only the case', text: 'FROM alpine AS build\nFROM build\n', at: 'AS bu', to: 'Build', expect: [`${P}:1:build→Build`, `${P}:2:build→Build`] },
  { name: 'an invalid stage name (BuildKit: starts with a letter)', text: MULTI, at: 'AS bu', to: '1build', refused: '스테이지 이름으로 쓸 수 없어요' },
  { name: 'a name with a space', text: MULTI, at: 'AS bu', to: 'my build', refused: '스테이지 이름으로 쓸 수 없어요' },
  { name: 'a reserved name', text: MULTI, at: 'AS bu', to: 'scratch', refused: '예약한 이름' },
  { name: 'another stage has the name (case-insensitive)', text: MULTI, at: 'AS bu', to: 'TEST', refused: '이미 있어요(5번 줄)' },
  { name: 'a later FROM uses the name as an image', text: MULTI, at: 'AS bu', to: 'alpine', refused: '7번 줄' },
  { name: 'a --from uses the name as an image', text: 'FROM alpine AS build\nFROM scratch\nCOPY --from=tools / /\n', at: 'AS bu', to: 'tools', refused: '3번 줄' },
  { name: 'a FROM names the stage through a variable', text: 'ARG B=build\nFROM alpine AS build\nFROM ${B}\n', at: 'AS bu', to: 'x', refused: '변수' },
  { name: 'a variable is not renamed', text: MULTI, at: 'echo $VERS', to: 'V', refused: '--build-arg' },
  { name: 'a stage index is not a name', text: MULTI, at: '--from=0', to: 'x', refused: '스테이지 번호' },
];

describe('navigate: Dockerfile rename', () => {
  for (const row of renameRows) {
    it(row.name, () => {
      const files = { [P]: row.text };
      const index = indexOf(files);
      const position = positionOf(row.text, row.at);
      const result = renameAt(index, P, position, row.to);
      if (row.refused) {
        assert.ok(isRefusal(result), `expected a refusal, got ${JSON.stringify(result)}`);
        assert.ok(result.error.ko.includes(row.refused), result.error.ko);
        assert.ok(result.error.en.length > 0);
      } else {
        assert.ok(!isRefusal(result), JSON.stringify(result));
        assert.deepStrictEqual(showEdits(files, result.changes), [...(row.expect ?? [])].sort());
      }
    });
  }

  it('prepareRename gives the name under the cursor', () => {
    const files = { [P]: MULTI };
    const got = prepareRenameAt(indexOf(files), P, positionOf(MULTI, 'COPY --from=bu'));
    assert.ok(got && !isRefusal(got));
    assert.strictEqual(got.placeholder, 'build');
    assert.deepStrictEqual(got.range, { start: { line: 7, character: 12 }, end: { line: 7, character: 17 } });
  });

  it('prepareRename refuses a variable with a Korean reason', () => {
    const files = { [P]: MULTI };
    const got = prepareRenameAt(indexOf(files), P, positionOf(MULTI, 'echo $VERS'));
    assert.ok(isRefusal(got));
  });
});
