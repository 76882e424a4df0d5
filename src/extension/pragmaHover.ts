import * as vscode from 'vscode';
import { allRules, pick, pragmaIds } from '../core';
import type { Rule } from '../core';
import { languageSetting } from './settings';
import { SHOW_RULE_COMMAND } from './codeActions';

const SEVERITY = { error: { ko: '오류', en: 'error' }, warning: { ko: '경고', en: 'warning' }, info: { ko: '정보', en: 'info' }, off: { ko: '꺼짐', en: 'off' } };

/**
 * Hovering a rule id in a `docker-explain-disable…` comment (or a hadolint code in
 * `# hadolint ignore=`) explains the rule it switches off, so a reviewer knows what is hidden.
 */
export class PragmaHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const line = document.lineAt(position.line).text;
    if (!line.includes('#')) return undefined;
    const hit = pragmaIds(line).find((p) => position.character >= p.start && position.character < p.end);
    if (!hit) return undefined;
    const language = languageSetting(document);
    const rules: Rule[] = hit.hadolint ? allRules.filter((r) => r.meta.equivalents?.hadolint?.includes(hit.id.toUpperCase())) : allRules.filter((r) => r.meta.id === hit.id);
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: [SHOW_RULE_COMMAND] };
    if (rules.length === 0) {
      md.appendMarkdown(language === 'ko' ? `\`${hit.id}\`: Docker 해설에 이런 규칙은 없어요. 이 주석은 아무것도 끄지 않아요.` : `\`${hit.id}\`: Docker 해설 has no such rule; this comment switches nothing off.`);
    } else {
      for (const rule of rules) {
        const link = `command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([rule.meta.id]))}`;
        md.appendMarkdown(`**\`${rule.meta.id}\`** — ${pick(rule.meta.title, language)}\n\n`);
        md.appendMarkdown(language === 'ko' ? `기본 심각도: ${SEVERITY[rule.meta.severity].ko} · [규칙 설명 보기](${link})\n\n` : `Default severity: ${SEVERITY[rule.meta.severity].en} · [Show the rule](${link})\n\n`);
      }
    }
    return new vscode.Hover(md, new vscode.Range(position.line, hit.start, position.line, hit.end));
  }
}
