import type { Range } from '../../types';
import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import type { Report } from '../types';
import { dockerfileRule } from './dockerfile/defineRule';
import { parseMount, runScripts } from './dockerfile/runScript';
import { parentStage } from './dockerfile/stages';
import { keywordOf } from './dockerfile/stages';
import { closest } from './dockerfile/text';
import { flagsOf } from '../../documents/dockerfileAstMemo';

// `COPY --from=<x>` (and `RUN --mount=…,from=<x>`) names a stage, a stage index, or an image.
// We report what BuildKit rejects (moby/buildkit v0.32.2, frontend/dockerfile/dockerfile2llb):
// - a variable: `--from` is never expanded. convert.go toCommand stops the build with "variable
//   expansion is not supported for --from" since Dockerfile 1.18.0 (BuildKit v0.24.0, commit
//   07f5b3a; before, the unexpanded text failed later as an image name), and a `$` in a mount's
//   `from=` stops it with "'from' doesn't support variable expansion" (instructions/commands_runmount.go);
// - a stage defined later: all names are known before any stage is built, but stages are built
//   in file order, so dispatch stops with "cannot copy from stage …, it needs to be defined
//   before current stage …" (convert.go; "cannot mount from stage …" in convert_runmount.go)
//   when that stage is built; stages the final one does not need only fail under `--target`;
// - stages that copy from each other in a loop: validations.go validateCircularDependency stops
//   every build with "circular dependency detected on stage", whatever the target;
// - the stage copying from itself (the smallest loop), an index past the last stage, and a bare
//   name one or two letters away from a stage (a typo Docker would try to pull as an image).
// Names that look like images (`nginx:1.27`, `ghcr.io/x/y`) are images.

export const copyFromKnownStage = dockerfileRule(
  {
    id: 'copy-from-known-stage',
    kinds: ['dockerfile'],
    severity: 'error',
    title: { ko: '--from은 있는 스테이지를 가리켜야 해요', en: '--from must name an existing stage' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#copy---from',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert_runmount.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/instructions/commands_runmount.go',
    ],
    messages: {
      variable: {
        ko: '‘--from={ref}’: BuildKit은 --from 안의 변수를 풀지 않아요. 빌드가 "variable expansion is not supported for --from" 오류로 멈춰요(Dockerfile 1.18부터. 그 전에도 이 글자 그대로 이미지를 찾다가 실패해요). 첫 FROM 앞의 ARG로 ‘FROM ${name} AS 별칭’ 스테이지를 만들고 ‘--from=별칭’을 쓰세요.',
        en: '‘--from={ref}’: BuildKit does not expand variables in --from; the build stops with "variable expansion is not supported for --from" (Dockerfile 1.18+; older versions failed looking up the literal text). Declare a stage ‘FROM ${name} AS alias’ with a global ARG and use ‘--from=alias’.',
      },
      variableMount: {
        ko: '‘from={ref}’: RUN --mount의 from에는 변수를 쓸 수 없어요. 빌드가 "\'from\' doesn\'t support variable expansion" 오류로 멈춰요. 첫 FROM 앞의 ARG로 ‘FROM ${name} AS 별칭’ 스테이지를 만들고 ‘from=별칭’을 쓰세요.',
        en: '‘from={ref}’: RUN --mount cannot take a variable in from; the build stops with "\'from\' doesn\'t support variable expansion". Declare a stage ‘FROM ${name} AS alias’ with a global ARG and use ‘from=alias’.',
      },
      later: {
        ko: '‘{ref}’은/는 이 스테이지보다 뒤(줄 {line})에 정의된 스테이지예요. BuildKit은 스테이지를 위에서부터 빌드해서, 이 스테이지를 빌드하면 "{error}" 오류로 멈춰요. 그 스테이지를 이 스테이지 앞으로 옮기세요.',
        en: '‘{ref}’ is a stage defined later (line {line}). BuildKit builds stages top-down, so building this stage stops with "{error}". Move that stage above this one.',
      },
      cycle: {
        ko: '‘{ref}’ 때문에 스테이지들이 서로를 기다려요({path}). BuildKit은 어느 스테이지를 빌드하든 "circular dependency detected on stage" 오류로 멈춰요.',
        en: '‘{ref}’ makes stages wait for each other ({path}); BuildKit stops any build with "circular dependency detected on stage".',
      },
      self: {
        ko: '‘--from={ref}’은/는 지금 이 스테이지 자신이에요. 스테이지는 자기 자신에게서 복사할 수 없어서 빌드가 멈춰요.',
        en: '‘--from={ref}’ is the current stage itself; a stage cannot copy from itself.',
      },
      indexMissing: {
        ko: '‘--from={ref}’: 이 파일의 스테이지는 0부터 {last}까지예요. {ref}번 스테이지는 없어요.',
        en: '‘--from={ref}’: this file has stages 0 to {last}; there is no stage {ref}.',
      },
      typo: {
        ko: '‘--from={ref}’이라는/라는 스테이지는 없어요. ‘{suggestion}’(줄 {line})을/를 쓰려던 건가요? 이대로면 Docker는 ‘{ref}’을/를 레지스트리의 이미지로 여기고 내려받으려다 실패해요.',
        en: 'There is no stage ‘{ref}’ (did you mean ‘{suggestion}’, line {line}?). Docker would try to pull an image named ‘{ref}’ instead.',
      },
    },
    equivalents: { hadolint: ['DL3022', 'DL3023'] },
  },
  (doc, report) => {
    const refs = stageRefs(doc);
    const graph = dependencyGraph(doc, refs);
    const needed = neededByFinal(doc, graph);
    for (const r of refs) check(doc, r, graph, needed, report);
  },
);

