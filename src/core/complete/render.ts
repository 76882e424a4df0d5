// Turning knowledge into completion texts: the documentation is the hover's own summary (and
// body) of the topic, the detail its first sentence in plain text. One source of text, so the
// list and the hover cannot drift apart.

import type { Language, Localized } from '../types';
import { pick } from '../types';
import { getTopic } from '../knowledge';
import type { Topic } from '../knowledge/types';
import { fillMarkdown } from '../explain/markdown';
import type { MarkdownValues } from '../explain/markdown';
import { plainFromMarkdown } from '../text/plain';
import type { CompletionItem, CompletionKind } from './types';

const DOCS_LABEL: Localized = { ko: 'Docker 문서', en: 'Docker docs' };

/** Longest detail, in characters: the editor shows it on one line next to the label. */
const MAX_DETAIL = 60;

/** The hover's words for a topic: summary, body, and a link to Docker's page. */
export function topicDocumentation(topic: Topic, lang: Language, values: MarkdownValues = {}, extra: string[] = []): string {
  const parts = [fillMarkdown(pick(topic.summary, lang), values), ...extra];
  if (topic.body) parts.push(fillMarkdown(pick(topic.body, lang), values));
  const docs = topic.docs ?? topic.sources?.[0];
  if (docs) parts.push(`[${pick(DOCS_LABEL, lang)}](${docs})`);
  // A hover sentence that names a value of the file (`{assignment}`) has none in a list: `…` stands for it.
  return parts
    .filter((p) => p !== '')
    .join('\n\n')
    .replace(/\{\w+\}/g, '…');
}

/** The first sentence of Markdown as one short plain line. */
export function shortDetail(markdown: string): string {
  const plain = plainFromMarkdown(markdown).replace(/\s+/g, ' ').trim();
  const end = plain.search(/(?<=[.!?요다])\s|(?<=\.)$/);
  const first = end > 0 ? plain.slice(0, end).trim() : plain;
  return first.length > MAX_DETAIL ? `${first.slice(0, MAX_DETAIL - 1)}…` : first;
}

export interface ItemSpec {
  label: string;
  kind: CompletionKind;
  insertText?: string;
  snippet?: boolean;
  /** A detail written for the list; else the first sentence of the documentation. */
  detail?: string;
  documentation: string;
  /** Group and order inside it: smaller first. */
  rank: number;
  filterText?: string;
}

/** An item from a topic of the knowledge (`documentation` = the hover's summary and body). */
export function topicItem(topicId: string, lang: Language, spec: Omit<ItemSpec, 'documentation'> & { values?: MarkdownValues; extra?: string[] }): ItemSpec | undefined {
  const topic = getTopic(topicId);
  if (!topic) return undefined;
  return { ...spec, documentation: topicDocumentation(topic, lang, spec.values, spec.extra) };
}

/** The finished list: one item per label (the first, best-ranked wins), ordered by rank then label. */
export function finish(specs: readonly (ItemSpec | undefined)[], range: CompletionItem['range']): CompletionItem[] {
  const byLabel = new Map<string, ItemSpec>();
  for (const spec of specs) {
    if (!spec) continue;
    const known = byLabel.get(spec.label);
    if (!known || spec.rank < known.rank) byLabel.set(spec.label, spec);
  }
  const sorted = [...byLabel.values()].sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  return sorted.map((spec, i) => {
    const item: CompletionItem = {
      label: spec.label,
      kind: spec.kind,
      detail: spec.detail ?? shortDetail(spec.documentation),
      documentation: spec.documentation,
      insertText: spec.insertText ?? spec.label,
      sortText: String(i).padStart(4, '0'),
    };
    if (spec.snippet) item.snippet = true;
    if (range) item.range = range;
    if (spec.filterText !== undefined) item.filterText = spec.filterText;
    return item;
  });
}
