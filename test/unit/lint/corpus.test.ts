import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileKindOf } from '../../../src/core/documents/fileKind';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { composeRules } from '../../../src/core/lint/rules/composeRules';
import { corpusRoot, listFiles } from '../../helpers/paths';

// What the Compose rules (and require-image-tag, which also reads Dockerfiles) say about the
// shared corpus of public files. Every hit below was read and judged a true positive (see the
// lint issue's note); a change in these numbers means a rule started or stopped firing on real
// files, and must be judged again before the expectation is updated.
const EXPECTED: Record<string, number> = {
  'require-image-tag': 30, // 21 Compose images (16 without a tag, 5 `:latest`), 2 Dockerfile `FROM …:latest`, 7 Dockerfile `FROM node:lts…` (a channel tag)
  'no-obsolete-version': 3,
  'no-docker-socket-mount': 2, // portainer, traefik: real socket mounts (the tools need them; the warning says so)
};

describe('Compose rules on the shared corpus', function () {
  this.timeout(60_000);
  it('fire exactly where they were judged true positives, and never as errors', () => {
    const counts: Record<string, number> = {};
    for (const file of listFiles(corpusRoot)) {
      const kind = fileKindOf(file);
      if (kind !== 'compose' && kind !== 'dockerfile') continue;
      for (const d of lintDocument(parseDocument(fs.readFileSync(file, 'utf8'), kind), { rules: composeRules })) {
        counts[d.rule] = (counts[d.rule] ?? 0) + 1;
        assert.notStrictEqual(d.severity, 'error', `${path.relative(corpusRoot, file)}:${d.range.start.line + 1}: ${d.rule}: ${d.message}`);
      }
    }
    assert.deepStrictEqual(counts, EXPECTED);
  });
});
