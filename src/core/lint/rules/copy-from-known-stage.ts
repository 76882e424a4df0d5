import type { Range } from '../../types';
import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import type { Report } from '../types';
import { dockerfileRule } from './dockerfile/defineRule';
import { runScripts } from './dockerfile/runScript';
import { resolveText } from '../../model/dockerfileVariables';
import { keywordOf } from './dockerfile/stages';
import { closest } from './dockerfile/text';
import { flagsOf } from '../../documents/dockerfileAstMemo';

// `COPY --from=<x>` (and `RUN --mount=…,from=<x>`) names a stage, a stage index, or an image.
// We report only what is certainly wrong: the stage copying from itself, an index past the
// last stage, and a bare name one or two letters away from a stage (a typo that Docker would
// try to pull from Docker Hub). `--from=$STAGE` is resolved from ARG defaults, or left alone;
// names that look like images (`nginx:1.27`, `ghcr.io/x/y`) are images.

export const copyFromKnownStage = dockerfileRule(
  {
    id: 'copy-from-known-stage',
    kinds: ['dockerfile'],
    severity: 'error',
    title: { ko: '--from은 있는 스테이지를 가리켜야 해요', en: '--from must name an existing stage' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#copy---from',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
    ],
    messages: {
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
    for (const stage of doc.stages) {
      for (const instruction of stage.instructions) {
        if (keywordOf(instruction) !== 'COPY') continue;
        const flag = flagsOf(instruction).find((f) => f.getName().toLowerCase() === 'from');
        const value = flag?.getValue();
        const range = flag?.getValueRange();
        if (value && range) check(doc, stage, value, range, instruction.getRange().start.line, report);
      }
    }
    for (const script of runScripts(doc)) {
      const flags = flagsOf(script.instruction);
      for (const flag of flags) {
        if (flag.getName().toLowerCase() !== 'mount') continue;
        const text = flag.getValue() ?? '';
        const m = /(?:^|,)from=([^,]*)/.exec(text);
        const valueRange = flag.getValueRange();
        if (!m || !valueRange) continue;
        const at = doc.lines.offsetAt(valueRange.start) + m.index + m[0].indexOf('=') + 1;
        check(doc, script.stage, m[1], doc.lines.range(at, at + m[1].length), script.instruction.getRange().start.line, report);
      }
    }
  },
);

// Official images often copied from by bare name (`COPY --from=node …`): never a typo.
const OFFICIAL_IMAGES = new Set([
  'alpine', 'busybox', 'debian', 'ubuntu', 'node', 'golang', 'python', 'rust', 'nginx', 'httpd', 'docker', 'composer', 'php',
  'ruby', 'openjdk', 'maven', 'gradle', 'postgres', 'redis', 'mysql', 'mariadb', 'mongo', 'caddy', 'traefik', 'registry',
  'bash', 'gcc', 'perl', 'erlang', 'elixir', 'swift', 'julia', 'haskell', 'scratch', 'hello-world', 'tomcat', 'memcached',
]);

function check(doc: DockerfileDocument, stage: DockerfileStage, written: string, range: Range, line: number, report: (r: Report) => void): void {
  const ref = resolveText(doc, written, line);
  if (ref === undefined || ref === '') return;
  if (/^\d+$/.test(ref)) {
    const index = Number(ref);
    if (index === stage.index) report({ range, messageId: 'self', data: { ref } });
    else if (index >= doc.stages.length) report({ range, messageId: 'indexMissing', data: { ref, last: doc.stages.length - 1 } });
    return;
  }
  const lower = ref.toLowerCase();
  const { named, lowerNames } = namedStages(doc);
  if (lowerNames.has(lower)) {
    if (stage.name?.toLowerCase() === lower) report({ range, messageId: 'self', data: { ref } });
    return;
  }
  if (/[/:.@$]/.test(ref) || OFFICIAL_IMAGES.has(lower)) return; // an image reference
  const suggestion = closest(ref, named.map((s) => s.name as string), ref.length >= 6 ? 2 : 1);
  if (!suggestion || ref.length < 4) return;
  const target = named.find((s) => s.name === suggestion);
  report({ range, messageId: 'typo', data: { ref, suggestion, line: (target?.from.getRange().start.line ?? 0) + 1 } });
}

const namedCache = new WeakMap<DockerfileDocument, { named: DockerfileStage[]; lowerNames: Set<string> }>();

/** The stages with an `AS` name, and those names in lower case, listed once per document (asked for every `--from`). */
function namedStages(doc: DockerfileDocument): { named: DockerfileStage[]; lowerNames: Set<string> } {
  let known = namedCache.get(doc);
  if (!known) {
    const named = doc.stages.filter((s) => s.name !== undefined);
    known = { named, lowerNames: new Set(named.map((s) => (s.name as string).toLowerCase())) };
    namedCache.set(doc, known);
  }
  return known;
}
