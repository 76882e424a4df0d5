import * as assert from 'assert';
import { parseConfigText } from '../../../src/core/lint/config/parseConfig';
import { discoverConfigFiles, isFileIgnored, resolveConfigForFile, resolveExplicitConfig } from '../../../src/core/lint/config/resolveConfig';
import { presetRules } from '../../../src/core/lint/config/presets';
import { GlobMatcher } from '../../../src/core/lint/config/glob';
import { dirname, isInside, joinPath, normalizePath } from '../../../src/core/lint/config/paths';
import { allRules } from '../../../src/core/lint/rules';

/** An in-memory workspace: the core takes a reader, so tests need no disk. */
function reader(files: Record<string, string>) {
  return (p: string) => files[p];
}
const ids = new Set(allRules.map((r) => r.meta.id));

describe('team config: parsing .docker-explain.json', () => {
  it('reads JSONC: comments, trailing commas, severities and [severity, options]', () => {
    const { data, problems } = parseConfigText('{\n  // team\n  "root": true,\n  "language": "en",\n  "extends": "docker-explain:strict",\n  "rules": { "no-privileged": "off", "require-image-tag": ["error", {}], },\n  "ignore": ["vendor/**"],\n}\n', '/w/.docker-explain.json', ids);
    assert.deepStrictEqual(problems, []);
    assert.ok(data);
    assert.strictEqual(data.root, true);
    assert.strictEqual(data.language, 'en');
    assert.deepStrictEqual(data.extends.map((e) => [e.value, e.range.start.line, e.range.start.character]), [['docker-explain:strict', 4, 13]]);
    assert.deepStrictEqual(data.rules, { 'no-privileged': { severity: 'off' }, 'require-image-tag': { severity: 'error', options: {} } });
    assert.deepStrictEqual(data.ignore, ['vendor/**']);
  });

  it('a JSON syntax error: Korean message at the exact place, and the file contributes nothing', () => {
    const { data, problems } = parseConfigText('{\n  "rules": {\n    "no-privileged": "off"\n    "yaml-syntax": "error"\n  }\n}\n', '/w/.docker-explain.json', ids);
    assert.strictEqual(data, undefined);
    assert.deepStrictEqual(problems.map((p) => [p.range.start.line, p.range.start.character, p.severity]), [[3, 4, 'error']]);
    assert.match(problems[0].message.ko, /‘,’가 와야 해요/);
    assert.match(problems[0].message.ko, /기본 규칙으로 검사해요/);
  });

  it('bad entries are reported where they are written and skipped on their own', () => {
    const { data, problems } = parseConfigText('{"rules": {"no-such-rule": "off", "no-privileged": "loud"}, "language": "jp", "colour": 1}', '/w/c.json', ids);
    assert.ok(data);
    assert.deepStrictEqual(data.rules, {});
    assert.deepStrictEqual(
      problems.map((p) => [p.range.start.character, p.severity]),
      [
        [11, 'warning'], // "no-such-rule"
        [51, 'error'], // "loud"
        [72, 'error'], // "jp"
        [78, 'warning'], // "colour"
      ],
    );
    assert.match(problems[0].message.ko, /규칙 ‘no-such-rule’은 없어요/);
  });
});

describe('team config: presets', () => {
  it('recommended keeps each rule severity; strict raises; learner shows every lesson as a warning', () => {
    const rec = presetRules('docker-explain:recommended', allRules);
    const strict = presetRules('docker-explain:strict', allRules);
    const learner = presetRules('docker-explain:learner', allRules);
    assert.strictEqual(rec['require-image-tag'].severity, 'warning');
    assert.strictEqual(strict['require-image-tag'].severity, 'error');
    assert.strictEqual(learner['require-image-tag'].severity, 'warning');
    assert.strictEqual(learner['yaml-syntax'].severity, 'error');
    for (const rule of allRules) {
      if (rule.meta.severity === 'info') {
        assert.strictEqual(strict[rule.meta.id].severity, 'warning');
        assert.strictEqual(learner[rule.meta.id].severity, 'warning');
      }
    }
  });
});

