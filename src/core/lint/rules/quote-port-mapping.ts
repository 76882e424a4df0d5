import { isScalar } from '../../documents/yamlNodes';
import type { Rule } from '../types';
import { allServicePorts } from '../../model/composePorts';
import { SEXAGESIMAL, sexagesimalValue } from '../../model/portMapping';

// YAML 1.1 reads `a:b` as a base-60 integer when every part after the first is 0–59
// (`22:22` → 1342; the pattern lives with the port model, the hover says the same). Only those
// mappings are flagged: `8080:80` is a string in every YAML version, and a warning there would be noise.
export const quotePortMapping: Rule = {
  meta: {
    id: 'quote-port-mapping',
    kinds: ['compose'],
    severity: 'warning',
    title: {
      ko: '60진수로 읽힐 수 있는 포트 매핑은 따옴표로 감싸요',
      en: 'Quote port mappings that YAML 1.1 reads as base-60 numbers',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#ports',
    ],
    messages: {
      sexagesimal: {
        ko: '‘{text}’을/를 따옴표 없이 쓰면 YAML 1.1 파서는 60진수 숫자 {value}으로/로 읽어요. 컨테이너 포트가 60보다 작은 ‘호스트:컨테이너’ 매핑은 "{text}"처럼 따옴표로 감싸 주세요.',
        en: 'Unquoted, ‘{text}’ is the base-60 number {value} to a YAML 1.1 parser. Quote it: "{text}".',
      },
    },
    equivalents: { dclint: 'require-quotes-in-ports' },
    fixable: true,
  },
  check({ doc, report }) {
    if (doc.kind !== 'compose') return;
    for (const port of allServicePorts(doc)) {
      if (port.syntax !== 'short' || !isScalar(port.node) || port.node.type !== 'PLAIN') continue;
      if (!SEXAGESIMAL.test(port.text)) continue;
      report({
        range: port.range,
        messageId: 'sexagesimal',
        data: { text: port.text, value: sexagesimalValue(port.text) },
        fixes: [{ title: { ko: '따옴표로 감싸기', en: 'Wrap in quotes' }, edits: [{ range: port.range, newText: `"${port.text}"` }], safe: true }],
      });
    }
  },
};
