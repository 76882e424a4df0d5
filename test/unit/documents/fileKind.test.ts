import * as assert from 'assert';
import { fileKindOf, isLintableFileName } from '../../../src/core/documents/fileKind';

describe('fileKindOf', () => {
  const byName: [string, string | undefined][] = [
    ['Dockerfile', 'dockerfile'],
    ['/w/app/Dockerfile.prod', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['web.dockerfile', 'dockerfile'],
    ['Containerfile.dev', 'dockerfile'],
    ['Dockerfile-alpine.template', undefined],
    ['dockerfile.txt', 'dockerfile'],
    ['compose.yaml', 'compose'],
    ['compose.yml', 'compose'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.override.yaml', 'compose'],
    ['compose.dev.yaml', 'compose'],
    ['my-docker-compose.yml', 'compose'],
    ['deploy.sh', 'shell'],
    ['Makefile', 'shell'],
    ['README.md', 'markdown'],
    ['values.yaml', undefined],
    ['main.ts', undefined],
  ];
  for (const [name, kind] of byName) {
    it(`${name} → ${kind}`, () => assert.strictEqual(fileKindOf(name), kind));
  }

  it('trusts the language id for Dockerfiles and Compose files', () => {
    assert.strictEqual(fileKindOf('/w/anything', 'dockerfile'), 'dockerfile');
    assert.strictEqual(fileKindOf('/w/stack.yml', 'dockercompose'), 'compose');
  });

  it('treats plain yaml as Compose only when the name says so', () => {
    assert.strictEqual(fileKindOf('/w/compose.yaml', 'yaml'), 'compose');
    assert.strictEqual(fileKindOf('/w/.github/workflows/ci.yml', 'yaml'), undefined);
  });

  it('lints only Dockerfiles and Compose files when walking folders', () => {
    assert.ok(isLintableFileName('Dockerfile'));
    assert.ok(isLintableFileName('docker-compose.yml'));
    assert.ok(!isLintableFileName('run.sh'));
    assert.ok(!isLintableFileName('README.md'));
  });
});
