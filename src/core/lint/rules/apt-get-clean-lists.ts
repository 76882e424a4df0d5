import { dockerfileRule } from './dockerfile/defineRule';
import { aptCalls, allCommands, callRange } from './dockerfile/commands';
import { hasCacheMountOver, isTemplated, removesPath } from './dockerfile/runScript';
import { shippedStageIndexes } from './dockerfile/stages';

// `apt-get update` downloads package lists (tens of MB) into /var/lib/apt/lists. Removed in a
// later RUN they still weigh in the earlier layer, so they must go in the same RUN. Silent when:
// the lists live on a cache or tmpfs mount (`--mount=type=cache,target=/var/lib/apt/lists`:
// nothing lands in the layer, and removing them would defeat the cache — hadolint #723),
// the RUN runs `apt-get dist-clean`, or the stage does not end up in the final image.

const LISTS = '/var/lib/apt/lists';

export const aptGetCleanLists = dockerfileRule(
  {
    id: 'apt-get-clean-lists',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '‘apt-get update’로 받은 목록은 같은 RUN에서 지워요', en: 'Remove apt lists in the RUN that downloads them' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
    ],
    messages: {
      keepLists: {
        ko: '‘{command}’이/가 받은 패키지 목록(/var/lib/apt/lists)이 이 RUN의 레이어에 남아요. 같은 RUN 끝에 ‘&& rm -rf /var/lib/apt/lists/*’를 붙이세요. 다음 RUN에서 지우면 이미 만들어진 레이어는 줄지 않아요.',
        en: 'The lists downloaded by ‘{command}’ stay in this layer. End the same RUN with ‘&& rm -rf /var/lib/apt/lists/*’; a later RUN cannot shrink this layer.',
      },
    },
    equivalents: { hadolint: ['DL3009'] },
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    const cleaned = new Set(
      allCommands(doc)
        .filter((c) => ['apt-get', 'apt'].includes(c.resolved.program) && c.resolved.args.some((a) => a.text === 'dist-clean'))
        .map((c) => c.script),
    );
    for (const call of aptCalls(doc, ['update'])) {
      const script = call.found.script;
      if (!shipped.has(script.stage.index) || cleaned.has(script) || isTemplated(script)) continue;
      if (hasCacheMountOver(script, [LISTS]) || removesPath(script, [LISTS])) continue;
      report({ range: callRange(doc, call.program, call.sub), messageId: 'keepLists', data: { command: doc.text.slice(call.program.start, call.sub.end) } });
    }
  },
);
