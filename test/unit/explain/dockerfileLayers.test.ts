import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { layerStacks, layerStepAt } from '../../../src/core/model/layers';

describe('layer model (layerStacks)', () => {
  const text = [
    'ARG BASE=node:20-alpine', // 0
    'FROM ${BASE} AS build', // 1
    'WORKDIR /src', // 2
    'COPY package.json .', // 3
    'RUN npm ci', // 4
    'ENV NODE_ENV=production', // 5
    'COPY . .', // 6
    'FROM build AS test', // 7
    'RUN npm test', // 8
    'FROM scratch', // 9
    'COPY --from=build /src/dist /', // 10
    'CMD ["/app"]', // 11
  ].join('\n');
  const doc = parseDockerfile(text);
  const stacks = layerStacks(doc);

  it('finds one stack per stage with its base', () => {
    assert.strictEqual(stacks.length, 3);
    assert.deepStrictEqual(stacks.map((s) => s.stageLabel), ['build', 'test', '2']);
    assert.strictEqual(stacks[0].base.kind, 'image');
    if (stacks[0].base.kind === 'image') assert.strictEqual(stacks[0].base.resolved, 'node:20-alpine');
    assert.strictEqual(stacks[1].base.kind, 'stage');
    assert.strictEqual(stacks[2].base.kind, 'scratch');
  });

  it('numbers RUN/COPY/ADD and WORKDIR (BuildKit Mkdir, finding 2) as layers, per stage', () => {
    assert.deepStrictEqual(stacks[0].steps.map((s) => [s.keyword, s.effect, s.layerNumber]), [
      ['FROM', 'base', undefined],
      ['WORKDIR', 'layer', 1],
      ['COPY', 'layer', 2],
      ['RUN', 'layer', 3],
      ['ENV', 'metadata', undefined],
      ['COPY', 'layer', 4],
    ]);
    assert.strictEqual(stacks[0].layerCount, 4);
  });

  it('counts layers inherited through FROM <stage>', () => {
    assert.strictEqual(stacks[1].inheritedLayers, 4);
    const run = stacks[1].steps.find((s) => s.keyword === 'RUN');
    assert.strictEqual(run?.layerNumber, 1);
    assert.strictEqual(run?.stackNumber, 5);
  });

  it('finds the step on a line', () => {
    const at = layerStepAt(doc, 10);
    assert.strictEqual(at?.stack.stageIndex, 2);
    assert.strictEqual(at?.step.layerNumber, 1);
    assert.strictEqual(layerStepAt(doc, 0), undefined);
  });

  it('leaves a FROM with an ARG without default unresolved', () => {
    const d = parseDockerfile('ARG IMG\nFROM $IMG\nRUN true');
    assert.strictEqual(layerStacks(d)[0].base.kind, 'unresolved');
  });

  it('does not throw on an empty file', () => {
    assert.deepStrictEqual(layerStacks(parseDockerfile('')), []);
  });
});
