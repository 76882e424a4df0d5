import * as assert from 'assert';
import { yamlSyntax } from '../../../src/core/lint/rules/yaml-syntax';
import { check } from '../../helpers/ruleHarness';
import { MAX_YAML_DEPTH } from '../../../src/core/documents/boundedYaml';
import { fill } from '../../../src/core/types';

describe('yaml-syntax', () => {
  it('valid: Compose custom tags (!reset, !override), anchors and merge keys', () => {
    const text = 'x-base: &base\n  restart: always\nservices:\n  a:\n    <<: *base\n    ports: !reset []\n    environment: !override\n      A: "1"\n';
    assert.deepStrictEqual(check(yamlSyntax, text), []);
  });

  it('flags a duplicate key on the second key, naming it', () => {
    const found = check(yamlSyntax, 'services:\n  web:\n    image: a:1\n    image: b:1\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.text, f.data.key]), [[[3, 4, 3, 9], 'duplicateKey', 'image', 'image']]);
  });

  it('flags a duplicate service name', () => {
    const found = check(yamlSyntax, 'services:\n  web:\n    image: a:1\n  "web":\n    image: b:1\n');
    assert.deepStrictEqual(found.map((f) => [f.at[0], f.at[1], f.data.key]), [[3, 2, 'web']]);
  });

  it('flags tabs, bad indentation and unclosed quotes where the parser stops', () => {
    assert.deepStrictEqual(check(yamlSyntax, 'services:\n\tweb:\n').map((f) => [f.at, f.id]), [[[1, 0, 1, 1], 'tabIndent']]);
    assert.deepStrictEqual(check(yamlSyntax, 'services:\n  a:\n    image: x\n   b: 1\n').map((f) => [f.at[0], f.id]), [[3, 'badIndent']]);
    assert.deepStrictEqual(check(yamlSyntax, 'services:\n  a:\n    image: "x\n').map((f) => f.id), ['missingChar']);
  });

  it('a file nested past the limit (review F1): one Korean error where the limit is passed, naming it', () => {
    const text = 'services:\n  a:\n    command: ' + '['.repeat(5_000) + '\n';
    const found = check(yamlSyntax, text);
    // Three block mappings (services, a, command) and then the `[`s: the one that opens level 257.
    const column = '    command: '.length + MAX_YAML_DEPTH - 3;
    assert.deepStrictEqual(found.map((f) => [f.at, f.id, f.data.limit]), [[[2, column, 2, column + 1], 'tooDeep', String(MAX_YAML_DEPTH)]]);
    const message = fill(yamlSyntax.meta.messages.tooDeep.ko, found[0].data);
    assert.match(message, /YAML 중첩이 256단계를 넘어요/);
  });
});
