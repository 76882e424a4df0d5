import { isAlias, isMap, isScalar } from 'yaml';
import type { Language, Position, Range } from '../types';
import { pick } from '../types';
import type { ComposeDocument } from '../documents/composeDocument';
import { scalarText } from '../documents/composeDocument';
import { getTopic } from '../knowledge';
import type { Topic } from '../knowledge/types';
import type { HoverResult, RenderOptions } from './hover';
import { fillMarkdown, renderHover } from './hover';
import type { Located, PathStep } from './compose/locate';
import type { Spec } from './compose/schema';
import { runExplainer } from './compose/values';
import type { ExplainContext } from './compose/values';
import { locateCompose } from '../syntax/composePath';
import type { ComposeLeafKind, ComposeMatch, ComposeNodePath } from '../syntax/composePath';

// The hover for a Compose file: the locator (../syntax/composePath.ts) says what is under the
// cursor, as a path down the YAML tree matched against the schema table (schema); the table
// below answers by the kind of its innermost step, filling the topic's templates with this
// file's values (values). Keys we do not know still get a short generic hover naming where they
// are, so every key of a file answers; values under unknown keys get none (we would only be
// guessing).

export function explainCompose(doc: ComposeDocument, pos: Position, options: RenderOptions): HoverResult | null {
  try {
    return explain(doc, pos, options);
  } catch (err) {
    // A hover must never throw into the editor. Unexpected shapes end here, not in the UI.
    if (typeof console !== 'undefined') console.error('[docker-explain] compose hover failed', err);
    return null;
  }
}

interface HoverCall {
  doc: ComposeDocument;
  path: ComposeNodePath;
  /** The innermost step of the tree. */
  step: PathStep;
  range: Range;
  options: RenderOptions;
  /** Somewhere under an `x-` key (a fragment merged elsewhere). */
  inExtension: boolean;
}

/** The hover for each kind of innermost step (ComposeLeafKind): a new kind of place is one row. */
const HOVER_ROWS: { [K in ComposeLeafKind]: (c: HoverCall) => HoverResult | null } = {
  alias: ({ options, step, range }) => {
    const anchor = isAlias(step.node) ? step.node.source : '';
    return render(options, 'compose.yaml.alias', `*${anchor}`, [], range, { anchor });
  },
  merge: ({ options, range }) => render(options, 'compose.yaml.merge', '<<', [], range),
  extensionKey: ({ options, step, range }) => render(options, 'compose.extension', String(step.key), [], range, { key: String(step.key) }),
  unknownKey: ({ options, step, range, path, inExtension }) =>
    render(options, inExtension ? 'compose.extension.content' : 'compose.unknownKey', String(step.key), [], range, { key: String(step.key), where: describeParent(path.steps) }),
  // A value under a key we do not know: we would only be guessing.
  unknownValue: () => null,
  spec: specHover,
};

function explain(doc: ComposeDocument, pos: Position, options: RenderOptions): HoverResult | null {
  const path = locateCompose(doc, pos);
  if (!path) return null;
  const step = path.steps[path.steps.length - 1];
  const range = doc.lines.range(path.start, path.end);
  const inExtension = path.matched.some((m) => m.how === 'extension');
  return HOVER_ROWS[path.leaf]({ doc, path, step, range, options, inExtension });
}

/** A key or value the schema table knows: its topic, filled with this file's values. */
function specHover({ doc, path, step, range, options, inExtension }: HoverCall): HoverResult | null {
  const matched = path.matched;
  const last = matched[matched.length - 1];
  const spec = last.spec as Spec;
  const topic = getTopic(spec.topic);
  if (!topic) return null;
  const lang = options.language;
  const ctx = { ...makeContext(doc, path, lang, topic), project: options.composeProject };
  const facts: string[] = [];
  const entryOf = findEntrySpec(matched);
  if (path.on === 'key') {
    if (spec.facts) facts.push(...runExplainer(spec.facts, ctx));
    else if (spec.value && (isScalar(step.node) || step.node === null) && last.how !== 'free') facts.push(...runExplainer(spec.value, ctx));
  } else {
    const explainer = spec.value;
    if (explainer) facts.push(...runExplainer(explainer, ctx));
  }
  if (entryOf && entryOf.spec.entry) {
    const entryCtx = { ...ctx, node: path.steps[entryOf.index].node, topic: getTopic(entryOf.spec.topic) ?? topic };
    const entryFacts = runExplainer(entryOf.spec.entry, entryCtx);
    for (const f of entryFacts) if (!facts.includes(f)) facts.push(f);
  }
  if (inExtension) facts.push(fillMarkdown(pick(getTopic('compose.extension.content')?.templates?.fragment ?? { ko: '', en: '' }, lang), {}));
  const heading = shorten(path.on === 'key' ? String(step.key) : scalarText(step.node) ?? String(step.key));
  return renderHover({ topic, heading, facts: facts.filter((f) => f !== ''), values: ctx.values }, range, options);
}

/** Headings are one line: a long or multi-line value (an inline script) is cut. */
function shorten(textValue: string): string {
  // Line by line rather than one `\s*\r?\n\s*` regex, which backtracked over every `\r` of a
  // 100,000-`\r` key (review F9: 14 s). Blank lines vanish, as that regex swallowed them.
  const oneLine = textValue
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function render(options: RenderOptions, topicId: string, heading: string, facts: string[], range: Range, values: Record<string, string> = {}): HoverResult | null {
  const topic = getTopic(topicId);
  if (!topic) return null;
  return renderHover({ topic, heading, facts, values }, range, options);
}

/** The innermost long-syntax list entry the path is inside, if any. */
function findEntrySpec(matched: ComposeMatch[]): { spec: Spec; index: number } | undefined {
  for (let i = matched.length - 1; i >= 0; i--) {
    const m = matched[i];
    if (m.how === 'item' && m.entryOf?.entry) return { spec: m.entryOf, index: i };
    if (m.how === 'name' && m.spec?.entry && i < matched.length - 1) return { spec: m.spec, index: i };
  }
  return undefined;
}

function describeParent(steps: PathStep[]): string {
  const parts = steps.slice(0, -1).map((s) => (typeof s.key === 'number' ? `[${s.key}]` : s.key));
  return parts.length === 0 ? '(root)' : parts.join('.').replace(/\.\[/g, '[');
}

function makeContext(doc: ComposeDocument, loc: Located, lang: Language, topic: Topic): ExplainContext {
  const step = loc.steps[loc.steps.length - 1];
  const serviceStep = loc.steps[0]?.key === 'services' ? loc.steps[1] : undefined;
  return {
    doc,
    lang,
    topic,
    steps: loc.steps,
    on: loc.on,
    node: step.node,
    key: step.key,
    service:
      serviceStep && typeof serviceStep.key === 'string' && serviceStep.keyNode
        ? { name: serviceStep.key, keyRange: doc.lines.range(serviceStep.keyNode.range?.[0] ?? 0, serviceStep.keyNode.range?.[1] ?? 0), map: isMap(serviceStep.node) ? serviceStep.node : undefined }
        : undefined,
    values: {},
  };
}