describe('team config: resolution', () => {
  it('nearest file wins, merged over its parents; `root` stops the walk', () => {
    const files = {
      '/.docker-explain.json': '{"rules": {"yaml-syntax": "off"}}',
      '/w/.docker-explain.json': '{"root": true, "rules": {"no-privileged": "error", "require-image-tag": "off"}, "language": "en"}',
      '/w/svc/.docker-explain.json': '{"rules": {"require-image-tag": "warning"}}',
    };
    assert.deepStrictEqual(discoverConfigFiles('/w/svc/api/compose.yaml', reader(files)), ['/w/svc/.docker-explain.json', '/w/.docker-explain.json']);
    const config = resolveConfigForFile('/w/svc/api/compose.yaml', reader(files));
    assert.deepStrictEqual(config.rules, {
      'no-privileged': { severity: 'error', options: {} },
      'require-image-tag': { severity: 'warning', options: {} },
    });
    assert.strictEqual(config.language, 'en');
    assert.deepStrictEqual(config.problems, []);
  });

  it('discovery stops at the workspace folder', () => {
    const files = { '/.docker-explain.json': '{}', '/w/a/.docker-explain.json': '{}' };
    assert.deepStrictEqual(discoverConfigFiles('/w/a/b/Dockerfile', reader(files), '/w'), ['/w/a/.docker-explain.json']);
  });

  it('extends: presets then relative files in order, own rules last; options kept when only severity changes', () => {
    const files = {
      '/w/.docker-explain.json': '{"extends": ["docker-explain:strict", "./config/base.json"], "rules": {"no-privileged": "info"}}',
      '/w/config/base.json': '{"extends": "../shared/more.json", "rules": {"no-privileged": ["warning", {"allow": ["dind"]}]}}',
      '/w/shared/more.json': '{"rules": {"yaml-syntax": "off"}, "ignore": ["legacy/**"]}',
    };
    const config = resolveConfigForFile('/w/compose.yaml', reader(files), { workspaceRoot: '/w' });
    assert.deepStrictEqual(config.problems, []);
    assert.deepStrictEqual(config.rules['no-privileged'], { severity: 'info', options: { allow: ['dind'] } });
    assert.strictEqual(config.rules['yaml-syntax'].severity, 'off');
    assert.strictEqual(config.rules['require-image-tag'].severity, 'error'); // from strict
    assert.ok(isFileIgnored(config, '/w/shared/legacy/x/compose.yaml'), 'ignore globs are relative to the file that wrote them');
    assert.ok(!isFileIgnored(config, '/w/legacy/compose.yaml'));
    assert.deepStrictEqual([...config.files].sort(), ['/w/.docker-explain.json', '/w/config/base.json', '/w/shared/more.json']);
  });

  it('extends: a cycle, a path outside the workspace, an absolute path, a missing file, an unknown preset — each reported at its string', () => {
    const files = {
      '/w/.docker-explain.json': '{"extends": ["./a.json", "../outside.json", "/etc/x.json", "./missing.json", "docker-explain:lenient"]}',
      '/w/a.json': '{"extends": "./b.json"}',
      '/w/b.json': '{"extends": "./a.json", "rules": {"no-privileged": "off"}}',
      '/outside.json': '{"rules": {"yaml-syntax": "off"}}',
    };
    const config = resolveConfigForFile('/w/compose.yaml', reader(files), { workspaceRoot: '/w' });
    assert.deepStrictEqual(
      config.problems.map((p) => [p.file, p.range.start.character, p.severity]),
      [
        ['/w/b.json', 12, 'error'],
        ['/w/.docker-explain.json', 25, 'error'],
        ['/w/.docker-explain.json', 44, 'error'],
        ['/w/.docker-explain.json', 59, 'error'],
        ['/w/.docker-explain.json', 77, 'error'],
      ],
    );
    assert.match(config.problems[0].message.ko, /순환해요/);
    assert.match(config.problems[1].message.ko, /작업 영역/);
    assert.strictEqual(config.rules['no-privileged'].severity, 'off', 'the rest of the chain still applies');
    assert.strictEqual(config.rules['yaml-syntax'], undefined, 'nothing is read from outside the workspace');
  });

  it('a broken nearest file: its problem is reported, parents and defaults still apply', () => {
    const files = { '/w/.docker-explain.json': '{"rules": {"no-privileged": "off"}}', '/w/sub/.docker-explain.json': '{"root": true,,}' };
    const config = resolveConfigForFile('/w/sub/compose.yaml', reader(files), { workspaceRoot: '/w' });
    assert.ok(config.problems.length >= 1);
    assert.deepStrictEqual([...new Set(config.problems.map((p) => [p.file, p.range.start.line, p.range.start.character].join(':')))], ['/w/sub/.docker-explain.json:0:14']);
    assert.strictEqual(config.rules['no-privileged'].severity, 'off');
  });

  it('--config FILE: only that file and its extends', () => {
    const files = { '/w/ci.json': '{"extends": "docker-explain:strict"}', '/w/.docker-explain.json': '{"rules": {"yaml-syntax": "off"}}' };
    const config = resolveExplicitConfig('/w/ci.json', reader(files));
    assert.strictEqual(config.rules['yaml-syntax'].severity, 'error');
    assert.match(resolveExplicitConfig('/w/nope.json', reader(files)).problems[0].message.ko, /읽을 수 없어요/);
  });
});

describe('team config: ignore globs and path helpers', () => {
  const cases: [string, string, boolean][] = [
    ['vendor/**', 'vendor/a/Dockerfile', true],
    ['vendor/**', 'src/vendor/Dockerfile', false],
    ['vendor', 'src/vendor/Dockerfile', true],
    ['*.legacy.yaml', 'a/b/compose.legacy.yaml', true],
    ['/compose.yaml', 'sub/compose.yaml', false],
    ['**/Dockerfile.{dev,test}', 'x/Dockerfile.dev', true],
    ['Dockerfile.?', 'Dockerfile.ab', false],
  ];
  for (const [glob, path, expected] of cases) it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.strictEqual(new GlobMatcher(glob).matches(path), expected));

  it('`!pattern` takes a file back', () => {
    const config = resolveConfigForFile('/w/x', reader({ '/w/.docker-explain.json': '{"ignore": ["examples/**", "!examples/keep/**"]}' }));
    assert.ok(isFileIgnored(config, '/w/examples/a/compose.yaml'));
    assert.ok(!isFileIgnored(config, '/w/examples/keep/compose.yaml'));
  });

  it('paths: Windows separators, `..`, containment', () => {
    assert.strictEqual(normalizePath('C:\\w\\a\\..\\b'), 'C:/w/b');
    assert.strictEqual(dirname('/w/a/b.json'), '/w/a');
    assert.strictEqual(joinPath('/w/a', '../b/./c.json'), '/w/b/c.json');
    assert.ok(isInside('/w/a/b', '/w'));
    assert.ok(!isInside('/wx/a', '/w'));
  });
});
