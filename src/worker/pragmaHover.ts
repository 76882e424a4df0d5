import { allRules, pick, pragmaIds } from '../core';
import type { Language, Position, Range } from '../core/types';
import { codeSpan } from '../core/explain/markdown';

// Hovering a rule id in a `docker-explain-disable…` comment (or a hadolint code in
// `# hadolint ignore=`) explains the rule it switches off, so a reviewer knows what is hidden.

const SHOW_RULE_COMMAND = 'dockerExplain.showRule';
const SEVERITY = { error: { ko: '오류', en: 'error' }, warning: { ko: '경고', en: 'warning' }, info: { ko: '정보', en: 'info' }, off: { ko: '꺼짐', en: 'off' } };

export function pragmaHover(lineText: string, position: Position, language: Language): { markdown: string; range: Range } | null {
  if (!lineText.includes('#')) return null;
  const hit = pragmaIds(lineText).find((p) => position.character >= p.start && position.character < p.end);
  if (!hit) return null;
  const rules = hit.hadolint ? allRules.filter((r) => r.meta.equivalents?.hadolint?.includes(hit.id.toUpperCase())) : allRules.filter((r) => r.meta.id === hit.id);
  let markdown = '';
  if (rules.length === 0) {
    // The id is file text (pragmaIds keeps it to [A-Za-z0-9_-], but a code span makes it safe whatever it holds).
    const id = codeSpan(hit.id).markdown;
    markdown = language === 'ko' ? `${id}: Docker 해설에 이런 규칙은 없어요. 이 주석은 아무것도 끄지 않아요.` : `${id}: Docker 해설 has no such rule; this comment switches nothing off.`;
  } else {
    for (const rule of rules) {
      const link = `command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([rule.meta.id]))}`;
      markdown += `**\`${rule.meta.id}\`** — ${pick(rule.meta.title, language)}\n\n`;
      markdown += language === 'ko' ? `기본 심각도: ${SEVERITY[rule.meta.severity].ko} · [규칙 설명 보기](${link})\n\n` : `Default severity: ${SEVERITY[rule.meta.severity].en} · [Show the rule](${link})\n\n`;
    }
  }
  return { markdown, range: { start: { line: position.line, character: hit.start }, end: { line: position.line, character: hit.end } } };
}
