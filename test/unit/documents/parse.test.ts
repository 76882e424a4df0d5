import * as assert from 'assert';
import { parseDockerfile, findStage, stageAtLine } from '../../../src/core/documents/dockerfileDocument';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import { fixture } from '../../helpers/paths';

describe('parseDockerfile', () => {
  const doc = parseDockerfile(fixture('foundation', 'Dockerfile'));

  it('splits the file into stages with their names and instructions', () => {
    assert.deepStrictEqual(
      doc.stages.map((s) => [s.index, s.name, s.instructions.map((i) => i.getKeyword())]),
      [
        [0, 'build', ['FROM', 'WORKDIR', 'COPY', 'RUN', 'COPY', 'RUN']],
        [1, 'web', ['FROM', 'COPY', 'EXPOSE', 'HEALTHCHECK', 'CMD']],
      ],
    );
  });

  it('keeps ARGs before the first FROM as global args', () => {
    assert.deepStrictEqual(doc.globalArgs.map((a) => a.getArgumentsContent()), ['NODE_VERSION=20']);
  });

  it('finds stages by name (case-insensitive), by index, and by line', () => {
    assert.strictEqual(findStage(doc, 'BUILD')?.index, 0);
    assert.strictEqual(findStage(doc, '1')?.name, 'web');
    assert.strictEqual(findStage(doc, 'nope'), undefined);
    assert.strictEqual(stageAtLine(doc, 12)?.name, 'web');
    assert.strictEqual(stageAtLine(doc, 1), undefined);
  });
});

describe('parseCompose', () => {
  it('lists services with the range of their key', () => {
    const doc = parseCompose(fixture('foundation', 'compose.yaml'));
    assert.deepStrictEqual(doc.services.map((s) => s.name), ['web', 'admin', 'db', 'dns', 'dns-tcp']);
    assert.deepStrictEqual(doc.services[1].keyRange.start, { line: 7, character: 2 });
    assert.deepStrictEqual(doc.problems, []);
  });

  it('reports YAML errors and duplicate keys with positions instead of throwing', () => {
    const doc = parseCompose('services:\n  web:\n    image: a\n  web:\n    image: b\n  bad: [\n');
    const codes = doc.problems.map((p) => p.code);
    assert.ok(codes.includes('DUPLICATE_KEY'), codes.join());
    const dup = doc.problems.find((p) => p.code === 'DUPLICATE_KEY');
    assert.strictEqual(dup?.range.start.line, 3);
  });

  it('survives a file that is not a mapping at all', () => {
    assert.deepStrictEqual(parseCompose('- just\n- a list\n').services, []);
    assert.deepStrictEqual(parseCompose('').services, []);
  });
});
