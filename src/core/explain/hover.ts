import type { Language, Range } from '../types';
import { pick } from '../types';
import type { Topic } from '../knowledge/types';
import { sourceLabel } from '../knowledge/sources';
import { codeSpan, fillMarkdown, neutralise } from './markdown';
import type { MarkdownValues, SafeMarkdown } from './markdown';

export { SafeMarkdown, codeSpan, fillMarkdown, joinMarkdown, numeral, ours } from './markdown';
export type { MarkdownValue, MarkdownValues } from './markdown';

export interface HoverResult {
  markdown: string;
  range: Range;
  /** Topic ids the hover draws on, most specific first. */
  topics: string[];
  /** Where the main topic's claims can be checked (URLs; knowledge/sources.ts). */
  sources: string[];
}

export interface RenderOptions {
  language: Language;
  /** Editor hovers link to the panel through a command; the CLI has no panel. */
  conceptLinks?: boolean;
}

/** What the finder found: a topic and the file's own facts about it, already in words. */
export interface HoverParts {
  topic: Topic;
  /** Heading shown in code style, e.g. the instruction or `"8080:80"` (file text: escaped here). */
  heading?: string;
  /** Value-specific lines, shown right after the summary. */
  facts?: string[];
  /** Extra topics to list in `topics` (e.g. the concept behind a flag). */
  related?: string[];
  /** Values for the topic's summary, body and why: plain strings are file text (see markdown.ts). */
  values?: MarkdownValues;
}

/** Most fact lines one hover shows: a file can make any number, the hover box shows a few. */
export const MAX_FACTS = 12;

const LABELS = {
  why: { ko: '왜 중요한가요?', en: 'Why it matters' },
  concept: { ko: '개념 보기', en: 'Open concept' },
  docs: { ko: 'Docker 문서', en: 'Docker docs' },
  sources: { ko: '근거', en: 'Source' },
};

/** Renders the hover: summary first, then this file's facts, then a little context and links. */
export function renderHover(parts: HoverParts, range: Range, options: RenderOptions): HoverResult {
  const { topic } = parts;
  const lang = options.language;
  const values = parts.values ?? {};
  const lines: string[] = [];
  // A heading from the file is file text: a code span like every other value.
  const heading = parts.heading !== undefined ? code(parts.heading).markdown : escapeMarkdown(pick(topic.title, lang));
  lines.push(`**${heading}** — ${fillMarkdown(pick(topic.summary, lang), values)}`);
  for (const fact of (parts.facts ?? []).slice(0, MAX_FACTS)) lines.push('', `- ${fact}`);
  if (topic.body) lines.push('', fillMarkdown(pick(topic.body, lang), values));
  if (topic.why) lines.push('', `**${pick(LABELS.why, lang)}** ${fillMarkdown(pick(topic.why, lang), values)}`);
  const links: string[] = [];
  if (topic.concept && options.conceptLinks) {
    const args = encodeURIComponent(JSON.stringify([topic.concept]));
    links.push(`[${pick(LABELS.concept, lang)}](command:dockerExplain.openConcept?${args})`);
  }
  const sources = topic.sources ?? [];
  if (topic.docs && !sources.includes(topic.docs)) links.push(`[${pick(LABELS.docs, lang)}](${topic.docs})`);
  if (sources.length) links.push(`${pick(LABELS.sources, lang)}: ${sources.map((url) => `[${sourceLabel(url, pick(LABELS.docs, lang))}](${url})`).join(', ')}`);
  if (links.length) lines.push('', links.join(' · '));
  return { markdown: lines.join('\n').replace(/\n{3,}/g, '\n\n'), range, topics: [topic.id, ...(parts.related ?? [])], sources: [...sources] };
}

/**
 * Text shown as plain Markdown text (our titles; never a file value: use `code`). Every ASCII
 * punctuation mark is escaped (CommonMark lets any of them be), and line breaks neutralised.
 */
export function escapeMarkdown(text: string): string {
  return neutralise(text).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** Text from a user's file: a code span that nothing in the text can close (see markdown.ts). */
export function code(text: string): SafeMarkdown {
  return codeSpan(text);
}
