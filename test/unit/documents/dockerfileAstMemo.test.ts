import * as assert from 'assert';
import { DockerfileParser } from 'dockerfile-ast';
import type { Instruction } from 'dockerfile-ast';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import { argumentsOf, flagsOf, hasArguments, heredocsOf, plainProperties, variablesOf } from '../../../src/core/documents/dockerfileAstMemo';
import { corpusFiles } from '../robustness/support';

// parseDockerfile keeps dockerfile-ast's answers per instruction and reads plain one-line
// arguments itself (src/core/documents/dockerfileAstMemo.ts). A Dockerfile parsed by
// DockerfileParser.parse directly is not ours, so it gets the library's own answers: every
// answer of every instruction must be the same on both, asked twice (the second answer comes
// from what was kept), in an order where readers that move ranges come first.

const METHODS = [
  'getImageName', 'getRegistry', 'getImageNameRange', 'getImageRange', 'getImageTagRange', 'getImageDigestRange', 'getBuildStage',
  'getArguments', 'getRawArguments', 'getArgumentsContent', 'getRawArgumentsContent', 'getArgumentsRange', 'getArgumentsRanges',
  'getFlags', 'getProperties', 'getHeredocs', 'getVariables', 'getJSONStrings', 'getExpandedArguments', 'getTrigger', 'getTriggerRange',
];

const TRICKY = [
  'FROM a\\\n b\nRUN a\\ b c\nENV A="x y" B=c\\ d\nRUN echo \\\n  # c\n  x\nLABEL a=b\r\nCMD ["a", "b"]\r\nRUN\tx\ty \nWORKDIR  /a  \nEXPOSE 80 \\\n 81\nARG\n',
  '# escape=`\nFROM a\nRUN a \\ b `\n c\nRUN x\\y\n',
  'FROM --platform=$BUILDPLATFORM registry.example.com:5000/team/node:20@sha256:abc AS build\nONBUILD RUN x\nCOPY --from=build /a /b\nRUN <<EOF\necho hi\nEOF\n',
  'FROM a\nHEALTHCHECK --interval=30s \\\n  CMD node healthcheck.js\nRUN --mount=type=cache,target=/x \\\n  --network=none make\n',
  // ENV and LABEL words that plainProperties reads itself, next to ones it leaves to the library.
  'FROM a\nENV A=1 B="two" C=\'3\' D= E="" F=\'\' G==x H=#x I=$A/${B}\nLABEL a.b="x" c=\'y\'\r\nLABEL a="b"\r\nENV\tA=1\tB="2"  \n' +
    'ENV A="x y" B=1\nENV A="x\nENV A=x"y" B="x"y\nENV "A"=b\nENV A b c\nENV A=1 B\nENV =x\nLABEL a=\'x"\' b="\nENV A=\\$x B=\\\n  c\nENV A="x\\"y"\n',
  '# escape=`\nFROM a\nENV A=c:\\x B="c:\\y" C=x`y\nLABEL a="b"\n',
  // Continued lines that continuedArguments reads itself, next to ones it leaves to the library.
  'FROM a\nRUN apt-get update \\\n    && apt-get install -y curl \\\n\t&& rm -rf /x\nRUN a \\\n  b\\\n  c\nRUN a \\\n\n  b\nRUN a \\\n  # c\n  b\n' +
    'RUN a \\ \n  b\nRUN a \\\r\n  b\r\nRUN \\\n  a  \\\n  b\nRUN\\\n a\nCOPY --from=x \\\n  /a \\\n  /b\nRUN a \\\n  \\\n  b\nRUN a "b \\\n c" d\nRUN a \\\n  b#c \\\n  #d\nRUN a\\b \\\n c\n' +
    'HEALTHCHECK --interval=5s \\\n  CMD [ "a", \\\n  "b" ]\nRUN <<EOF \\\n  x\necho\nEOF\nENV A=1 \\\n  B=2\nRUN a \\\n',
  '# escape=`\nFROM a\nRUN a `\n  b `\n  c\nRUN a \\\n  b\n',
  // A keyword split by the escape character and a newline (Docker joins the lines first): the
  // arguments start on a later line than the instruction.
  'FROM a\nRU\\\nN z\nFROM alpine:3.20\nEXPOS\\\nE 80 \\\n    99999\nWORKDI\\\nR app \\\n  x\nENV\\\n A=1 B=2\nR\\\nU\\\nN a b\n',
  'FROM a\r\nRUN <<EOF\r\n# not a comment\r\n  echo "a b"\r\nEOF\r\nRUN <<EOF \\\n  x\r\ny\nEOF\nRUN a\rb c\nCOPY <<EOF /a\n#x\n\n\tz\nEOF\nRUN python3 <<EOF\nprint(1) # x\nEOF\n',
];

/** JSON without the back references to the document and the Dockerfile. */
function omitParents(key: string, value: unknown): unknown {
  return key === 'document' || key === 'dockerfile' ? undefined : value;
}

function answers(instruction: Instruction, order: readonly string[] = METHODS): string[] {
  const methods = instruction as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const name of order) {
    if (typeof methods[name] !== 'function') continue;
    for (let round = 0; round < 2; round++) {
      const value = (methods[name] as () => unknown).call(instruction);
      out.push(`${name}: ${JSON.stringify(value, omitParents)}`);
    }
  }
  return out;
}

