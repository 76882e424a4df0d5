import vscode = require('vscode');
import { getLocation, parse } from 'jsonc-parser';
import type { Analysis } from './analysis/analysis';
import { languageSetting } from './settings';

// Completion in `.docker-explain.json` (issue 14 item 8). The extension no longer contributes its
// JSON schema through `jsonValidation`: VS Code then reported every config mistake twice, once
// in English by the schema and once in Korean by us (review 39). Our own parser reports each
// mistake once, in the chosen language, at the token; this provider gives what the schema gave
// (rule ids, severities, keys, presets), and a rule id completes to a whole entry whose
// severity is a choice: `"rule-id": "off"`. The schema file still ships for other editors and CI
// (`"$schema"`).

const SEVERITIES = ['off', 'info', 'warning', 'error'];
const KEYS: Record<string, { ko: string; en: string; snippet: string }> = {
  extends: { ko: '이어받을 프리셋이나 상대 경로', en: 'Presets or relative paths to extend', snippet: '"extends": ["${1|docker-explain:recommended,docker-explain:strict,docker-explain:learner|}"]' },
  rules: { ko: '규칙별 심각도', en: 'Per-rule severities', snippet: '"rules": {\n\t$0\n}' },
  ignore: { ko: '검사하지 않을 파일의 glob', en: 'Globs of files not to check', snippet: '"ignore": ["$1"]' },
  language: { ko: '진단 메시지의 언어', en: 'Language of diagnostics', snippet: '"language": "${1|ko,en|}"' },
  root: { ko: '위 폴더의 설정을 읽지 않아요', en: 'Stop reading configs of parent folders', snippet: '"root": ${1|true,false|}' },
  compose: { ko: '함께 읽는 Compose 파일 묶음과 프로필', en: 'Compose file sets and profiles', snippet: '"compose": {\n\t"files": [["compose.yaml"$1]]\n}' },
};
const PRESETS = ['docker-explain:recommended', 'docker-explain:strict', 'docker-explain:learner'];

export const CONFIG_SELECTOR: vscode.DocumentSelector = [{ pattern: '**/.docker-explain.json' }];

export class ConfigCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const text = document.getText();
    const offset = document.offsetAt(position);
    const location = getLocation(text, offset);
    const lang = languageSetting(document);
    const range = wordRange(document, position);
    const path = location.path;
    if (location.isAtPropertyKey && path.length === 2 && path[0] === 'rules') {
      const { rules } = await this.analysis.rules();
      const present = new Set(Object.keys(rulesIn(text)));
      return rules
        .filter((r) => !present.has(r.id))
        .map((r) => {
          const item = new vscode.CompletionItem(r.id, vscode.CompletionItemKind.Property);
          item.insertText = new vscode.SnippetString(`"${r.id}": "\${1|${SEVERITIES.join(',')}|}"`);
          item.range = range;
          item.filterText = `"${r.id}"`;
          item.detail = `${lang === 'en' ? r.title.en : r.title.ko} (${lang === 'en' ? 'default' : '기본'}: ${r.severity})`;
          item.documentation = new vscode.MarkdownString(`${r.title.ko}\n\n${r.title.en}`);
          return item;
        });
    }
    if (!location.isAtPropertyKey && path.length === 2 && path[0] === 'rules') {
      return SEVERITIES.map((s, i) => {
        const item = new vscode.CompletionItem(`"${s}"`, vscode.CompletionItemKind.EnumMember);
        item.range = range;
        item.sortText = String(i);
        return item;
      });
    }
    if (location.isAtPropertyKey && path.length === 1) {
      const present = Object.keys(objectKeys(text));
      return Object.entries(KEYS)
        .filter(([key]) => !present.includes(key))
        .map(([key, info]) => {
          const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
          item.insertText = new vscode.SnippetString(info.snippet);
          item.range = range;
          item.filterText = `"${key}"`;
          item.detail = lang === 'en' ? info.en : info.ko;
          return item;
        });
    }
    if (!location.isAtPropertyKey && path[0] === 'extends') {
      return PRESETS.map((p) => {
        const item = new vscode.CompletionItem(`"${p}"`, vscode.CompletionItemKind.Value);
        item.range = range;
        return item;
      });
    }
    return [];
  }
}

/** The range a completion replaces: the quoted word under the cursor (quotes included), or the cursor. */
function wordRange(document: vscode.TextDocument, position: vscode.Position): vscode.Range {
  return document.getWordRangeAtPosition(position, /"[^"\n]*"?|[\w:-]+/) ?? new vscode.Range(position, position);
}

/** The config as far as it parses: comments and a trailing comma (the entry being typed) are fine. */
function parsed(text: string): Record<string, unknown> {
  const value = parse(text, [], { allowTrailingComma: true, disallowComments: false }) as unknown;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function objectKeys(text: string): Record<string, unknown> {
  return parsed(text);
}

function rulesIn(text: string): Record<string, unknown> {
  const rules = parsed(text).rules;
  return typeof rules === 'object' && rules !== null ? (rules as Record<string, unknown>) : {};
}
