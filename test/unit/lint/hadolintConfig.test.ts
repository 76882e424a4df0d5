import * as assert from 'assert';
import { translateHadolintConfig } from '../../../src/core/lint/config/hadolintConfig';
import { resolveConfigForFile, resolveExplicitConfig } from '../../../src/core/lint/config/resolveConfig';
import { effectiveRules } from '../../../src/core/lint/config/origin';
import { allRules } from '../../../src/core/lint/rules';
import { lintDocument } from '../../../src/core/lint/engine';
import { parseDocument } from '../../../src/core/documents/parsedDocument';

// `.hadolint.yaml` with hadolint's keys (Hadolint/Config/Configuration.hs, FromYAML of
// PartialConfiguration, hadolint/hadolint@6b30d652d5cd23a6b86c0eb2e1589101ea269f84).

const FILE = '/w/.hadolint.yaml';
const translate = (text: string) => translateHadolintConfig(text, FILE, allRules);

describe('hadolint config: translation into our rules', () => {
  it('ignored, override (style becomes info), trustedRegistries: settings with the line of the code', () => {
    const t = translate(['ignored:', '  - DL3059', '  - SC2086', 'override:', '  error:', '    - DL3002', '  style:', '    - DL3020', 'trustedRegistries:', '  - docker.io', '  - ghcr.io', ''].join('\n'));
    assert.deepStrictEqual(t.problems, []);
    assert.deepStrictEqual(t.rules, {
      'merge-consecutive-run': { severity: 'off', options: {} },
      'no-root-user': { severity: 'error', options: {} },
      'prefer-copy-over-add': { severity: 'info', options: {} },
      'trusted-registries': { severity: 'warning', options: { registries: ['docker.io', 'ghcr.io'] } },
    });
    assert.deepStrictEqual(t.origins['merge-consecutive-run'], { severity: { kind: 'hadolint', file: FILE, line: 1, detail: 'DL3059' } });
    assert.deepStrictEqual(t.origins['no-root-user'], { severity: { kind: 'hadolint', file: FILE, line: 5, detail: 'DL3002' } });
    assert.deepStrictEqual(t.notes.map((n) => [n.key, n.line]), [['SC2086', 2], ['override.style', 6]]);
    assert.match(t.notes[0].message.ko, /ShellCheck/);
  });

  it('trustedRegistries as one string, and overridden DL3026: both kept, each with its origin', () => {
    const t = translate('trustedRegistries: my.registry:5000\noverride:\n  error: [DL3026]\n');
    assert.deepStrictEqual(t.rules['trusted-registries'], { severity: 'error', options: { registries: ['my.registry:5000'] } });
    assert.deepStrictEqual(t.origins['trusted-registries'], { severity: { kind: 'hadolint', file: FILE, line: 2, detail: 'DL3026' }, options: { kind: 'hadolint', file: FILE, line: 0 } });
  });

  it('ignored wins over override; two codes of one rule at two levels: the more serious', () => {
    const t = translate('ignored: [DL3024]\noverride:\n  info: [DL3006]\n  error: [DL3007, DL3024]\n');
    assert.strictEqual(t.rules['unique-stage-name'].severity, 'off');
    assert.strictEqual(t.rules['require-image-tag'].severity, 'error');
  });

  it('keys without an equivalent are notes in Korean, never silent', () => {
    const t = translate('failure-threshold: warning\nlabel-schema:\n  author: text\nstrict-labels: true\ndisable-ignore-pragma: true\nno-fail: true\nformat: json\ncolour: 1\n');
    assert.deepStrictEqual(t.rules, {});
    assert.deepStrictEqual(t.problems, []);
    const byKey = new Map(t.notes.map((n) => [n.key, n.message.ko]));
    assert.match(byKey.get('failure-threshold') ?? '', /--max-warnings 0/);
    assert.match(byKey.get('label-schema') ?? '', /DL3048/);
    assert.match(byKey.get('strict-labels') ?? '', /해당하는 docker-explain 규칙이 없어요/);
    assert.match(byKey.get('disable-ignore-pragma') ?? '', /--no-inline-config/);
    assert.match(byKey.get('no-fail') ?? '', /옵션/);
    assert.match(byKey.get('colour') ?? '', /hadolint가 읽는 키가 아니어서/);
  });

  it('a code shared by a rule that covers more: a note names the other codes and the other file kinds', () => {
    const t = translate('ignored:\n  - DL3007\n');
    assert.strictEqual(t.rules['require-image-tag'].severity, 'off');
    const notes = t.notes.map((n) => n.message.ko).join('\n');
    assert.match(notes, /DL3006도 함께/);
    assert.match(notes, /compose/);
  });

  const broken: [string, string, RegExp, number][] = [
    ['YAML syntax (an unclosed flow list, reported where the text ends)', 'ignored: [DL3008\n', /YAML 문법이 잘못됐어요/, 1],
    ['not a map', '- DL3008\n', /맵이어야 해요/, 0],
    ['ignored as a string', 'ignored: DL3008\n', /규칙 코드 목록/, 0],
    ['a number in ignored', 'ignored:\n  - 3008\n', /규칙 코드 문자열/, 1],
    ['an unknown override level', 'override:\n  fatal: [DL3008]\n', /error, warning, info, style만/, 1],
    ['nested 300 levels', `ignored: ${'['.repeat(300)}`, /깊게 중첩/, 0],
    ['an alias', 'x: &a [DL3059]\nignored: *a\n', /별칭/, 1],
  ];
  for (const [name, text, message, line] of broken) {
    it(`broken: ${name} is a Korean problem at line ${line + 1}, and nothing throws`, () => {
      const t = translate(text);
      assert.ok(t.problems.length > 0);
      assert.match(t.problems[0].message.ko, message);
      assert.strictEqual(t.problems[0].range.start.line, line);
      assert.strictEqual(t.problems[0].file, FILE);
    });
  }

  it('a broken entry loses nothing else: the valid keys still apply', () => {
    const t = translate('override:\n  fatal: [DL3008]\n  error: [DL3002]\nignored: 7\n');
    assert.strictEqual(t.rules['no-root-user'].severity, 'error');
    assert.strictEqual(t.problems.length, 2);
  });

  it('an empty file, a BOM, a comment-only file: no settings and no problem', () => {
    for (const text of ['', '\ufeff', '# only a comment\n']) assert.deepStrictEqual(translate(text), { rules: {}, origins: {}, problems: [], notes: [] });
  });
});

