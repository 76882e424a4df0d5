import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { canonicalImageName, parseImageReference } from '../../../src/core/model/imageReference';
import { resolveFromImage, resolveVariable, substituteVariables, variableDefinitions } from '../../../src/core/model/dockerfileVariables';

describe('image references', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['nginx', { registry: undefined, namespace: undefined, repository: 'nginx', tag: undefined, implicitLatest: true, official: true }, 'docker.io/library/nginx:latest'],
    ['bitnami/redis:7.2', { namespace: 'bitnami', repository: 'redis', tag: '7.2', official: false }, 'docker.io/bitnami/redis:7.2'],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app', implicitLatest: true }, 'localhost:5000/app:latest'],
    ['ghcr.io/org/team/tool:1.0@sha256:abc', { registry: 'ghcr.io', namespace: 'org/team', repository: 'tool', tag: '1.0', digest: 'sha256:abc', implicitLatest: false }, 'ghcr.io/org/team/tool:1.0@sha256:abc'],
    ['alpine@sha256:abc', { repository: 'alpine', tag: undefined, digest: 'sha256:abc', implicitLatest: false }, 'docker.io/library/alpine@sha256:abc'],
  ];
  for (const [text, expected, canonical] of cases) {
    it(`parses ${text}`, () => {
      const ref = parseImageReference(text);
      assert.ok(ref);
      for (const [key, value] of Object.entries(expected)) assert.deepStrictEqual((ref as unknown as Record<string, unknown>)[key], value, key);
      assert.strictEqual(canonicalImageName(ref), canonical);
    });
  }

  it('reads variants from names and tags', () => {
    assert.deepStrictEqual(parseImageReference('python:3.12-slim-bookworm')?.variants, ['slim', 'debian']);
    assert.deepStrictEqual(parseImageReference('node:20-alpine3.20')?.variants, ['alpine']);
    assert.deepStrictEqual(parseImageReference('gcr.io/distroless/static-debian12')?.variants, ['distroless']);
    assert.strictEqual(parseImageReference('scratch')?.scratch, true);
    assert.strictEqual(parseImageReference('has space'), undefined);
  });
});

describe('Dockerfile variables (ARG/ENV scopes)', () => {
  const doc = parseDockerfile([
    'ARG VERSION=1.0', // 0
    'ARG TOKEN', // 1
    'FROM alpine:${VERSION} AS base', // 2
    'RUN echo $VERSION', // 3: global ARG not visible without redeclaring
    'ARG VERSION', // 4
    'RUN echo $VERSION', // 5: takes the global default
    'ARG MODE=dev', // 6
    'ENV MODE=prod', // 7
    'FROM base AS child', // 8
    'RUN echo $MODE $TARGETARCH', // 9: ARG and ENV inherited from base; ENV wins
    'ARG A B=2', // 10: two declarations
  ].join('\n'));

  it('lets FROM lines see global ARGs and their defaults', () => {
    assert.strictEqual(resolveFromImage(doc, 'alpine:${VERSION}', 2), 'alpine:1.0');
    assert.strictEqual(resolveVariable(doc, 'TOKEN', 2).value, null);
  });

  it('hides a global ARG inside a stage until it is declared again', () => {
    assert.strictEqual(resolveVariable(doc, 'VERSION', 3).definition, undefined);
    const redeclared = resolveVariable(doc, 'VERSION', 5);
    assert.strictEqual(redeclared.definition?.line, 4);
    assert.strictEqual(redeclared.globalDefault?.line, 0);
    assert.strictEqual(redeclared.value, '1.0');
  });

  it('inherits ARG and ENV through FROM <stage>, and ENV wins over ARG', () => {
    const mode = resolveVariable(doc, 'MODE', 9);
    assert.strictEqual(mode.definition?.kind, 'ENV');
    assert.strictEqual(mode.value, 'prod');
    assert.strictEqual(mode.shadowedArg?.line, 6);
    assert.strictEqual(resolveVariable(doc, 'TARGETARCH', 9).predefined, true);
  });

  it('reads `ARG a b=2` as two arguments', () => {
    const defs = variableDefinitions(doc).filter((d) => d.line === 10);
    assert.deepStrictEqual(defs.map((d) => [d.name, d.value]), [['A', null], ['B', '2']]);
  });

  it('substitutes the Dockerfile modifiers and stays silent when a value is unknown', () => {
    const lookup = (n: string) => ({ SET: 'x', EMPTY: '', UNKNOWN: null } as Record<string, string | null>)[n];
    assert.strictEqual(substituteVariables('${UNSET:-d}/${EMPTY:-e}/${EMPTY-f}/${SET:+g}/${UNSET+h}', lookup), 'd/e//g/');
    assert.strictEqual(substituteVariables('$SET-${SET}', lookup), 'x-x');
    // Unset expands to an empty string in Docker; a value the file does not know stays unknown.
    assert.strictEqual(substituteVariables('img:$UNSET', lookup), 'img:');
    assert.strictEqual(substituteVariables('img:$UNKNOWN', lookup), undefined);
    assert.strictEqual(substituteVariables('img:${UNKNOWN:-x}', lookup), undefined);
  });
});
