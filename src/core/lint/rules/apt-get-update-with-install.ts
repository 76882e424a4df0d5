import { dockerfileRule } from './dockerfile/defineRule';
import type { AptCall } from './dockerfile/commands';
import type { RunScript } from './dockerfile/runScript';
import { aptCalls, callRange } from './dockerfile/commands';

// Docker reuses a RUN's layer from the build cache while its text is unchanged. When
// `apt-get update` sits alone in one RUN and `apt-get install` in a later one, the update layer
// stays cached for months and a new install reads stale lists: "Unable to locate package" or
// old versions. We report the update only when a later RUN of the same stage installs without
// updating first — an update that nothing installs from is merely wasted, not stale.

const USES_LISTS = ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download'];

export const aptGetUpdateWithInstall = dockerfileRule(
  {
    id: 'apt-get-update-with-install',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '‘apt-get update’와 ‘install’은 같은 RUN에 써요', en: 'Run apt-get update and install in the same RUN' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
    ],
    messages: {
      separate: {
        ko: '‘{command}’이/가 줄 {installLine}의 ‘{install}’과/와 다른 RUN에 있어요. 빌드 캐시가 이 update 레이어를 계속 재사용하면 설치가 오래된 패키지 목록을 읽어요("Unable to locate package" 또는 옛 버전). ‘apt-get update && apt-get install …’을 한 RUN에 쓰세요.',
        en: '‘{command}’ is in a different RUN from ‘{install}’ (line {installLine}). The build cache keeps reusing this layer, so the install reads stale lists. Put ‘apt-get update && apt-get install …’ in one RUN.',
      },
    },
    equivalents: {},
  },
  (doc, report) => {
    const updates = aptCalls(doc, ['update']);
    const uses = aptCalls(doc, USES_LISTS);
    // Grouped by RUN and by stage (file order kept): a file with an update in every stage
    // made comparing each update with every install of the file quadratic.
    const updatesByScript = groupBy(updates, (u) => u.found.script);
    const usesByScript = groupBy(uses, (u) => u.found.script);
    const usesByStage = groupBy(uses, (u) => u.found.script.stage);
    for (const update of updates) {
      const script = update.found.script;
      if ((usesByScript.get(script) ?? []).some((u) => u.found.position > update.found.position)) continue;
      const updateLine = script.instruction.getRange().start.line;
      const later = (usesByStage.get(script.stage) ?? []).find((u) => u.found.script.instruction.getRange().start.line > updateLine && !updatedBefore(updatesByScript, u));
      if (!later) continue;
      const installInstruction = later.found.script.instruction;
      const before = script.stage.instructions[script.stage.instructions.indexOf(installInstruction) - 1];
      report({
        range: callRange(doc, update.program, update.sub),
        messageId: 'separate',
        data: {
          command: doc.text.slice(update.program.start, update.sub.end),
          install: doc.text.slice(later.program.start, later.sub.end),
          installLine: later.found.script.instruction.getRange().start.line + 1,
        },
        // The install RUN right after the update RUN: merge-consecutive-run would say "merge these
        // two RUNs" on the install line for the same cause; this finding says why and how.
        ...(before === script.instruction ? { supersedes: [{ rule: 'merge-consecutive-run', line: installInstruction.getRange().start.line }] } : {}),
      });
    }
  },
);

function updatedBefore(updatesByScript: Map<RunScript, AptCall[]>, use: AptCall): boolean {
  return (updatesByScript.get(use.found.script) ?? []).some((u) => u.found.position < use.found.position);
}

function groupBy<K>(calls: AptCall[], key: (call: AptCall) => K): Map<K, AptCall[]> {
  const out = new Map<K, AptCall[]>();
  for (const call of calls) {
    const group = out.get(key(call));
    if (group) group.push(call);
    else out.set(key(call), [call]);
  }
  return out;
}