describe('dockerfile-ast answers kept per parsed document', () => {
  const texts = [...corpusFiles().filter((f) => f.kind === 'dockerfile').map((f) => ({ name: f.name, text: f.text })), ...TRICKY.map((text, i) => ({ name: `tricky ${i}`, text }))];

  it('are the library\'s own answers, for every instruction of the corpus', () => {
    assert.ok(texts.length > 50, `corpus Dockerfiles: ${texts.length}`);
    for (const { name, text } of texts) {
      const ours = parseDockerfile(text).ast.getInstructions();
      const library = DockerfileParser.parse(text).getInstructions();
      assert.strictEqual(ours.length, library.length, name);
      ours.forEach((instruction, i) => {
        // The shared read-only answers first: handing them out must not change what the methods answer after.
        const methods = library[i] as unknown as Record<string, (() => unknown) | undefined>;
        const shared = [argumentsOf(instruction), flagsOf(instruction), heredocsOf(instruction), variablesOf(instruction)];
        const own = [library[i].getArguments(), methods.getFlags?.() ?? [], methods.getHeredocs?.() ?? [], library[i].getVariables()];
        assert.strictEqual(JSON.stringify(shared, omitParents), JSON.stringify(own, omitParents), `${name}, instruction ${i + 1}`);
        assert.deepStrictEqual(answers(instruction), answers(library[i]), `${name}, instruction ${i + 1}`);
      });
    }
  });

  it('do not depend on the order they are asked in (flags before arguments, the reverse of the above)', () => {
    const reversed = ['getFlags', ...[...METHODS].reverse().filter((m) => m !== 'getFlags')];
    for (const { name, text } of texts) {
      const ours = parseDockerfile(text).ast.getInstructions();
      const library = DockerfileParser.parse(text).getInstructions();
      ours.forEach((instruction, i) => assert.deepStrictEqual(answers(instruction, reversed), answers(library[i], reversed), `${name}, instruction ${i + 1}`));
    }
  });

  it('say whether an instruction has arguments as getArguments() does', () => {
    for (const { name, text } of [...texts, { name: 'odd spaces', text: 'FROM a\nUSER \u00a0\nENV\t \nLABEL\nWORKDIR \\\n /a\n' }]) {
      const library = DockerfileParser.parse(text).getInstructions();
      parseDockerfile(text).ast.getInstructions().forEach((instruction, i) => {
        assert.strictEqual(hasArguments(instruction), library[i].getArguments().length > 0, `${name}, instruction ${i + 1}`);
      });
    }
  });

  it('read plain ENV and LABEL properties as the library does, with every Property method answering the same', () => {
    const PROPERTY_METHODS = ['getName', 'getNameRange', 'getValue', 'getValueRange', 'getRange', 'getAssignmentOperator', 'getAssignmentOperatorRange', 'getUnescapedValue'];
    let plain = 0;
    for (const { name, text } of texts) {
      const library = DockerfileParser.parse(text).getInstructions();
      parseDockerfile(text).ast.getInstructions().forEach((instruction, i) => {
        const keyword = instruction.getKeyword();
        if (keyword !== 'ENV' && keyword !== 'LABEL') return;
        const mine = plainProperties(instruction as unknown as Parameters<typeof plainProperties>[0]);
        if (mine) plain++;
        const theirs = (library[i] as unknown as { getProperties(): Record<string, () => unknown>[] }).getProperties();
        const ours = (instruction as unknown as { getProperties(): Record<string, () => unknown>[] }).getProperties();
        assert.strictEqual(ours.length, theirs.length, `${name}, instruction ${i + 1}`);
        if (mine) assert.strictEqual(JSON.stringify(mine, omitParents), JSON.stringify(theirs, omitParents), `${name}, instruction ${i + 1}`);
        ours.forEach((property, k) => {
          for (const method of PROPERTY_METHODS) {
            assert.deepStrictEqual(property[method].call(property), theirs[k][method].call(theirs[k]), `${name}, instruction ${i + 1}, property ${k + 1}: ${method}`);
          }
          // The operator range shares the name's end and the value's start, as the library's does.
          const range = property.getAssignmentOperatorRange.call(property) as { start: unknown; end: unknown } | null;
          if (range) assert.ok(range.start === (property.getNameRange.call(property) as { end: unknown }).end, `${name}, instruction ${i + 1}`);
        });
      });
    }
    // The fast path is taken on the corpus (most ENV and LABEL lines are plain), not only the library's.
    assert.ok(plain > 50, `plain ENV/LABEL lines: ${plain}`);
  });

  it('do not let a caller that changes an answer change the next one', () => {
    const from = parseDockerfile('FROM registry.example.com/team/node:20 AS build\n').stages[0].from;
    from.getArguments().pop();
    assert.strictEqual(from.getArguments().length, 3);
    assert.deepStrictEqual(from.getImageRange(), { start: { line: 0, character: 5 }, end: { line: 0, character: 38 } });
    from.getImageNameRange();
    from.getRegistryRange();
    assert.deepStrictEqual(from.getImageRange(), { start: { line: 0, character: 5 }, end: { line: 0, character: 38 } });
  });
});
