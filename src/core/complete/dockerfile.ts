// Completion in a Dockerfile. The context at the cursor comes from the syntax path
// (src/core/syntax/dockerfilePath.ts) where the parser already sees the token, and from the
// line's text for what is only half typed (`RUN --mo`, `FROM `); a table maps each context to
// the items it offers, so a new context is one row.

import type { Instruction } from 'dockerfile-ast';
import type { Language, Position, Range } from '../types';
import { fill, pick } from '../types';
import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { stageAtLine } from '../documents/dockerfileDocument';
import { flagsOf } from '../documents/dockerfileAstMemo';
import { variablesInScope } from '../model/dockerfileVariables';
import { getTopic } from '../knowledge';
import {
  COMMON_PLATFORMS,
  COMPLETION_DOCS,
  COMPLETION_TEXTS,
  DIRECTIVES,
  FLAGS_BY_KEYWORD,
  FLAG_INSERT,
  FLAG_VALUES,
  INSTRUCTION_SNIPPETS,
  MOUNT_TYPES,
  SHARING_VALUES,
} from '../knowledge/completion/dockerfile';
import { fillMarkdown } from '../explain/markdown';
import { code } from '../explain/hover';
import { instructionAt, keywordOf, locateDockerfile } from '../syntax/dockerfilePath';
import type { ItemSpec } from './render';
import { finish, topicDocumentation, topicItem } from './render';
import type { CompletionItem } from './types';

/** Where the cursor is, for completion: what is being typed and what it may become. */
export type DockerfileCompletionContext =
  | { kind: 'directive' }
  | { kind: 'instruction'; inTrigger: boolean }
  | { kind: 'flag'; keyword: string; instruction: Instruction }
  | { kind: 'flagValue'; keyword: string; flag: string; instruction: Instruction }
  | { kind: 'mountOption'; type: string; present: string[]; instruction: Instruction }
  | { kind: 'mountValue'; option: string; instruction: Instruction }
  | { kind: 'variable' }
  | { kind: 'fromImage'; instruction: Instruction }
  | { kind: 'fromAs' }
  | { kind: 'healthcheckCommand' };

type ContextKind = DockerfileCompletionContext['kind'];

interface Located {
  context: DockerfileCompletionContext;
  /** The text the items replace. */
  range: Range;
}

export function completeDockerfile(doc: DockerfileDocument, pos: Position, lang: Language): CompletionItem[] {
  const located = dockerfileCompletionContext(doc, pos);
  if (!located) return [];
  const row = ROWS[located.context.kind] as Row<ContextKind>;
  return finish(row(doc, located.context, pos, lang), located.range);
}

