import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/lint/rules';
import { repoRoot } from '../../helpers/paths';

// docs/rules/README.md answers "which of our rules is BuildKit's X / hadolint's DLxxxx": every
// build check of BuildKit v0.32.2 (linter/ruleset.go) has a row, a row that names a rule names
// the one whose equivalents say so, and every hadolint id in an equivalents list has a row.

const BUILDKIT_CHECKS = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName',
  'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath',
  'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'InvalidBaseImagePlatform',
  'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile', 'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
];

describe('docs/rules/README.md: the BuildKit and hadolint tables', () => {
  const text = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'README.md'), 'utf8');
  const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---')).map((l) => l.split('|').map((c) => c.trim()));

  it('has one row per BuildKit check, naming the rule whose equivalents.buildkit is that check, or saying why not', () => {
    for (const check of BUILDKIT_CHECKS) {
      const row = rows.find((r) => r[1] === check);
      assert.ok(row, `no row for ${check}`);
      const rule = allRules.find((r) => r.meta.equivalents?.buildkit === check);
      if (rule) assert.ok(row[2].startsWith(`\`${rule.meta.id}\``), `${check}: the row should name ${rule.meta.id}`);
      else assert.ok(row[2].startsWith('없음:'), `${check}: no rule has it, so the row says why (없음: …)`);
    }
  });

  it('lists every hadolint id a rule answers to', () => {
    const listed = new Set(rows.flatMap((r) => (r[1] ?? '').split(/,\s*/)));
    for (const rule of allRules) for (const id of rule.meta.equivalents?.hadolint ?? []) assert.ok(listed.has(id), `${id} (${rule.meta.id}) is not in the hadolint table`);
  });
});
