import type { Language } from '../../types';
import { fill, pick } from '../../types';
import { errorRecord, exitCodeRecordId } from '../../knowledge/errors';
import type { ErrorRecord } from '../../knowledge/errors';
import { sourceLabel } from '../../knowledge/sources';
import { codeSpan, fillMarkdown, numeral, ours } from '../markdown';
import type { MarkdownValues } from '../markdown';
import { findDockerErrors, matchDockerError, matchLine } from './matchError';
import type { ErrorMatch } from './matchError';
import { locateErrorCause } from './locate';
import type { ErrorLocation, WorkspaceFile } from './locate';

export type { ErrorMatch } from './matchError';
export type { ErrorLocation, WorkspaceFile } from './locate';
export { findDockerErrors, matchDockerError, matchLine };

export interface ErrorExplanation {
  /** The record's id: `port-already-allocated`. */
  error: string;
  /** The answer in one line, plain text (a terminal link's tooltip): values quoted as ‘…’. */
  title: string;
  markdown: string;
  sources: string[];
  docs: string;
  locations: ErrorLocation[];
  match: ErrorMatch;
}

export interface ErrorExplainOptions {
  language: Language;
  /** The workspace's Dockerfiles, Compose files, .dockerignore files and scripts, to point at the cause. */
  files?: readonly WorkspaceFile[];
  /** List the locations in the Markdown (the CLI); false where they are shown as links instead (the panel). */
  listLocations?: boolean;
}

const LABELS = {
  message: { ko: 'Docker가 출력한 줄', en: 'What Docker printed' },
  causes: { ko: '흔한 원인', en: 'Usual causes' },
  checks: { ko: '확인할 것', en: 'What to check' },
  fixes: { ko: '고치는 방법', en: 'How to fix it' },
  here: { ko: '이 작업 공간에서 찾은 곳', en: 'In this workspace' },
  line: { ko: '{line}번 줄', en: 'line {line}' },
  exitCode: { ko: '종료 코드 {code}', en: 'Exit code {code}' },
  docs: { ko: 'Docker 문서', en: 'Docker docs' },
  sources: { ko: '근거', en: 'Source' },
};

/** Values for one record: what the message carried, then the record's defaults for what it did not. */
function valuesFor(record: ErrorRecord, found: Record<string, string>, lang: Language): { markdown: MarkdownValues; plain: Record<string, string> } {
  const markdown: MarkdownValues = {};
  const plain: Record<string, string> = {};
  for (const [key, text] of Object.entries(record.defaults ?? {})) {
    // A default is our own words: inserted as Markdown text, not as a code span.
    markdown[key] = ours(pick(text, lang));
    plain[key] = pick(text, lang);
  }
  for (const [key, value] of Object.entries(found)) {
    markdown[key] = /^[0-9]{1,6}$/.test(value) ? numeral(value) : value;
    plain[key] = /^[0-9]{1,6}$/.test(value) ? value : `‘${value}’`;
  }
  return { markdown, plain };
}


/** Plain text for a title: a code span in our own words becomes ‘…’ (plain-text surfaces render no Markdown). */
function plainTitle(template: string, values: Record<string, string>): string {
  return fill(template.replace(/`([^`]*)`/g, '‘$1’'), values);
}

/** Explains a known Docker message found in `text` (one line or a pasted block), or null. */
export function explainDockerError(text: string, options: ErrorExplainOptions): ErrorExplanation | null {
  const match = matchDockerError(text);
  return match ? explainMatch(match, options) : null;
}

/** The explanation of one match (the terminal link already has its match). */
export function explainMatch(match: ErrorMatch, options: ErrorExplainOptions): ErrorExplanation {
  const lang = options.language;
  const { record } = match;
  const { markdown: values, plain } = valuesFor(record, match.values, lang);
  const t = (text: { ko: string; en: string }) => fillMarkdown(pick(text, lang), values);
  const lines: string[] = [];
  lines.push(`### ${t(record.title)}`, '');
  lines.push(`${pick(LABELS.message, lang)}: ${codeSpan(match.lineText.slice(match.start, match.end)).markdown}`, '');
  lines.push(t(record.meaning));
  // A RUN step or a dependency that ended with a code we explain: the code's own meaning too.
  const code = Number(match.values.code);
  const exitId = Number.isInteger(code) ? exitCodeRecordId(code) : undefined;
  const exitRecord = exitId ? errorRecord(exitId) : undefined;
  if (exitRecord) lines.push('', `**${fill(pick(LABELS.exitCode, lang), { code })}**: ${fillMarkdown(pick(exitRecord.meaning, lang), {})}`);
  // Where the cause is written comes right after what the message means: it is the answer for this workspace.
  const locations = options.files && options.files.length > 0 ? locateErrorCause(match, options.files) : [];
  if (locations.length > 0 && options.listLocations !== false) {
    lines.push('', `**${pick(LABELS.here, lang)}**`, '');
    for (const loc of locations) {
      const where = `${codeSpan(loc.file).markdown} ${fill(pick(LABELS.line, lang), { line: loc.range.start.line + 1 })}`;
      const values: MarkdownValues = {};
      for (const [key, value] of Object.entries(loc.values)) values[key] = /^[0-9]{1,6}$/.test(value) ? numeral(value) : value;
      lines.push(`- ${where}: ${fillMarkdown(pick(loc.note, lang), values)}`);
    }
  }
  const list = (label: { ko: string; en: string }, items: readonly { ko: string; en: string }[]) => {
    if (items.length === 0) return;
    lines.push('', `**${pick(label, lang)}**`, '', ...items.map((item) => `- ${t(item)}`));
  };
  list(LABELS.causes, record.causes);
  list(LABELS.checks, record.checks);
  list(LABELS.fixes, record.fixes);
  const sources = [...record.sources];
  const links: string[] = [];
  if (!sources.includes(record.docs)) links.push(`[${pick(LABELS.docs, lang)}](${record.docs})`);
  links.push(`${pick(LABELS.sources, lang)}: ${sources.map((url) => `[${sourceLabel(url, pick(LABELS.docs, lang))}](${url})`).join(', ')}`);
  lines.push('', links.join(' · '));
  return {
    error: record.id,
    title: plainTitle(pick(record.title, lang), plain),
    markdown: lines.join('\n'),
    sources,
    docs: record.docs,
    locations,
    match,
  };
}
