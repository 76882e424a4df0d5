import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/lint/rules';
import { allConcepts } from '../../../src/core/knowledge/concepts';
import { repoRoot } from '../../helpers/paths';

// The extension host loads dist/extension.js when it activates us; everything that parses,
// lints or explains belongs in dist/worker.js, which runs on the analysis worker's thread.
// ESLint keeps the imports out (eslint.config.mjs); this checks the bundles that result.
describe('bundles: the extension host loads no analysis code', () => {
  const read = (file: string) => {
    const full = path.join(repoRoot, 'dist', file);
    if (!fs.existsSync(full)) throw new Error(`${full} is missing: run \`npm run build\` first`);
    return fs.readFileSync(full, 'utf8');
  };

  it('dist/extension.js holds no rule, concept page, parser or knowledge text', () => {
    const host = read('extension.js');
    for (const rule of allRules) assert.ok(!host.includes(`"${rule.meta.id}"`), `the rule ${rule.meta.id} is bundled into the extension host`);
    for (const concept of allConcepts()) assert.ok(!host.includes(JSON.stringify(concept.title.en)), `the concept page ${concept.id} is bundled into the extension host`);
    assert.ok(!/DockerfileParser|parseDocument|LineCounter/.test(host), 'a parser is bundled into the extension host');
    assert.ok(host.length < 100 * 1024, `dist/extension.js is ${Math.round(host.length / 1024)} KB`);
  });

  it('dist/worker.js holds every rule and the parsers', () => {
    const worker = read('worker.js');
    for (const rule of allRules) assert.ok(worker.includes(`"${rule.meta.id}"`), `the rule ${rule.meta.id} is missing from the worker`);
    assert.ok(/DockerfileParser/.test(worker));
  });
});
