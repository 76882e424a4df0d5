import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';
import type { CacheKey } from '../../../src/core/model/layers';
import { cacheKeyOf, layerStacks } from '../../../src/core/model/layers';

// Layers and cache keys under BuildKit, row by row, each with where it can be checked.
const CONVERT = 'moby/buildkit v0.32.2 frontend/dockerfile/dockerfile2llb/convert.go';
const INVALIDATION = 'https://docs.docker.com/build/cache/invalidation/#general-rules';

const CACHE_ROWS: { keyword: string; bind?: boolean; key: CacheKey; source: string }[] = [
  { keyword: 'FROM', key: 'base', source: INVALIDATION },
  { keyword: 'RUN', key: 'command', source: 'https://docs.docker.com/build/cache/invalidation/#run-instructions' },
  { keyword: 'RUN', bind: true, key: 'commandBind', source: `finding 3: ${INVALIDATION} (RUN --mount=type=bind is checksummed)` },
  { keyword: 'COPY', key: 'files', source: INVALIDATION },
  { keyword: 'ADD', key: 'files', source: INVALIDATION },
  { keyword: 'WORKDIR', key: 'workdir', source: `finding 2: ${CONVERT} dispatchWorkdir (llb.Mkdir)` },
  { keyword: 'ENV', key: 'environment', source: `${CONVERT} dispatchRun (env of the exec op)` },
  { keyword: 'USER', key: 'environment', source: `${CONVERT} dispatchRun (user of the exec op)` },
  { keyword: 'ARG', key: 'arg', source: 'https://docs.docker.com/reference/dockerfile/#impact-on-build-caching' },
  ...['CMD', 'ENTRYPOINT', 'LABEL', 'EXPOSE', 'VOLUME', 'HEALTHCHECK', 'STOPSIGNAL', 'ONBUILD', 'MAINTAINER'].map((keyword) => ({ keyword, key: 'config' as CacheKey, source: `finding 1: ${CONVERT} dispatchCmd/dispatchLabel … change only the image config` })),
];

function hover(text: string, line: number, character: number, language: 'ko' | 'en' = 'ko'): string {
  return explainDockerfile(parseDockerfile(text), { line, character }, { language })?.markdown ?? '';
}

describe('layer and cache model (BuildKit)', () => {
  for (const row of CACHE_ROWS) {
    it(`${row.keyword}${row.bind ? ' --mount=type=bind' : ''}: ${row.key} (${row.source})`, () => {
      assert.strictEqual(cacheKeyOf(row.keyword, row.bind), row.key);
    });
  }

  it('finding 2: WORKDIR adds a layer (not `WORKDIR /`), and later layer numbers count it', () => {
    const doc = parseDockerfile('FROM alpine\nWORKDIR /app\nCOPY a .\nWORKDIR /\nRUN true\n');
    const steps = layerStacks(doc)[0].steps;
    assert.deepStrictEqual(steps.map((s) => [s.keyword, s.effect, s.layerNumber]), [
      ['FROM', 'base', undefined], ['WORKDIR', 'layer', 1], ['COPY', 'layer', 2], ['WORKDIR', 'metadata', undefined], ['RUN', 'layer', 3],
    ]);
    assert.ok(hover('FROM alpine\nWORKDIR /app\n', 1, 1).includes('디렉터리를 만드는 작은 레이어'));
  });

  it('finding 1: a changed CMD/LABEL invalidates nothing later under BuildKit', () => {
    const md = hover('FROM alpine\nLABEL a=b\nRUN true\n', 1, 1);
    assert.ok(md.includes('BuildKit에서는 이 줄을 바꿔도 뒤의 RUN·COPY가 캐시를 그대로 써요'), md);
    assert.ok(!md.includes('아래 단계는 캐시를 다시 쓰지 못해요'), md);
  });

  it('finding 3: RUN names ENV/ARG in its key, and bind-mounted files by checksum', () => {
    assert.ok(hover('FROM alpine\nRUN make\n', 1, 1).includes('ENV·ARG 값'));
    assert.ok(!hover('FROM alpine\nRUN make\n', 1, 1).includes('파일 내용은 보지 않아요'));
    const bind = hover('FROM alpine\nRUN --mount=type=bind,source=.,target=/src make\n', 1, 1);
    assert.ok(bind.includes('`--mount=type=bind`로 붙인 파일의 내용(체크섬)'), bind);
    assert.ok(hover('FROM alpine\nRUN --mount=target=/src make\n', 1, 1).includes('체크섬'), 'type= left out is a bind mount');
  });

  it('finding 17: a child stage counts only the layers this file made, plus the base image', () => {
    const md = hover('FROM alpine AS a\nRUN true\nFROM a\nRUN true\n', 2, 1);
    assert.ok(md.includes('이 파일이 만든 레이어 1개와 그 아래 베이스 이미지'), md);
  });

  it('finding 38: a relative WORKDIR resolves from `/` (or the base image\'s WORKDIR)', () => {
    const first = hover('FROM alpine\nWORKDIR app\nWORKDIR sub\n', 1, 1);
    assert.ok(first.includes('`/app` 경로가 돼요'), first);
    const second = hover('FROM alpine\nWORKDIR app\nWORKDIR sub\n', 2, 1);
    assert.ok(second.includes('`/app/sub`'), second);
    assert.ok(!second.includes('`app/sub`'), second);
  });
});
