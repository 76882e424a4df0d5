import * as assert from 'assert';
import { redundantTargetPlatform as rule } from '../../../src/core/lint/rules/redundant-target-platform';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

describe('redundant-target-platform', () => {
  const fires: [string, string][] = [
    ['FROM --platform=$TARGETPLATFORM alpine AS a', 'FROM alpine AS a'],
    ['FROM --platform=${TARGETPLATFORM} alpine', 'FROM alpine'],
    ['FROM --platform="${TARGETPLATFORM:-linux/amd64}" alpine', 'FROM alpine'],
  ];
  for (const [text, after] of fires) {
    it(`reports and removes the flag: ${text}`, () => {
      const found = hits(rule, text);
      assert.strictEqual(found.length, 1);
      assert.deepStrictEqual(found[0].slice(0, 3), ['redundant', 0, 5]);
      assert.ok(found[0][3].startsWith('--platform='), found[0][3]);
      assert.strictEqual(fixed(rule, text), after);
      // (The harness reads `{NAME}` in a filled value as a placeholder left over: only the `$NAME` form.)
      if (!text.includes('{')) assertMessagesFilled(rule, text);
    });
  }

  it('stays silent on other platforms and on values that only contain TARGETPLATFORM', () => {
    assertClean(rule, 'FROM --platform=$BUILDPLATFORM golang AS build');
    assertClean(rule, 'FROM --platform=linux/amd64 alpine');
    assertClean(rule, 'FROM --platform=${TARGETPLATFORM:+linux/arm64} alpine');
    assertClean(rule, 'FROM --platform=$TARGETOS/$TARGETARCH alpine');
    assertClean(rule, 'FROM alpine');
  });
});
