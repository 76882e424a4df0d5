// Completion in `.docker-explain.json`, the team config (moved here from the extension so the
// Language Server and the CLI give the same list): rule ids, each completing to a whole entry
// whose severity is a choice, the severities, the top-level keys and the preset names.
// The extension contributes no JSON schema for this file (review 39: every mistake twice), so
// this list is what a schema would have given, in the chosen language.

import { getLocation, parse } from 'jsonc-parser';
import type { Language, Position, Range } from '../types';
import { pick } from '../types';
import { LineIndex } from '../documents/lineIndex';
import { allRules } from '../lint/rules';
import { PRESET_NAMES } from '../lint/config/presets';
import { CONFIG_KEYS, CONFIG_TEXTS, PRESET_TEXTS, SEVERITY_TEXTS } from '../knowledge/completion/config';
import { fillMarkdown } from '../explain/markdown';
import type { ItemSpec } from './render';
import { finish } from './render';
import type { CompletionItem } from './types';

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;

export function completeConfig(text: string, pos: Position, lang: Language): CompletionItem[] {
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(pos);
  const location = getLocation(text, offset);
  const path = location.path;
  const range = wordRange(lines, pos);
  if (location.isAtPropertyKey && path.length === 2 && path[0] === 'rules') {
    const present = new Set(Object.keys(objectAt(parsed(text).rules)));
    return finish(
      allRules
        .filter((r) => !present.has(r.meta.id))
        .map((r, i): ItemSpec => ({
          label: r.meta.id,
          kind: 'property',
          insertText: `"${r.meta.id}": "\${1|${SEVERITIES.join(',')}|}"`,
          snippet: true,
          filterText: `"${r.meta.id}"`,
          rank: i,
          detail: `${pick(r.meta.title, lang)} (${pick(CONFIG_TEXTS.default, lang)}: ${r.meta.severity})`,
          documentation: `${pick(r.meta.title, lang)}\n\n${fillMarkdown(pick(CONFIG_TEXTS.ruleDoc, lang), { severity: r.meta.severity, id: r.meta.id })}`,
        })),
      range,
    );
  }
  if (!location.isAtPropertyKey && path.length === 2 && path[0] === 'rules') {
    return finish(
      SEVERITIES.map((s, i) => ({ label: `"${s}"`, kind: 'enum' as const, rank: i, documentation: fillMarkdown(pick(SEVERITY_TEXTS[s], lang)) })),
      range,
    );
  }
  if (location.isAtPropertyKey && path.length === 1) {
    const present = Object.keys(parsed(text));
    return finish(
      Object.entries(CONFIG_KEYS)
        .filter(([key]) => !present.includes(key))
        .map(([key, info], i) => ({ label: key, kind: 'property' as const, insertText: info.snippet, snippet: true, filterText: `"${key}"`, rank: i, documentation: fillMarkdown(pick(info.text, lang)) })),
      range,
    );
  }
  if (!location.isAtPropertyKey && path[0] === 'extends') {
    return finish(
      PRESET_NAMES.map((p, i) => ({ label: `"${p}"`, kind: 'value' as const, rank: i, documentation: fillMarkdown(pick(PRESET_TEXTS[p], lang)) })),
      range,
    );
  }
  return [];
}

/** The range a completion replaces: the quoted word under the cursor (quotes included), or the cursor. */
function wordRange(lines: LineIndex, pos: Position): Range {
  const text = lines.lineText(pos.line);
  const word = /"[^"\n]*"?|[\w:-]+/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    if (m.index <= pos.character && pos.character <= m.index + m[0].length) return { start: { line: pos.line, character: m.index }, end: { line: pos.line, character: m.index + m[0].length } };
    if (m[0].length === 0) word.lastIndex++;
  }
  return { start: pos, end: pos };
}

/** The config as far as it parses: comments and a trailing comma (the entry being typed) are fine. */
function parsed(text: string): Record<string, unknown> {
  return objectAt(parse(text, [], { allowTrailingComma: true, disallowComments: false }) as unknown);
}

function objectAt(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
