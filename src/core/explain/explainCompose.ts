import { isAlias, isMap, isScalar } from 'yaml';
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { Language, Position } from '../types';
import { pick } from '../types';
import type { ComposeDocument } from '../documents/composeDocument';
import { scalarText } from '../documents/composeDocument';
import { getTopic } from '../knowledge';
import type { Topic } from '../knowledge/types';
import type { HoverResult, RenderOptions } from './hover';
import { fillMarkdown, renderHover } from './hover';
import { locate } from './compose/locate';
import type { Located, PathStep } from './compose/locate';
import { ROOT, looksLikeServiceFragment, serviceKeys } from './compose/schema';
import type { Spec } from './compose/schema';
import { runExplainer } from './compose/values';
import type { ExplainContext } from './compose/values';

// The hover for a Compose file: find the node under the cursor by walking down the YAML tree
// by range (locate), match the path against the schema table (schema), then fill the topic's
// templates with this file's values (values). Keys we do not know still get a short generic
// hover naming where they are, so every key of a file answers; values under unknown keys
// get none (we would only be guessing).

/** How a path step was matched against the schema. */
interface Matched {
  spec?: Spec;
  /** `known`: a key of the schema; `name`: a name the author chose; `item`: a list item. */
  how: 'known' | 'name' | 'item' | 'unknown' | 'extension' | 'merge' | 'free';
  /** The spec of the list the step is an item of (for `entry` facts). */
  entryOf?: Spec;
}

export function explainCompose(doc: ComposeDocument, pos: Position, options: RenderOptions): HoverResult | null {
  try {
    return explain(doc, pos, options);
  } catch (err) {
    // A hover must never throw into the editor. Unexpected shapes end here, not in the UI.
    if (typeof console !== 'undefined') console.error('[docker-explain] compose hover failed', err);
    return null;
  }
}

function explain(doc: ComposeDocument, pos: Position, options: RenderOptions): HoverResult | null {
  let offset = doc.lines.offsetAt(pos);
  // On the `- ` of a list item, explain the item (its node starts after the dash).
  if (doc.text[offset] === '-' && doc.text[offset + 1] === ' ') offset += 2;
  const loc = locate(doc.yaml.contents as Node | null, offset);
  if (!loc) return null;
  const matched = matchPath(loc.steps);
  const last = matched[matched.length - 1];
  const step = loc.steps[loc.steps.length - 1];
  const range = doc.lines.range(loc.start, loc.end);
  const lang = options.language;
  const inExtension = matched.some((m) => m.how === 'extension');

  if (isAlias(step.node) && loc.on === 'value') {
    return render(options, 'compose.yaml.alias', `*${step.node.source}`, [], range, { anchor: step.node.source });
  }
  if (loc.on === 'key' && step.key === '<<') return render(options, 'compose.yaml.merge', '<<', [], range);

  if (last.how === 'extension' && loc.on === 'key') {
    return render(options, 'compose.extension', String(step.key), [], range, { key: String(step.key) });
  }
  if (!last.spec || last.how === 'unknown') {
    if (loc.on !== 'key') return null;
    const where = describeParent(loc.steps);
    const topicId = inExtension ? 'compose.extension.content' : 'compose.unknownKey';
    return render(options, topicId, String(step.key), [], range, { key: String(step.key), where });
  }

  const spec = last.spec;
  const topic = getTopic(spec.topic);
  if (!topic) return null;
  const ctx = { ...makeContext(doc, loc, lang, topic), project: options.composeProject };
  const facts: string[] = [];
  const entryOf = findEntrySpec(matched);
  if (loc.on === 'key') {
    if (spec.facts) facts.push(...runExplainer(spec.facts, ctx));
    else if (spec.value && (isScalar(step.node) || step.node === null) && last.how !== 'free') facts.push(...runExplainer(spec.value, ctx));
  } else {
    const explainer = spec.value;
    if (explainer) facts.push(...runExplainer(explainer, ctx));
  }
  if (entryOf && entryOf.spec.entry) {
    const entryCtx = { ...ctx, node: loc.steps[entryOf.index].node, topic: getTopic(entryOf.spec.topic) ?? topic };
    const entryFacts = runExplainer(entryOf.spec.entry, entryCtx);
    for (const f of entryFacts) if (!facts.includes(f)) facts.push(f);
  }
  if (inExtension) facts.push(fillMarkdown(pick(getTopic('compose.extension.content')?.templates?.fragment ?? { ko: '', en: '' }, lang), {}));
  const heading = shorten(loc.on === 'key' ? String(step.key) : scalarText(step.node) ?? String(step.key));
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

function render(options: RenderOptions, topicId: string, heading: string, facts: string[], range: ReturnType<ComposeDocument['lines']['range']>, values: Record<string, string> = {}): HoverResult | null {
  const topic = getTopic(topicId);
  if (!topic) return null;
  return renderHover({ topic, heading, facts, values }, range, options);
}

/** Matches each step of the path against the schema. */
function matchPath(steps: PathStep[]): Matched[] {
  const out: Matched[] = [];
  let spec: Spec | undefined = ROOT;
  for (const step of steps) {
    let next: Matched;
    if (!spec) {
      next = { how: 'unknown' };
    } else if (spec.freeForm) {
      next = { spec, how: 'free' };
    } else if (typeof step.key === 'number') {
      next = { spec: { topic: spec.topic, value: spec.item, keys: spec.itemKeys, entry: spec.entry }, how: 'item', entryOf: spec };
    } else if (step.key === '<<') {
      next = { how: 'merge' };
    } else if (spec.keys && Object.prototype.hasOwnProperty.call(spec.keys, step.key)) {
      next = { spec: spec.keys[step.key], how: 'known' };
    } else if (step.key.startsWith('x-')) {
      next = { how: 'extension' };
    } else if (spec.names) {
      next = { spec: spec.names, how: 'name' };
    } else if (!spec.keys) {
      // A map under a key whose inside we do not model (`deploy.placement`, `devices[0]`):
      // its keys are explained by the enclosing key's topic rather than called unknown.
      next = { spec, how: 'free' };
    } else {
      next = { how: 'unknown' };
    }
    out.push(next);
    // The fragment under `x-name:` is usually merged somewhere (`<<: *defaults`): read its keys
    // with the table they will have there, when they look like a service, a healthcheck, …
    spec = next.how === 'extension' ? fragmentSpec(step.node) : next.spec;
  }
  return out;
}

/** For an `x-` fragment map: the schema it matches best (service, healthcheck, depends_on entry). */
function fragmentSpec(node: Node | null): Spec | undefined {
  if (!isMap(node)) return undefined;
  const keys = (node as YAMLMap).items.map((p) => (isScalar(p.key) ? String((p.key as Scalar).value) : '')).filter((k) => k !== '' && k !== '<<');
  if (keys.length === 0) return undefined;
  const candidates: Spec[] = [
    { topic: 'compose.service', keys: serviceKeys },
    serviceKeys.healthcheck,
    serviceKeys.depends_on.names as Spec,
    serviceKeys.deploy,
    serviceKeys.logging,
  ];
  let best: Spec | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = keys.filter((k) => c.keys && Object.prototype.hasOwnProperty.call(c.keys, k)).length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (best && best.keys === serviceKeys && !looksLikeServiceFragment(keys)) return undefined;
  return best;
}

/** The innermost long-syntax list entry the path is inside, if any. */
function findEntrySpec(matched: Matched[]): { spec: Spec; index: number } | undefined {
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
