import * as assert from 'assert';
import { validExtends } from '../../../src/core/lint/rules/valid-extends';
import { check } from '../../helpers/ruleHarness';
import { checkInProject } from '../../helpers/projectHarness';

// compose-go v2.13.0 loader/extends.go: `cannot extend service "web" in compose.yaml: service
// "bse" not found`, `… service "bse" not found in base.yaml`, and an unreadable file stops the load.
// https://docs.docker.com/reference/compose-file/services/#extends
describe('valid-extends', () => {
  it('valid: same-file base, short and long form', () => {
    assert.deepStrictEqual(check(validExtends, 'services:\n  base:\n    image: x:1\n  web:\n    extends: base\n  api:\n    extends:\n      service: base\n'), []);
  });

  it('same file: a missing base is reported on its name, with did you mean', () => {
    const found = check(validExtends, 'services:\n  base:\n    image: x:1\n  web:\n    extends: bse\n  api:\n    extends:\n      service: nothing_like_it\n');
    assert.deepStrictEqual(found.map((f) => [f.id, f.text]), [
      ['missingServiceSimilar', 'bse'],
      ['missingService', 'nothing_like_it'],
    ]);
    assert.strictEqual(found[0].data.suggestion, 'base');
  });

  it('same file: a base from an included file is visible (include is applied first)', () => {
    const files = {
      '/p/compose.yaml': 'include: [lib/compose.yaml]\nservices:\n  web:\n    extends: common\n',
      '/p/lib/compose.yaml': 'services:\n  common:\n    image: x:1\n',
    };
    assert.deepStrictEqual(checkInProject(validExtends, files, ['/p/compose.yaml']), []);
    // Alone, the included file is unknown: silent.
    assert.deepStrictEqual(check(validExtends, files['/p/compose.yaml']), []);
  });

  it('another file: missing service, with did you mean; present service; missing file', () => {
    const files = {
      '/p/compose.yaml': 'services:\n  a:\n    extends:\n      file: common.yaml\n      service: bse\n  b:\n    extends:\n      file: common.yaml\n      service: base\n  c:\n    extends:\n      file: nowhere.yaml\n      service: base\n',
      '/p/common.yaml': 'services:\n  base:\n    image: x:1\n',
    };
    const found = checkInProject(validExtends, files, ['/p/compose.yaml']);
    assert.deepStrictEqual(found.map((f) => [f.id, f.text]), [
      ['missingServiceInFileSimilar', 'bse'],
      ['missingFile', 'nowhere.yaml'],
    ]);
    assert.strictEqual(found[0].data.file, 'common.yaml');
  });

  it('another file, linted alone: unknown, silent', () => {
    assert.deepStrictEqual(check(validExtends, 'services:\n  a:\n    extends:\n      file: nowhere.yaml\n      service: base\n'), []);
  });

  it('variables in the name or the file are not knowable', () => {
    assert.deepStrictEqual(check(validExtends, 'services:\n  a:\n    extends: ${BASE}\n'), []);
  });
});
