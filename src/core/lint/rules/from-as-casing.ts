import { dockerfileRule } from './dockerfile/defineRule';
import { argumentsOf } from '../../documents/dockerfileAstMemo';
import { fill } from '../../types';

// BuildKit's FromAsCasing: `FROM node as build` mixes an upper-case keyword with a lower-case
// `as`. It builds, but BuildKit warns on every build; the fix is one word.

export const fromAsCasing = dockerfileRule(
  {
    id: 'from-as-casing',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'FROM과 AS의 대소문자를 맞춰요', en: "The 'as' keyword should match the case of 'FROM'" },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/FromAsCasing.md',
    ],
    messages: {
      mismatch: {
        ko: '‘{from}’과/와 ‘{as}’의 대소문자가 달라요. ‘{expected}’으로/로 맞추면 BuildKit 경고(FromAsCasing)가 사라져요.',
        en: '‘{from}’ and ‘{as}’ differ in case; write ‘{expected}’ (BuildKit FromAsCasing).',
      },
    },
    equivalents: { buildkit: 'FromAsCasing' },
    fixable: true,
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const args = argumentsOf(stage.from);
      const asWord = args.find((a, i) => i > 0 && a.getValue().toLowerCase() === 'as');
      if (!asWord) continue;
      const from = stage.from.getInstruction();
      const as = asWord.getValue();
      const fromUpper = from === from.toUpperCase();
      const asUpper = as === as.toUpperCase();
      const fromLower = from === from.toLowerCase();
      const asLower = as === as.toLowerCase();
      if ((fromUpper && asUpper) || (fromLower && asLower) || (!fromUpper && !fromLower)) continue;
      const expected = fromUpper ? 'AS' : 'as';
      report({
        range: asWord.getRange(),
        messageId: 'mismatch',
        data: { from, as, expected },
        fixes: [{ title: { ko: fill('‘{expected}’으로/로 바꾸기', { expected }), en: `Change to ‘${expected}’` }, edits: [{ range: asWord.getRange(), newText: expected }], safe: true }],
      });
    }
  },
);
