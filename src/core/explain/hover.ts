import type { Language, Range } from '../types';
import { pick } from '../types';
import type { Topic } from '../knowledge/types';
import { sourceLabel } from '../knowledge/sources';
import { codeSpan, fillMarkdown, neutralise } from './markdown';
import type { MarkdownValues, SafeMarkdown } from './markdown';
import type { ProjectNameSource } from '../compose/projectName';

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
  /**
   * Editor hovers: a link (a command URI) that opens the whole explanation in the panel. With
   * it the hover is brief, because VS Code shows a hover in a box about 250 px high and hides
   * the rest without a cue (review 01, 09, 21): the answer line, a few of this file's facts and
   * the links; the body, "왜 중요한가요?" and the sources are behind "자세히". VS Code's own
   * expandable hover (VerboseHover) is proposed API in 1.100, our minimum, so it is not used.
   * Without `details` (the CLI, the panel's page) the whole explanation.
   */
  details?: string;
  /** With `details`: only the answer line and the links, for a hover that VS Code stacks under a diagnostic. */
  lineOnly?: boolean;
  /**
   * Compose: the project name Compose uses, when the caller knows the project (the editor reads
   * `.env` and the set's files): it names containers, the default network and volumes. Without
   * it a hover uses the file's own `name:`, else a placeholder.
   */
  composeProject?: { name?: string; from: ProjectNameSource };
}

/** What the finder found: a topic and the file's own facts about it, already in words. */
export interface HoverParts {
  topic: Topic;
  /** Heading shown in code style, e.g. the instruction or `"8080:80"` (file text: escaped here). */
  heading?: string;
  /**
   * The answer from the file's value, Markdown ("`nginx` `1.27` 버전, Alpine Linux 기반 이미지예요"): it
   * takes the summary's place on the first line, and the summary (the general rule) follows the facts.
   */
  lead?: string;
  /**
   * What happens, in order (`docker run`: client → daemon → pull → create → start): one ordered
   * list after the first line, numbered by Markdown alone (review 34: never bullets and numbers).
   */
  steps?: string[];
  /** Value-specific lines, shown right after the summary. */
  facts?: string[];
  /**
   * What a brief (editor) hover shows instead of the first facts, when those are general steps
   * and these are this file's values (a whole `docker run` line: its options, not the run flow).
   */
  briefFacts?: string[];
  /** Extra topics to list in `topics` (e.g. the concept behind a flag). */
  related?: string[];
  /** Values for the topic's summary, body and why: plain strings are file text (see markdown.ts). */
  values?: MarkdownValues;
}

/** Most fact lines one hover shows: a file can make any number, the hover box shows a few. */
export const MAX_FACTS = 12;

/** Fact lines a brief (editor) hover shows; the rest are behind "자세히". */
export const BRIEF_FACTS = 3;

/**
 * Topics whose first fact about the file's value is the answer itself ("호스트 8080 → 컨테이너
 * 80 (tcp), 모든 인터페이스"): a brief hover puts it on the first line, before the general rule.
 */
const ANSWER_FIRST = new Set(['compose.service.ports', 'cli.run.--publish']);

const LABELS = {
  why: { ko: '왜 중요한가요?', en: 'Why it matters' },
  concept: { ko: '개념 보기', en: 'Open concept' },
  docs: { ko: 'Docker 문서', en: 'Docker docs' },
  sources: { ko: '근거', en: 'Source' },
  more: { ko: '자세히', en: 'More' },
};