/** The completion context at a position, or undefined where nothing is offered (inside a shell command, a comment). */
export function dockerfileCompletionContext(doc: DockerfileDocument, pos: Position): Located | undefined {
  const line = doc.lines.lineText(pos.line).replace(/\r$/, '');
  const before = line.slice(0, pos.character);
  const at = (length: number): Range => ({ start: { line: pos.line, character: pos.character - length }, end: pos });
  const first = doc.ast.getInstructions()[0];
  const directive = /^#\s*([a-z]*)$/i.exec(before);
  if (directive && (!first || first.getRange().start.line > pos.line)) return { context: { kind: 'directive' }, range: at(before.length - 1) };
  if (/^\s*#/.test(before)) return undefined;

  const variable = /\$\{?([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  if (variable && !/\$\$\{?[A-Za-z0-9_]*$/.test(before)) return { context: { kind: 'variable' }, range: at(variable[1]?.length ?? 0) };

  const path = locateDockerfile(doc, pos);
  const leaf = path[path.length - 1];
  const instruction = [...path].reverse().find((s) => s.kind === 'instruction');
  const keywordTyped = /^\s*([A-Za-z]*)$/.exec(before);
  if (keywordTyped && (!instruction || leaf?.kind === 'keyword')) return { context: { kind: 'instruction', inTrigger: false }, range: at(keywordTyped[1].length) };
  const trigger = /^\s*ONBUILD\s+([A-Za-z]*)$/i.exec(before);
  if (trigger) return { context: { kind: 'instruction', inTrigger: true }, range: at(trigger[1].length) };

  // The instruction this line belongs to, also when the cursor is after its last character.
  const owner = instruction?.kind === 'instruction' ? instruction.instruction : instructionOnLine(doc, pos);
  if (!owner) return undefined;
  const keyword = keywordOf(owner);
  const word = before.slice(lastSpace(before) + 1);
  const keywordEnd = owner.getInstructionRange().end;
  const sinceKeyword = doc.text.slice(doc.lines.offsetAt(keywordEnd), doc.lines.offsetAt(pos) - word.length);
  const earlier = sinceKeyword.split(/\s+|\\\r?\n/).filter((w) => w !== '');
  const onlyFlagsBefore = earlier.every((w) => w.startsWith('--'));

  const flagValue = /^--([A-Za-z-]+)=(.*)$/.exec(word);
  if (flagValue && onlyFlagsBefore) {
    const flag = flagValue[1].toLowerCase();
    const value = flagValue[2];
    if (flag === 'mount') {
      const parts = value.split(',');
      const last = parts[parts.length - 1];
      const eq = last.indexOf('=');
      if (eq >= 0) return { context: { kind: 'mountValue', option: last.slice(0, eq).toLowerCase(), instruction: owner }, range: at(last.length - eq - 1) };
      const type = parts.map((p) => /^type=(.*)$/i.exec(p)?.[1]?.toLowerCase()).find((t) => t !== undefined) ?? 'bind';
      const present = parts.slice(0, -1).map((p) => p.split('=')[0].toLowerCase());
      return { context: { kind: 'mountOption', type, present, instruction: owner }, range: at(last.length) };
    }
    return { context: { kind: 'flagValue', keyword, flag, instruction: owner }, range: at(value.length) };
  }
  if (word.startsWith('-') && onlyFlagsBefore) return { context: { kind: 'flag', keyword, instruction: owner }, range: at(word.length) };
  const args = earlier.filter((w) => !w.startsWith('--'));
  if (keyword === 'FROM' && args.length === 0) return { context: { kind: 'fromImage', instruction: owner }, range: at(word.length) };
  if (keyword === 'FROM' && args.length === 1 && /^[A-Za-z]*$/.test(word)) return { context: { kind: 'fromAs' }, range: at(word.length) };
  if (keyword === 'HEALTHCHECK' && args.length === 0 && /^[A-Za-z]*$/.test(word)) return { context: { kind: 'healthcheckCommand' }, range: at(word.length) };
  return undefined;
}

/** The instruction whose lines hold `pos.line` (the cursor may be past its last character). */
function instructionOnLine(doc: DockerfileDocument, pos: Position): Instruction | undefined {
  const exact = instructionAt(doc, pos);
  if (exact) return exact;
  const list = doc.ast.getInstructions();
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid].getRange();
    if (r.end.line < pos.line) lo = mid + 1;
    else if (r.start.line > pos.line) hi = mid - 1;
    else return list[mid];
  }
  return undefined;
}

type Row<K extends ContextKind> = (doc: DockerfileDocument, context: Extract<DockerfileCompletionContext, { kind: K }>, pos: Position, lang: Language) => (ItemSpec | undefined)[];

/** The table from completion context to the items it offers. */
const ROWS: { [K in ContextKind]: Row<K> } = {
  directive: (_doc, _c, _p, lang) =>
    DIRECTIVES.map((d, i) => topicItem(`dockerfile.directive.${d.name}`, lang, { label: d.name, kind: 'keyword', insertText: d.insert, snippet: true, rank: i })),
  instruction: (_doc, c, _p, lang) =>
    INSTRUCTION_SNIPPETS.filter(([k]) => !c.inTrigger || !['ONBUILD', 'FROM', 'MAINTAINER'].includes(k)).map(([keyword, snippet], i) =>
      topicItem(`dockerfile.${keyword}`, lang, { label: keyword, kind: 'keyword', insertText: snippet, snippet: true, rank: i }),
    ),
  flag: (_doc, c, _p, lang) => {
    const present = new Set(flagsOf(c.instruction).map((f) => f.getName().toLowerCase()));
    const repeatable = new Set(['mount', 'exclude']);
    return (FLAGS_BY_KEYWORD[c.keyword] ?? [])
      .filter((name) => repeatable.has(name) || !present.has(name))
      .map((name, i) => {
        const insertText = FLAG_INSERT[name] ?? `--${name}`;
        const spec = { label: `--${name}`, kind: 'property' as const, insertText, snippet: insertText.includes('$'), rank: i };
        if (name === 'mount') return { ...spec, documentation: withDocs(fillMarkdown(pick(COMPLETION_TEXTS.mountFlag, lang)), 'https://docs.docker.com/reference/dockerfile/#run---mount', lang) };
        return topicItem(`dockerfile.flag.${name}`, lang, spec);
      });
  },
  flagValue: (doc, c, pos, lang) => flagValues(doc, c, pos, lang),
  mountOption: (_doc, c, _p, lang) => {
    const topic = getTopic(`dockerfile.mount.${c.type}`);
    if (!topic) return [];
    const typeItem: ItemSpec = { label: 'type', kind: 'property', insertText: 'type=', rank: 0, documentation: fillMarkdown(pick(COMPLETION_TEXTS.mountType, lang)) };
    const options = Object.keys(topic.templates ?? {})
      .filter((t) => t.startsWith('opt.'))
      .map((t) => t.slice(4));
    const detail = fill(pick(COMPLETION_TEXTS.mountOption, lang), { type: c.type });
    return [
      c.present.includes('type') ? undefined : typeItem,
      ...options
        .filter((o) => !c.present.includes(o))
        .map((o, i) => ({
          label: o,
          kind: 'property' as const,
          insertText: o === 'rw' || o === 'ro' || o === 'required' ? o : `${o}=`,
          rank: i + 1,
          detail,
          documentation: [o === 'sharing' ? sharingSentences(lang) : optionSentence(topic.templates?.[`opt.${o}`], lang), topicDocumentation(topic, lang)].join('\n\n'),
        })),
    ];
  },
  mountValue: (doc, c, pos, lang) => {
    if (c.option === 'type') return MOUNT_TYPES.map((t, i) => topicItem(`dockerfile.mount.${t}`, lang, { label: t, kind: 'enum', rank: i }));
    if (c.option === 'sharing') {
      const topic = getTopic('dockerfile.mount.cache');
      return SHARING_VALUES.map((v, i) => {
        const t = topic?.templates?.[`sharing.${v}`];
        return t ? { label: v, kind: 'enum' as const, rank: i, documentation: fillMarkdown(pick(t, lang)) } : undefined;
      });
    }
    if (c.option === 'from') return stageItems(doc, c.instruction, pos, lang);
    return [];
  },
  variable: (doc, _c, pos, lang) => variableItems(doc, pos, lang),
  fromImage: (doc, c, pos, lang) => [
    ...stageItems(doc, c.instruction, pos, lang),
    { label: 'scratch', kind: 'value', rank: 100, documentation: withDocs(fillMarkdown(pick(COMPLETION_TEXTS.scratch, lang)), COMPLETION_DOCS.from, lang) },
  ],
  fromAs: (_doc, _c, _p, lang) => [{ label: 'AS', kind: 'keyword', insertText: 'AS ${1:name}', snippet: true, rank: 0, documentation: fillMarkdown(pick(COMPLETION_TEXTS.asKeyword, lang)) }],
  healthcheckCommand: (_doc, _c, _p, lang) => [
    { label: 'CMD', kind: 'keyword', insertText: 'CMD ${1:command}', snippet: true, rank: 0, documentation: withDocs(fillMarkdown(pick(COMPLETION_TEXTS.healthcheckCmd, lang)), COMPLETION_DOCS.healthcheck, lang) },
    { label: 'NONE', kind: 'keyword', rank: 1, documentation: withDocs(fillMarkdown(pick(COMPLETION_TEXTS.healthcheckNone, lang)), COMPLETION_DOCS.healthcheck, lang) },
  ],
};

function withDocs(markdown: string, url: string, lang: Language): string {
  return `${markdown}\n\n[${lang === 'en' ? 'Docker docs' : 'Docker 문서'}](${url})`;
}

/** A mount option's hover sentence ("`target` {value}: …") without its value: what follows the colon. */
function optionSentence(template: { ko: string; en: string } | undefined, lang: Language): string {
  if (!template) return '';
  const text = pick(template, lang);
  const colon = text.indexOf(': ');
  return fillMarkdown(colon >= 0 ? text.slice(colon + 2) : text);
}

/** `sharing`: each value with what it does (the cache topic's `sharing.*` sentences). */
function sharingSentences(lang: Language): string {
  const templates = getTopic('dockerfile.mount.cache')?.templates ?? {};
  return SHARING_VALUES.map((v) => (templates[`sharing.${v}`] ? `- \`${v}\`: ${fillMarkdown(pick(templates[`sharing.${v}`], lang))}` : '')).filter((l) => l !== '').join('\n');
}

function flagValues(doc: DockerfileDocument, c: Extract<DockerfileCompletionContext, { kind: 'flagValue' }>, pos: Position, lang: Language): (ItemSpec | undefined)[] {
  if (c.flag === 'from') return stageItems(doc, c.instruction, pos, lang);
  if (c.flag === 'platform') {
    const platform = getTopic('dockerfile.flag.platform');
    const buildPlatform = platform?.templates?.buildPlatform;
    return [
      { label: '$BUILDPLATFORM', kind: 'variable', rank: 0, documentation: withDocs(buildPlatform ? fillMarkdown(pick(buildPlatform, lang)) : '', COMPLETION_DOCS.platforms, lang) },
      { label: '$TARGETPLATFORM', kind: 'variable', rank: 1, documentation: withDocs(fillMarkdown(pick(COMPLETION_TEXTS.targetPlatform, lang)), COMPLETION_DOCS.platforms, lang) },
      ...COMMON_PLATFORMS.map((p, i) => ({ label: p, kind: 'value' as const, rank: 2 + i, documentation: fillMarkdown(pick(COMPLETION_TEXTS.platformValue, lang), { value: p }) })),
    ];
  }
  const values = FLAG_VALUES[c.flag];
  if (values) {
    const topic = getTopic(`dockerfile.flag.${c.flag}`);
    return values.map((v, i) => {
      const t = topic?.templates?.[v];
      return t && topic ? { label: v, kind: 'enum' as const, rank: i, documentation: `${fillMarkdown(pick(t, lang))}\n\n${topicDocumentation(topic, lang)}` } : undefined;
    });
  }
  return [];
}

/** The named stages before this instruction's own: what `--from=`, `FROM` and `from=` may name. */
function stageItems(doc: DockerfileDocument, instruction: Instruction, pos: Position, lang: Language): ItemSpec[] {
  const here: DockerfileStage | undefined = keywordOf(instruction) === 'FROM' ? doc.stages.find((s) => s.from === instruction) : stageAtLine(doc, pos.line);
  const limit = here ? here.index : doc.stages.length;
  const detail = pick(COMPLETION_TEXTS.stageRef, lang);
  const out: ItemSpec[] = [];
  for (const stage of doc.stages) {
    if (stage.index >= limit || stage.name === undefined) continue;
    const line = stage.from.getRange().start.line + 1;
    out.push({
      label: stage.name,
      kind: 'reference',
      // The nearest earlier stage first: it is the one usually copied from.
      rank: limit - stage.index,
      detail: `${detail} (${lang === 'en' ? 'line' : '줄'} ${line})`,
      documentation: fillMarkdown(pick(COMPLETION_TEXTS.stageRefDoc, lang), { name: stage.name, line }),
    });
  }
  return out;
}

/** `$NAME` / `${NAME}`: the ARGs and ENVs in scope on this line, with the automatic platform ARGs where they are. */
function variableItems(doc: DockerfileDocument, pos: Position, lang: Language): ItemSpec[] {
  const scope = variablesInScope(doc, pos.line);
  const out: ItemSpec[] = [];
  let rank = 0;
  // Declared ones first, the nearest declaration first; then BuildKit's automatic ones.
  const entries = [...scope.entries()].sort((a, b) => (a[1].kind === 'predefined' ? 1 : 0) - (b[1].kind === 'predefined' ? 1 : 0) || b[1].line - a[1].line);
  for (const [name, entry] of entries) {
    const kindText =
      entry.kind === 'predefined'
        ? pick(COMPLETION_TEXTS.variablePlatform, lang)
        : fill(pick(entry.kind === 'ARG' ? COMPLETION_TEXTS.variableArg : COMPLETION_TEXTS.variableEnv, lang), { line: String(entry.line + 1) });
    const valueText = entry.value !== null ? fillMarkdown(pick(COMPLETION_TEXTS.variableValue, lang), { value: code(entry.value) }) : fillMarkdown(pick(COMPLETION_TEXTS.variableNoValue, lang));
    const topic = getTopic(entry.kind === 'predefined' ? 'dockerfile.ARG' : `dockerfile.${entry.kind}`);
    out.push({
      label: name,
      kind: 'variable',
      rank: rank++,
      detail: kindText,
      documentation: [valueText, topic ? topicDocumentation(topic, lang) : ''].filter((s) => s !== '').join('\n\n'),
    });
  }
  return out;
}

/** The index of the last whitespace character of `text`, or -1. */
function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (text[i] === ' ' || text[i] === '\t') return i;
  return -1;
}