describe('hadolint config: read when no .docker-explain.json applies', () => {
  const reader = (files: Record<string, string>) => (p: string) => files[p];
  const dockerfile = 'FROM ubuntu:22.04\nRUN echo a\nRUN echo b\nUSER root\n';

  it('a workspace with only .hadolint.yaml: the ignored rule is silent, another rule still reports', () => {
    const config = resolveConfigForFile('/w/app/Dockerfile', reader({ '/w/.hadolint.yaml': 'ignored:\n  - DL3059\n' }), { workspaceRoot: '/w' });
    assert.deepStrictEqual(config.files, ['/w/.hadolint.yaml']);
    const rules = lintDocument(parseDocument(dockerfile, 'dockerfile'), { config }).map((d) => d.rule);
    assert.ok(!rules.includes('merge-consecutive-run'), rules.join());
    assert.ok(rules.includes('no-root-user'), rules.join());
    const without = lintDocument(parseDocument(dockerfile, 'dockerfile'), {}).map((d) => d.rule);
    assert.ok(without.includes('merge-consecutive-run'), 'the fixture must trigger the rule without the config');
    const effective = effectiveRules(config, allRules).find((r) => r.id === 'merge-consecutive-run');
    assert.deepStrictEqual(effective?.origin, { kind: 'hadolint', file: '/w/.hadolint.yaml', line: 1, detail: 'DL3059' });
  });

  it('.hadolint.yml too; the nearest inside the workspace wins; .yaml before .yml in one folder', () => {
    const files = { '/w/.hadolint.yml': 'ignored: [DL3059]\n', '/w/app/.hadolint.yaml': 'ignored: [DL3002]\n', '/w/app/.hadolint.yml': 'ignored: [DL3003]\n' };
    assert.deepStrictEqual(resolveConfigForFile('/w/Dockerfile', reader(files), { workspaceRoot: '/w' }).files, ['/w/.hadolint.yml']);
    assert.deepStrictEqual(resolveConfigForFile('/w/app/x/Dockerfile', reader(files), { workspaceRoot: '/w' }).files, ['/w/app/.hadolint.yaml']);
  });

  it('a .docker-explain.json anywhere up the walk wins: .hadolint.yaml is not read', () => {
    const config = resolveConfigForFile('/w/app/Dockerfile', reader({ '/w/.hadolint.yaml': 'ignored: [DL3059]\n', '/w/.docker-explain.json': '{}' }), { workspaceRoot: '/w' });
    assert.deepStrictEqual(config.files, ['/w/.docker-explain.json']);
    assert.strictEqual(config.rules['merge-consecutive-run'], undefined);
  });

  it('never outside the workspace (hadolint also reads the home directory; we do not), and not without a workspace', () => {
    const files = { '/home/me/.hadolint.yaml': 'ignored: [DL3059]\n', '/.hadolint.yaml': 'ignored: [DL3059]\n' };
    const read: string[] = [];
    const spy = (p: string) => {
      read.push(p);
      return reader(files)(p);
    };
    assert.deepStrictEqual(resolveConfigForFile('/home/me/w/Dockerfile', spy, { workspaceRoot: '/home/me/w' }).files, []);
    assert.deepStrictEqual(resolveConfigForFile('/home/me/w/Dockerfile', spy).files, []);
    assert.ok(!read.some((p) => p.endsWith('.hadolint.yaml') && !p.startsWith('/home/me/w/')), read.join());
  });

  it('a broken .hadolint.yaml: a Korean problem on that file and the defaults apply', () => {
    const config = resolveConfigForFile('/w/Dockerfile', reader({ '/w/.hadolint.yaml': 'ignored: [DL3059\n' }), { workspaceRoot: '/w' });
    assert.strictEqual(config.problems.length, 1);
    assert.strictEqual(config.problems[0].file, '/w/.hadolint.yaml');
    assert.deepStrictEqual(config.rules, {});
  });

  it('--config .hadolint.yaml reads it as hadolint config', () => {
    const config = resolveExplicitConfig('/w/.hadolint.yaml', reader({ '/w/.hadolint.yaml': 'override:\n  error: [DL3002]\n' }));
    assert.strictEqual(config.rules['no-root-user'].severity, 'error');
  });
});
