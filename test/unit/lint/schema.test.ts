import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import { buildConfigSchema } from '../../../src/core/lint/config/schema';
import { allRules } from '../../../src/core/lint/rules';
import { repoRoot } from '../../helpers/paths';

const schemaFile = path.join(repoRoot, 'schemas', 'docker-explain.schema.json');

describe('config schema (schemas/docker-explain.schema.json)', () => {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

  it('is current: generated from the rules (run `node scripts/gen-schema.mjs` or `npm run build` after adding a rule)', () => {
    assert.deepStrictEqual(schema, JSON.parse(JSON.stringify(buildConfigSchema(allRules))));
  });

  it('completes every rule id', () => {
    const rules = (schema.properties as { rules: { properties: Record<string, unknown> } }).rules.properties;
    assert.deepStrictEqual(Object.keys(rules).sort(), allRules.map((r) => r.meta.id).sort());
  });

  it('accepts the configs in the fixtures and the documented forms', () => {
    for (const file of ['team/.docker-explain.json', 'team/config/base.json', 'team/services/api/.docker-explain.json']) {
      const value = parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'lint', file), 'utf8')) as unknown;
      assert.ok(validate(value), `${file}: ${JSON.stringify(validate.errors)}`);
    }
    assert.ok(validate({ extends: 'docker-explain:learner', rules: { 'no-privileged': ['warning', {}] }, language: 'en' }), JSON.stringify(validate.errors));
  });

  it('rejects unknown rules, severities, keys and presets', () => {
    for (const bad of [{ rules: { 'no-such-rule': 'off' } }, { rules: { 'no-privileged': 'loud' } }, { colour: 1 }, { extends: 'docker-explain:lenient' }, { language: 'jp' }]) {
      assert.strictEqual(validate(bad), false, JSON.stringify(bad));
    }
  });
});
