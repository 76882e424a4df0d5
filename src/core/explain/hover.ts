import type { Language, Range } from '../types';
import { fill, pick } from '../types';
import type { Topic } from '../knowledge/types';
import { sourceLabel } from '../knowledge/sources';

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
  /** Heading shown in code style, e.g. the instruction or `"8080:80"`. */
  heading?: string;
  /** Value-specific lines, shown right after the summary. */
  facts?: string[];
  /** Extra topics to list in `topics` (e.g. the concept behind a flag). */
  related?: string[];
  values?: Record<string, string | number>;
}

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
  const heading = parts.heading ?? pick(topic.title, lang);
  lines.push(`**${escapeMarkdown(heading)}** — ${fill(pick(topic.summary, lang), values)}`);
  for (const fact of parts.facts ?? []) lines.push('', `- ${fact}`);
  if (topic.body) lines.push('', fill(pick(topic.body, lang), values));
  if (topic.why) lines.push('', `**${pick(LABELS.why, lang)}** ${fill(pick(topic.why, lang), values)}`);
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

/** Text from a user's file shown in bold or plain Markdown must not become markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`);
}

/** Text from a user's file shown inside backticks: a backtick inside would end the span. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}