/** Renders the hover: summary first, then this file's facts, then a little context and links. */
export function renderHover(parts: HoverParts, range: Range, options: RenderOptions): HoverResult {
  const { topic } = parts;
  const lang = options.language;
  const values = parts.values ?? {};
  const lines: string[] = [];
  // A heading from the file is file text: a code span like every other value.
  const heading = parts.heading !== undefined ? code(parts.heading).markdown : escapeMarkdown(pick(topic.title, lang));
  if (options.details !== undefined) return renderBrief(parts, heading, range, options, options.details);
  const summary = fillMarkdown(pick(topic.summary, lang), values);
  lines.push(`**${heading}** — ${parts.lead ?? summary}`);
  if (parts.steps?.length) lines.push('', ...orderedList(parts.steps));
  for (const fact of (parts.facts ?? []).slice(0, MAX_FACTS)) lines.push('', `- ${fact}`);
  if (parts.lead !== undefined) lines.push('', summary);
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

/** `1. …`, `2. …`: a list Markdown numbers, with a blank line between items like the facts'. */
function orderedList(items: readonly string[]): string[] {
  return items.flatMap((item, i) => (i === 0 ? [`${i + 1}. ${item}`] : ['', `${i + 1}. ${item}`]));
}

/**
 * Width the brief hover's facts may take together, in columns (a Hangul syllable two): about
 * five lines of VS Code's hover box, so that the answer line and the links always fit with them.
 */
const BRIEF_FACT_COLUMNS = 500;

/** The first facts, at most BRIEF_FACTS, while they fit BRIEF_FACT_COLUMNS (the first always). */
function briefFacts(facts: readonly string[]): string[] {
  const out: string[] = [];
  let used = 0;
  for (const fact of facts.slice(0, BRIEF_FACTS)) {
    const width = columns(fact);
    if (out.length > 0 && used + width > BRIEF_FACT_COLUMNS) break;
    out.push(fact);
    used += width;
  }
  return out;
}

/** Display columns of Markdown text, roughly: a wide (Hangul, CJK) character two, emphasis and code marks none. */
function columns(markdown: string): number {
  let n = 0;
  for (const ch of markdown) if (ch !== '*' && ch !== '`') n += ch >= '\u1100' ? 2 : 1;
  return n;
}

/**
 * The editor's hover: one answer line, at most BRIEF_FACTS facts as a tight list, and one line
 * of links with "자세히" first when anything was left out.
 */
function renderBrief(parts: HoverParts, heading: string, range: Range, options: RenderOptions, details: string): HoverResult {
  const { topic } = parts;
  const lang = options.language;
  const values = parts.values ?? {};
  const facts = (parts.facts ?? []).slice(0, MAX_FACTS);
  const factLead = ANSWER_FIRST.has(topic.id) && facts[0]?.includes('→') ? facts[0] : undefined;
  const lead = parts.lead ?? factLead;
  const rest = factLead !== undefined ? facts.slice(1) : facts;
  // The steps stand in for the facts only when there is nothing of this file's to show.
  const stepsOnly = parts.briefFacts === undefined && rest.length === 0 && (parts.steps?.length ?? 0) > 0;
  const shown = options.lineOnly ? [] : briefFacts(parts.briefFacts ?? (stepsOnly ? parts.steps ?? [] : rest));
  const lines = [`**${heading}** — ${lead ?? fillMarkdown(pick(topic.summary, lang), values)}`];
  if (shown.length) lines.push('', ...(stepsOnly ? orderedList(shown) : shown.map((fact) => `- ${fact}`)));
  const left = lead !== undefined || parts.briefFacts !== undefined || (parts.steps?.length ?? 0) > shown.length || shown.length < rest.length || topic.body !== undefined || topic.why !== undefined || (topic.sources ?? []).length > 0;
  const links: string[] = [];
  if (left) links.push(`[${pick(LABELS.more, lang)}](${details})`);
  if (topic.concept && options.conceptLinks) links.push(`[${pick(LABELS.concept, lang)}](command:dockerExplain.openConcept?${encodeURIComponent(JSON.stringify([topic.concept]))})`);
  const docs = topic.docs ?? topic.sources?.[0];
  if (docs) links.push(`[${pick(LABELS.docs, lang)}](${docs})`);
  if (links.length) lines.push('', links.join(' · '));
  return { markdown: lines.join('\n'), range, topics: [topic.id, ...(parts.related ?? [])], sources: [...(topic.sources ?? [])] };
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
