import * as assert from 'assert';
import { AnalysisService } from '../../../src/worker/service';
import { allRules } from '../../../src/core/lint/rules';

// The panel's rules tab asks the worker for every rule as one file sees it under its team
// config: severity after presets, `extends` and the nearest file, who set it, and whether the
// config's `ignore` leaves the file out.

const FILES: Record<string, string> = {
  '/w/.docker-explain.json': '{\n  "extends": ["docker-explain:strict"],\n  "rules": {\n    "no-privileged": "off"\n  },\n  "ignore": ["vendor/**"]\n}\n',
  '/w/app/.docker-explain.json': '{\n  // the app team\n  "rules": { "require-image-tag": "info" }\n}\n',
};

function overview(path?: string, files = FILES) {
  const s = new AnalysisService((p) => files[p]);
  const answer = s.handle('rulesOverview', { path, workspaceRoot: '/w' });
  return { answer, byId: new Map(answer.rules.map((r) => [r.id, r])) };
}

describe('worker: the rules overview (panel rules tab)', () => {
  it('lists every rule once, in the order of the rules', () => {
    const { answer } = overview('/w/app/compose.yaml');
    assert.deepStrictEqual(answer.rules.map((r) => r.id), allRules.map((r) => r.meta.id));
  });

  const table: { path: string; rule: string; severity: string; origin: object }[] = [
    // the nearest file's entry, at its line
    { path: '/w/app/compose.yaml', rule: 'require-image-tag', severity: 'info', origin: { kind: 'file', file: '/w/app/.docker-explain.json', line: 2 } },
    // turned off in the farther file
    { path: '/w/app/compose.yaml', rule: 'no-privileged', severity: 'off', origin: { kind: 'file', file: '/w/.docker-explain.json', line: 3 } },
    // set by the preset only: a warning by default, an error under strict, from the extends line
    { path: '/w/Dockerfile', rule: 'require-image-tag', severity: 'error', origin: { kind: 'preset', file: '/w/.docker-explain.json', line: 1, detail: 'docker-explain:strict' } },
  ];
  for (const row of table) {
    it(`${row.rule} for ${row.path}: ${row.severity}`, () => {
      const rule = overview(row.path).byId.get(row.rule);
      assert.ok(rule);
      assert.strictEqual(rule.severity, row.severity);
      assert.deepStrictEqual(rule.origin, row.origin);
    });
  }

  it('no config: every rule at its default severity, origin "default", no files', () => {
    const { answer } = overview('/w/Dockerfile', {});
    assert.deepStrictEqual(answer.files, []);
    for (const r of answer.rules) {
      assert.strictEqual(r.severity, allRules.find((x) => x.meta.id === r.id)?.meta.severity, r.id);
      assert.deepStrictEqual(r.origin, { kind: 'default' });
    }
  });

  it('says which files apply (nearest first) and whether ignore leaves the file out', () => {
    assert.deepStrictEqual(overview('/w/app/compose.yaml').answer.files, ['/w/app/.docker-explain.json', '/w/.docker-explain.json']);
    assert.strictEqual(overview('/w/app/compose.yaml').answer.ignored, false);
    assert.strictEqual(overview('/w/vendor/x/Dockerfile').answer.ignored, true);
  });

  it('follows an edited config once the host says so (invalidateConfigs)', () => {
    const files = { ...FILES };
    const s = new AnalysisService((p) => files[p]);
    const severity = () => s.handle('rulesOverview', { path: '/w/Dockerfile', workspaceRoot: '/w' }).rules.find((r) => r.id === 'no-privileged')?.severity;
    assert.strictEqual(severity(), 'off');
    files['/w/.docker-explain.json'] = '{ "rules": { "no-privileged": "warning" } }';
    s.handle('invalidateConfigs', {});
    assert.strictEqual(severity(), 'warning');
  });
});
