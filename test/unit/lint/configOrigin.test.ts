import * as assert from 'assert';
import { resolveConfigForFile, resolveExplicitConfig } from '../../../src/core/lint/config/resolveConfig';
import { effectiveRules } from '../../../src/core/lint/config/origin';
import { allRules } from '../../../src/core/lint/rules';

// Which file (and line) set each effective value: the resolver records it, `--print-config` and
// the panel's rules tab show it.

function reader(files: Record<string, string>) {
  return (p: string) => files[p];
}
const byId = (config: Parameters<typeof effectiveRules>[0]) => new Map(effectiveRules(config, allRules).map((r) => [r.id, r]));

describe('team config: the origin of each effective setting', () => {
  const files = {
    '/w/.docker-explain.json': '{\n  "extends": ["docker-explain:strict"],\n  "rules": {\n    "trusted-registries": ["error", { "registries": ["ghcr.io"] }],\n    "no-privileged": "off"\n  },\n  "language": "en",\n  "ignore": ["vendor/**"]\n}\n',
    '/w/app/.docker-explain.json': '{\n  // the app team\n  "rules": { "no-privileged": "warning" }\n}\n',
    '/w/svc/.docker-explain.json': '{\n  "extends": "./base.json"\n}\n',
    '/w/svc/base.json': '{\n  "rules": {\n    "require-image-tag": "info"\n  }\n}\n',
    '/w/lone/.docker-explain.json': '{ "root": true,\n  "rules": { "trusted-registries": "warning" } }\n',
  };

  const table: { file: string; rule: string; severity: string; origin: object; optionsOrigin?: object }[] = [
    // the nearest file's entry wins, with its line
    { file: '/w/app/Dockerfile', rule: 'no-privileged', severity: 'warning', origin: { kind: 'file', file: '/w/app/.docker-explain.json', line: 2 } },
    // set by the farther file, at its line
    { file: '/w/app/Dockerfile', rule: 'trusted-registries', severity: 'error', origin: { kind: 'file', file: '/w/.docker-explain.json', line: 3 } },
    // only the preset named in `extends` set it: the preset, at the `extends` line
    { file: '/w/app/Dockerfile', rule: 'require-image-tag', severity: 'error', origin: { kind: 'preset', file: '/w/.docker-explain.json', line: 1, detail: 'docker-explain:strict' } },
    // an extended file's entry keeps its own file and line
    { file: '/w/svc/Dockerfile', rule: 'require-image-tag', severity: 'info', origin: { kind: 'file', file: '/w/svc/base.json', line: 2 } },
    // a severity without options keeps options set elsewhere, and says where they were set
    { file: '/w/lone/Dockerfile', rule: 'trusted-registries', severity: 'warning', origin: { kind: 'file', file: '/w/lone/.docker-explain.json', line: 1 } },
  ];
  for (const row of table) {
    it(`${row.rule} for ${row.file}: ${row.severity} from ${JSON.stringify(row.origin)}`, () => {
      const config = resolveConfigForFile(row.file, reader(files), { workspaceRoot: '/w' });
      const rule = byId(config).get(row.rule);
      assert.ok(rule);
      assert.strictEqual(rule.severity, row.severity);
      assert.deepStrictEqual(rule.origin, row.origin);
    });
  }

  it('a rule nobody configured: its own default severity, origin "default"', () => {
    const config = resolveConfigForFile('/x/Dockerfile', reader({}), { workspaceRoot: '/x' });
    const rule = byId(config).get('require-image-tag');
    assert.deepStrictEqual(rule, { id: 'require-image-tag', severity: allRules.find((r) => r.meta.id === 'require-image-tag')?.meta.severity, options: {}, origin: { kind: 'default' } });
  });

  it('options written in another file than the severity: both origins', () => {
    const config = resolveConfigForFile('/w/sub/Dockerfile', reader({ ...files, '/w/sub/.docker-explain.json': '{\n  "extends": "../base2.json",\n  "rules": {\n    "trusted-registries": "warning"\n  }\n}', '/w/base2.json': '{"root": true, "rules": {\n"trusted-registries": ["error", {"registries": ["docker.io"]}]}}' }), { workspaceRoot: '/w' });
    const rule = byId(config).get('trusted-registries');
    assert.ok(rule);
    assert.strictEqual(rule.severity, 'warning');
    assert.deepStrictEqual(rule.options, { registries: ['docker.io'] });
    assert.deepStrictEqual(rule.origin, { kind: 'file', file: '/w/sub/.docker-explain.json', line: 3 });
    assert.deepStrictEqual(rule.optionsOrigin, { kind: 'file', file: '/w/base2.json', line: 1 });
  });

  it('a nearer file that writes only a severity keeps the options a farther file wrote (like ESLint), with their origin', () => {
    const config = resolveConfigForFile('/w/app/Dockerfile', reader({ ...files, '/w/app/.docker-explain.json': '{\n  "rules": { "trusted-registries": "warning" }\n}\n' }), { workspaceRoot: '/w' });
    const rule = byId(config).get('trusted-registries');
    assert.deepStrictEqual([rule?.severity, rule?.options], ['warning', { registries: ['ghcr.io'] }]);
    assert.deepStrictEqual(rule?.origin, { kind: 'file', file: '/w/app/.docker-explain.json', line: 1 });
    assert.deepStrictEqual(rule?.optionsOrigin, { kind: 'file', file: '/w/.docker-explain.json', line: 3 });
  });

  it('language, compose and ignore patterns carry their file and line', () => {
    const config = resolveExplicitConfig('/w/.docker-explain.json', reader(files));
    assert.deepStrictEqual(config.languageOrigin, { kind: 'file', file: '/w/.docker-explain.json', line: 6 });
    assert.deepStrictEqual(config.ignore.map((p) => [p.pattern, p.origin]), [['vendor/**', { file: '/w/.docker-explain.json', line: 7 }]]);
    const withCompose = resolveExplicitConfig('/c/.docker-explain.json', reader({ '/c/.docker-explain.json': '{\n\n  "compose": {"files": [["compose.yaml"]]}\n}' }));
    assert.deepStrictEqual(withCompose.composeOrigin, { kind: 'file', file: '/c/.docker-explain.json', line: 2 });
  });
});
