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

// Every DL rule of hadolint v2.15.1: its README's table, and DL3065 (src/Hadolint/Rule/DL3065.hs,
// registered in Process.hs but missing from the README). DL3005, DL3017, DL3031 and DL3039 were deleted upstream.
const HADOLINT_RULES = [
  'DL1001', 'DL3000', 'DL3001', 'DL3002', 'DL3003', 'DL3004', 'DL3006', 'DL3007', 'DL3008', 'DL3009', 'DL3010', 'DL3011', 'DL3012', 'DL3013', 'DL3014', 'DL3015', 'DL3016', 'DL3018', 'DL3019', 'DL3020', 'DL3021', 'DL3022', 'DL3023', 'DL3024', 'DL3025', 'DL3026', 'DL3027', 'DL3028', 'DL3029', 'DL3030', 'DL3032', 'DL3033', 'DL3034', 'DL3035', 'DL3036', 'DL3037', 'DL3038', 'DL3040', 'DL3041', 'DL3042', 'DL3043', 'DL3044', 'DL3045', 'DL3046', 'DL3047', 'DL3048', 'DL3049', 'DL3050', 'DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3057', 'DL3058', 'DL3059', 'DL3060', 'DL3061', 'DL3062', 'DL3063', 'DL3064', 'DL3065', 'DL3066', 'DL3067', 'DL4000', 'DL4001', 'DL4003', 'DL4004', 'DL4005', 'DL4006',
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

  it('has a row for every DL rule of hadolint v2.15.1, naming a rule or saying why not', () => {
    for (const id of HADOLINT_RULES) {
      const row = rows.find((r) => (r[1] ?? '').split(/,\s*/).includes(id));
      assert.ok(row, `no row for ${id}`);
      assert.ok(/^(?:`[a-z0-9-]+`|없음)/.test(row[2]), `${id}: the row should name a rule or start with 없음`);
    }
  });
});
