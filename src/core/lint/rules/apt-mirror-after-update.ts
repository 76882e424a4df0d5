import type { DockerfileDocument } from '../../documents/dockerfileDocument';
import { dockerfileRule } from './dockerfile/defineRule';
import { aptCalls } from './dockerfile/commands';
import type { FoundCommand } from './dockerfile/commands';
import { lineageCommands } from './dockerfile/baseImage';
import type { SourcesEdit } from './dockerfile/aptSources';
import { sourcesEdits, sourcesFileInUse, stageSourcesLayout } from './dockerfile/aptSources';

// Korean teams often point apt at a nearby mirror (mirror.kakao.com, kr.archive.ubuntu.com) with
// `sed -i … /etc/apt/sources.list`. apt keeps one package list per source URI in
// /var/lib/apt/lists; `apt-get update` fetches them for the sources configured at that moment.
// After the sources change, `apt-get install` looks for the lists of the new URI, finds none, and
// stops with "Unable to locate package" until `apt-get update` runs again. The rule reports a
// sources edit that comes after an update and before an install, with no update in between.
// An edit of a file the base image does not use (/etc/apt/sources.list on Debian 12 or Ubuntu
// 24.04, debian.sources on Debian 11 …) switches nothing, so it is not counted here;
// apt-sources-file reports it.

export const aptMirrorAfterUpdate = dockerfileRule(
  {
    id: 'apt-mirror-after-update',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'apt 미러는 apt-get update 전에 바꿔요', en: 'Switch the apt mirror before apt-get update' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/reference/dockerfile/#run',
    ],
    messages: {
      afterUpdate: {
        ko: '{file}을/를 바꾸는 이 명령은 줄 {updateLine}의 ‘apt-get update’보다 뒤에 있어요. 새 미러의 패키지 목록은 아직 받지 않아서 줄 {installLine}의 ‘apt-get install’이 "Unable to locate package"로 실패해요. 미러를 먼저 바꾸고 그다음에 ‘apt-get update’를 실행하세요.',
        en: 'This edit of {file} comes after the ‘apt-get update’ on line {updateLine}. The new mirror\'s package lists were never fetched, so ‘apt-get install’ on line {installLine} fails with "Unable to locate package". Switch the mirror first, then run ‘apt-get update’.',
      },
    },
  },
  (doc, report) => {
    const lastStage = doc.stages[doc.stages.length - 1];
    if (!lastStage) return;
    // Which file each edit changes depends only on the edit's own stage: worked out once here,
    // not again for every stage whose lineage contains it.
    const edited = new Map<FoundCommand, string | undefined>(sourcesEdits(doc).map((e) => [e.found, editedSources(doc, e)]));
    if (edited.size === 0) return;
    const updates = new Set(aptCalls(doc, ['update']).map((c) => c.found));
    const installs = new Set(aptCalls(doc, ['install']).map((c) => c.found));
    const reported = new Set<FoundCommand>();
    for (const stage of doc.stages) {
      const commands = lineageCommands(doc, stage);
      let lastUpdate: FoundCommand | undefined;
      let pendingEdit: { found: FoundCommand; file: string; update: FoundCommand } | undefined;
      for (const found of commands) {
        if (updates.has(found)) {
          lastUpdate = found;
          pendingEdit = undefined;
          continue;
        }
        const file = edited.get(found);
        if (file && lastUpdate) {
          pendingEdit ??= { found, file, update: lastUpdate };
          continue;
        }
        if (installs.has(found) && pendingEdit && !reported.has(pendingEdit.found)) {
          const { found: edit, file: edited, update } = pendingEdit;
          reported.add(edit);
          const program = edit.command.words[edit.resolved.programIndex];
          const last = edit.command.words[edit.command.words.length - 1];
          report({
            range: doc.lines.range(program.start, last.end),
            messageId: 'afterUpdate',
            data: { file: edited, updateLine: lineOf(doc, update), installLine: lineOf(doc, found) },
          });
        }
      }
    }
  },
);

/** The apt sources file a `sed -i` edits and the base image reads, if the command is one. */
function editedSources(doc: DockerfileDocument, edit: SourcesEdit): string | undefined {
  const known = stageSourcesLayout(doc, edit.found.script.stage);
  return edit.files.find((f) => !known || sourcesFileInUse(doc, edit, f.text, known.layout))?.text;
}

function lineOf(doc: DockerfileDocument, found: FoundCommand): number {
  const program = found.command.words[found.resolved.programIndex];
  return doc.lines.positionAt(program.start).line + 1;
}