/** One `--from` (COPY) or `from=` (RUN --mount) as written. */
interface StageRef {
  stage: DockerfileStage;
  written: string;
  range: Range;
  kind: 'copy' | 'mount';
  /** The mount's target, for BuildKit's error text. */
  mountTarget?: string;
}

function stageRefs(doc: DockerfileDocument): StageRef[] {
  const out: StageRef[] = [];
  for (const stage of doc.stages) {
    for (const instruction of stage.instructions) {
      if (keywordOf(instruction) !== 'COPY') continue;
      const flag = flagsOf(instruction).find((f) => f.getName().toLowerCase() === 'from');
      const value = flag?.getValue();
      const range = flag?.getValueRange();
      if (value && range) out.push({ stage, written: value, range, kind: 'copy' });
    }
  }
  for (const script of runScripts(doc)) {
    for (const flag of flagsOf(script.instruction)) {
      if (flag.getName().toLowerCase() !== 'mount') continue;
      const text = flag.getValue() ?? '';
      const m = /(?:^|,)from=([^,]*)/.exec(text);
      const valueRange = flag.getValueRange();
      if (!m || !valueRange || !m[1]) continue;
      const at = doc.lines.offsetAt(valueRange.start) + m.index + m[0].indexOf('=') + 1;
      out.push({ stage: script.stage, written: m[1], range: doc.lines.range(at, at + m[1].length), kind: 'mount', mountTarget: parseMount(text).target });
    }
  }
  return out;
}

