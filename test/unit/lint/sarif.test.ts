import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import { allRules } from '../../../src/core/lint/rules';
import { repoRoot } from '../../helpers/paths';

const cli = path.join(repoRoot, 'dist', 'cli.js');
// The SARIF 2.1.0 JSON Schema as published by OASIS, shipped in a dev dependency.
const schemaPath = path.join(repoRoot, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[];
  }[];
}

describe('CLI: --format sarif', function () {
  let log: SarifLog;
  let code: number | null;
  before(function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
    const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'sarif', 'test/fixtures/foundation/compose.yaml'], { cwd: repoRoot, encoding: 'utf8' });
    code = r.status;
    log = JSON.parse(r.stdout) as SarifLog;
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, logger: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.strictEqual(log.version, '2.1.0');
  });

  it('carries every rule with metadata, results point into it, exit code as for other formats', () => {
    const driver = log.runs[0].tool.driver;
    assert.strictEqual(driver.name, 'docker-explain');
    assert.deepStrictEqual(driver.rules.map((r) => r.id), allRules.map((r) => r.meta.id));
    const yaml = driver.rules.find((r) => r.id === 'yaml-syntax');
    assert.deepStrictEqual(yaml && [yaml.shortDescription.text, yaml.defaultConfiguration.level], ['Compose 파일은 올바른 YAML이어야 하고 키가 겹치면 안 돼요', 'error']);
    const results = log.runs[0].results;
    const dup = results.find((r) => r.ruleId === 'no-duplicate-host-port');
    assert.ok(dup);
    assert.strictEqual(driver.rules[dup.ruleIndex].id, 'no-duplicate-host-port');
    assert.strictEqual(dup.level, 'error');
    assert.deepStrictEqual(dup.locations[0].physicalLocation.artifactLocation, { uri: 'test/fixtures/foundation/compose.yaml', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(dup.locations[0].physicalLocation.region, { startLine: 11, startColumn: 9, endLine: 11, endColumn: 20 });
    assert.strictEqual(code, 1);
  });
});
