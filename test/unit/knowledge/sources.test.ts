import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { sourceLabel, sourceProblem } from '../../../src/core/knowledge/sources';
import { allTopics } from '../../../src/core/knowledge';
import { allConcepts } from '../../../src/core/knowledge/concepts';
import { allRules } from '../../../src/core/lint/rules';
import { renderHover } from '../../../src/core/explain/hover';
import type { Topic } from '../../../src/core/knowledge/types';
import { repoRoot } from '../../helpers/paths';

// A fact is only as good as the place it can be checked: a docs.docker.com section (page and
// anchor) or the code that runs, at a tag that does not move.
describe('sources: the shape of a source URL', () => {
  const rows: [string, boolean][] = [
    ['https://docs.docker.com/reference/dockerfile/#workdir', true],
    ['https://docs.docker.com/reference/compose-file/services/#ports', true],
    ['https://docs.docker.com/reference/dockerfile/', false], // no anchor: which sentence?
    ['https://docs.docker.com/#intro', false], // the home page
    ['http://docs.docker.com/reference/dockerfile/#workdir', false], // not https
    ['https://docs.docker.jp/compose/reference/down.html#x', false], // a translation, not Docker's docs
    ['https://github.com/moby/buildkit/blob/v0.23.2/frontend/dockerfile/dockerfile2llb/convert.go', true],
    ['https://github.com/moby/moby/blob/docker-v29.0.0/daemon/container.go', true],
    ['https://github.com/docker/compose/blob/v2.39.1/pkg/compose/down.go#L120', true],
    ['https://github.com/compose-spec/compose-go/blob/v2.8.1/loader/loader.go', true],
    ['https://github.com/docker/cli/blob/0123456789abcdef0123456789abcdef01234567/cli/command/container/opts.go', true],
    ['https://github.com/moby/buildkit/blob/master/frontend/dockerfile/dockerfile2llb/convert.go', false], // a branch moves
    ['https://github.com/moby/buildkit/blob/v0.23.2', false], // no file
    ['https://github.com/hadolint/hadolint/blob/v2.12.0/src/Hadolint/Rule/DL3008.hs', false], // a peer linter is evidence, not the oracle
    // The tools a RUN line runs, each at a tag in its own spelling.
    ['https://github.com/shadow-maint/shadow/blob/4.13/src/useradd.c', true],
    ['https://github.com/golang/go/blob/go1.23.0/src/cmd/go/internal/work/build.go', true],
    ['https://github.com/rpm-software-management/dnf/blob/4.24.0/dnf/cli/output.py', true],
    ['https://github.com/yarnpkg/yarn/blob/v1.22.22/src/package-linker.js', true],
    ['https://github.com/rpm-software-management/dnf/blob/master/dnf/cli/output.py', false], // a branch moves
    ['https://github.com/golang/go/blob/master/src/time/zoneinfo_unix.go', false],
    ['https://github.com/shadow-maint/shadow/commit/ebf9b232', false], // a commit page, not a file
    // The official images' build file (what FROM pulls), at a commit: the repository has no tags.
    ['https://github.com/docker-library/official-images/blob/37079fb336f572a88700cf32e5e1f6be54a04e8f/library/node', true],
    ['https://github.com/docker-library/official-images/blob/master/library/node', false],
    ['https://go.dev/ref/mod#go-install', true],
    ['https://go.dev/ref/mod', false], // no anchor
    ['https://stackoverflow.com/q/1#a', false],
    ['not a url', false],
  ];
  for (const [url, ok] of rows) {
    it(`${ok ? 'accepts' : 'rejects'} ${url}`, () => {
      const problem = sourceProblem(url);
      assert.strictEqual(problem === null, ok, problem ?? 'accepted');
    });
  }
  it('labels a link by the docs or the repository', () => {
    assert.strictEqual(sourceLabel('https://docs.docker.com/reference/dockerfile/#workdir', 'Docker 문서'), 'Docker 문서');
    assert.strictEqual(sourceLabel('https://github.com/moby/buildkit/blob/v0.23.2/a.go'), 'moby/buildkit');
  });
});

// Every record names at least one source: a new topic, concept page or rule without one fails
// here with its id, so a claim never ships without the place it can be checked.
describe('sources: every record, concept page, rule and rule doc has well-formed sources', () => {
  const check = (where: string, sources: readonly string[] | undefined) => {
    assert.ok(sources && sources.length > 0, `${where}: no sources (add \`sources: [...]\`, see src/core/knowledge/sources.ts)`);
    assert.strictEqual(new Set(sources).size, sources.length, `${where}: a source is listed twice`);
    for (const url of sources) {
      const problem = sourceProblem(url);
      assert.strictEqual(problem, null, `${where}: ${url}: ${problem}`);
    }
  };
  it('knowledge topics', () => allTopics().forEach((t) => check(t.id, t.sources)));
  it('concept pages', () => allConcepts().forEach((c) => check(c.id, c.sources)));
  it('lint rules, and each rule doc lists its rule\'s sources under "근거"', () => {
    for (const rule of allRules) {
      check(rule.meta.id, rule.meta.sources);
      const doc = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
      const section = /^## 근거\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(doc)?.[1] ?? '';
      assert.ok(section.trim(), `docs/rules/${rule.meta.id}.md: no "## 근거" section`);
      for (const url of rule.meta.sources ?? []) assert.ok(section.includes(url), `docs/rules/${rule.meta.id}.md: "## 근거" does not list ${url}`);
    }
  });
});

describe('sources: surfaces show them', () => {
  const topic: Topic = {
    id: 'test.workdir',
    title: { ko: 'WORKDIR', en: 'WORKDIR' },
    summary: { ko: '작업 디렉터리를 정해요.', en: 'Sets the working directory.' },
    docs: 'https://docs.docker.com/reference/dockerfile/#workdir',
    sources: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://github.com/moby/buildkit/blob/v0.23.2/frontend/dockerfile/dockerfile2llb/convert.go'],
  };
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } };
  it('a hover ends with a short "근거" link per source and returns the URLs', () => {
    const hover = renderHover({ topic }, range, { language: 'ko' });
    assert.deepStrictEqual(hover.sources, topic.sources);
    const last = hover.markdown.split('\n').pop() ?? '';
    assert.strictEqual(last, `근거: [Docker 문서](${topic.sources![0]}), [moby/buildkit](${topic.sources![1]})`);
  });
  it('a hover keeps the "Docker 문서" link when the docs page is not among the sources', () => {
    const hover = renderHover({ topic: { ...topic, docs: 'https://docs.docker.com/build/cache/' } }, range, { language: 'en' });
    assert.match(hover.markdown, /\[Docker docs\]\(https:\/\/docs\.docker\.com\/build\/cache\/\) · Source: \[Docker docs\]/);
  });
});