/** What BuildKit rejects as a variable: any expansion in COPY --from, a `$` before the end in a mount's from. */
function hasVariable(r: StageRef): boolean {
  if (r.kind === 'copy') return /\$(?:[A-Za-z_{])/.test(r.written);
  const dollar = r.written.indexOf('$');
  return dollar >= 0 && dollar !== r.written.length - 1;
}

/** The stage a reference names (by index, or by name: the last stage of that name, as statesByName keeps it). */
function target(doc: DockerfileDocument, r: StageRef): DockerfileStage | undefined {
  if (hasVariable(r)) return undefined;
  if (/^\d+$/.test(r.written)) return doc.stages[Number(r.written)];
  return namedStages(doc).lastByLowerName.get(r.written.toLowerCase());
}

/** Stage index → the stages its --from / mount from= name (BuildKit's `deps`; FROM parents are not among them). */
function dependencyGraph(doc: DockerfileDocument, refs: readonly StageRef[]): Map<number, Set<number>> {
  const graph = new Map<number, Set<number>>();
  for (const r of refs) {
    const t = target(doc, r);
    if (!t) continue;
    const edges = graph.get(r.stage.index) ?? new Set<number>();
    edges.add(t.index);
    graph.set(r.stage.index, edges);
  }
  return graph;
}

/** The stages building the last stage needs: its FROM parents and what they copy from, transitively. */
function neededByFinal(doc: DockerfileDocument, graph: Map<number, Set<number>>): Set<number> {
  const last = doc.stages[doc.stages.length - 1];
  const needed = new Set<number>();
  const todo = last ? [last.index] : [];
  while (todo.length) {
    const i = todo.pop() as number;
    if (needed.has(i)) continue;
    needed.add(i);
    const parent = parentStage(doc, doc.stages[i]);
    if (parent) todo.push(parent.index);
    for (const j of graph.get(i) ?? []) todo.push(j);
  }
  return needed;
}

/** A path of stage indexes from `from` back to `to` through --from edges, if there is one (iterative: no deep recursion on hostile files). */
function pathBack(graph: Map<number, Set<number>>, from: number, to: number): number[] | undefined {
  const cameFrom = new Map<number, number>([[from, -1]]);
  const todo = [from];
  while (todo.length) {
    const i = todo.pop() as number;
    if (i === to) {
      const path: number[] = [];
      for (let k = i; k !== -1; k = cameFrom.get(k) as number) path.unshift(k);
      return path;
    }
    for (const j of graph.get(i) ?? []) {
      if (cameFrom.has(j)) continue;
      cameFrom.set(j, i);
      todo.push(j);
    }
  }
  return undefined;
}

// Official images often copied from by bare name (`COPY --from=node …`): never a typo.
const OFFICIAL_IMAGES = new Set([
  'alpine', 'busybox', 'debian', 'ubuntu', 'node', 'golang', 'python', 'rust', 'nginx', 'httpd', 'docker', 'composer', 'php',
  'ruby', 'openjdk', 'maven', 'gradle', 'postgres', 'redis', 'mysql', 'mariadb', 'mongo', 'caddy', 'traefik', 'registry',
  'bash', 'gcc', 'perl', 'erlang', 'elixir', 'swift', 'julia', 'haskell', 'scratch', 'hello-world', 'tomcat', 'memcached',
]);

function stageLabel(stage: DockerfileStage): string {
  return stage.name ?? String(stage.index);
}

function check(doc: DockerfileDocument, r: StageRef, graph: Map<number, Set<number>>, needed: Set<number>, report: (r: Report) => void): void {
  const { stage, written: ref, range } = r;
  if (hasVariable(r)) {
    const name = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(ref)?.[1] ?? 'IMAGE';
    report({ range, messageId: r.kind === 'copy' ? 'variable' : 'variableMount', data: { ref, name } });
    return;
  }
  if (/^\d+$/.test(ref) && Number(ref) >= doc.stages.length) {
    report({ range, messageId: 'indexMissing', data: { ref, last: doc.stages.length - 1 } });
    return;
  }
  const t = target(doc, r);
  if (t) {
    if (t === stage) {
      report({ range, messageId: 'self', data: { ref } });
      return;
    }
    if (t.index < stage.index) return;
    // A stage defined later: a loop back to this stage fails every build; otherwise building this stage fails.
    const loop = pathBack(graph, t.index, stage.index);
    if (loop) {
      const path = [stage.index, ...loop].map((i) => stageLabel(doc.stages[i])).join(' → ');
      report({ range, messageId: 'cycle', data: { ref, path } });
      return;
    }
    const error = r.kind === 'copy'
      ? `cannot copy from stage "${ref}", it needs to be defined before current stage "${stage.name ?? `stage-${stage.index}`}"`
      : `cannot mount from stage "${ref}" to "${r.mountTarget ?? ''}", stage needs to be defined before current command`;
    report({ range, messageId: 'later', data: { ref, line: t.from.getRange().start.line + 1, error }, ...(needed.has(stage.index) ? {} : { maxSeverity: 'warning' }) });
    return;
  }
  if (/^\d+$/.test(ref)) return;
  const lower = ref.toLowerCase();
  if (/[/:.@$]/.test(ref) || OFFICIAL_IMAGES.has(lower)) return; // an image reference
  const { named } = namedStages(doc);
  const suggestion = closest(ref, named.map((s) => s.name as string), ref.length >= 6 ? 2 : 1);
  if (!suggestion || ref.length < 4) return;
  const typoTarget = named.find((s) => s.name === suggestion);
  report({ range, messageId: 'typo', data: { ref, suggestion, line: (typoTarget?.from.getRange().start.line ?? 0) + 1 } });
}

interface NamedStages {
  named: DockerfileStage[];
  /** Lower-cased name → the last stage of that name (what a reference resolves to). */
  lastByLowerName: Map<string, DockerfileStage>;
}

const namedCache = new WeakMap<DockerfileDocument, NamedStages>();

/**
 * The stages with an `AS` name, and each lower-cased name's last stage, listed once per document:
 * every `--from` asks, and a scan of all stages per reference made the rule quadratic (a third
 * of the lint of a 500-stage file, most of it lower-cased copies of the names).
 */
function namedStages(doc: DockerfileDocument): NamedStages {
  let known = namedCache.get(doc);
  if (!known) {
    const named = doc.stages.filter((s) => s.name !== undefined);
    const lastByLowerName = new Map<string, DockerfileStage>();
    for (const s of named) lastByLowerName.set((s.name as string).toLowerCase(), s);
    known = { named, lastByLowerName };
    namedCache.set(doc, known);
  }
  return known;
}
