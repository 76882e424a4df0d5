import type { Rule } from '../types';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';
import { projectViewOf } from '../compose/projectView';
import type { ProjectContainerName, ProjectView } from '../compose/projectView';
import type { Origin } from '../../compose/located';
import type { Range } from '../../types';
import { fill } from '../../types';
import { containerRenameFix } from '../compose/composeFixes';
import { forEachIncludeClash } from '../compose/includeClashes';
import type { ClaimIndex } from '../compose/includeClashes';

// `container_name` fixes the container's name on the Docker host, and the daemon allows one
// container per name: the second service cannot be created. Identical text clashes even with
// `${VARS}` in it, because the same text interpolates to the same name.
// Compose checks names after applying profiles (compose-go PR #606, docker/compose #11619), so
// services that never run together may share a name; the project view says which can. Names
// set by earlier files of the Compose set count too, and the clash is reported in the later file.
/** How many clashes of one file get a rename fix computed. */
const FIX_BUDGET = 200;

export const noDuplicateContainerName: Rule = {
  meta: {
    id: 'no-duplicate-container-name',
    kinds: ['compose'],
    severity: 'error',
    fixable: true,
    title: {
      ko: '두 서비스에 같은 ‘container_name’을 주지 않아요',
      en: 'Do not give two services the same ‘container_name’',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#container_name',
      'https://github.com/moby/moby/blob/docker-v29.7.2/daemon/errors.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/types/project.go',
      'https://docs.docker.com/compose/how-tos/multiple-compose-files/include/#include-and-overrides',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/include.go',
    ],
    messages: {
      duplicate: {
        ko: "컨테이너 이름 ‘{name}’은/는 이미 서비스 ‘{otherService}’(줄 {otherLine})이/가 쓰고 있어요. 컨테이너 이름은 Docker 호스트에서 하나뿐이라, Compose가 컨테이너를 만들기 전에 ‘container name \"{name}\" is already in use by service {otherService}’ 오류를 내고 프로젝트를 시작하지 않아요.",
        en: "Container name ‘{name}’ is already used by service ‘{otherService}’ (line {otherLine}). Names are unique on a Docker host, so Compose refuses the project before creating anything: ‘container name \"{name}\" is already in use by service {otherService}’.",
      },
      duplicateOtherFile: {
        ko: '컨테이너 이름 ‘{name}’은/는 이미 {otherFile} 줄 {otherLine}에서 서비스 ‘{otherService}’이/가 쓰고 있어요. Compose는 두 파일을 합쳐 함께 실행해서, 한 이름을 두 컨테이너가 가질 수 없어 시작하지 못해요.',
        en: 'Container name ‘{name}’ is already used by service ‘{otherService}’ in {otherFile} line {otherLine}. Compose runs both files together, and two containers cannot share a name.',
      },
      duplicateIncluded: {
        ko: '이 include로 읽는 {file} 줄 {line}의 서비스 ‘{service}’이/가 컨테이너 이름 ‘{name}’을/를 써요. 이 이름은 이미 {otherFile} 줄 {otherLine}에서 서비스 ‘{otherService}’이/가 써요. Compose는 포함한 파일들을 합쳐 함께 실행해서, 한 이름을 두 컨테이너가 가질 수 없어 시작하지 못해요.',
        en: 'Service ‘{service}’ of {file} line {line}, which this include reads, uses container name ‘{name}’, already used by service ‘{otherService}’ in {otherFile} line {otherLine}. Compose runs the included files together, and two containers cannot share a name.',
      },
    },
    equivalents: { dclint: 'no-duplicate-container-names' },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    const view = projectViewOf({ doc, project });
    // Where each name was met; its line is read only for a finding (most names clash with nothing,
    // and working out a line is a search in the file's line table).
    const seen = new Map<string, { service: string; line: () => number; origin?: Origin }[]>();
    const remember = (name: string, entry: { service: string; line: () => number; origin?: Origin }) => {
      const list = seen.get(name);
      if (list) list.push(entry);
      else seen.set(name, [entry]);
    };
    for (const other of view.containerNamesFromEarlierFiles()) {
      remember(other.name, { service: other.service, line: () => other.origin.range.start.line, origin: other.origin });
    }
    reportIncludeClashes(view, report);
    // The rename fix picks a name no service uses: the names are gathered once, at the first
    // clash, and only the first FIX_BUDGET clashes get a fix (a file of thousands stays linear).
    let used: Set<string> | undefined;
    const usedNames = () => (used ??= new Set([...view.containerNames(), ...doc.services.map((x) => scalarText(getPair(x.map, 'container_name')?.value) ?? '')]));
    let budget = FIX_BUDGET;
    for (const service of doc.services) {
      const pair = getPair(service.map, 'container_name');
      const name = scalarText(pair?.value);
      if (name === undefined || name === '' || !pair?.value?.range) continue;
      const node = pair.value;
      let known: Range | undefined;
      const rangeOf = (): Range => (known ??= nodeRange(node, doc.lines) as Range);
      const first = (seen.get(name) ?? []).find((e) => e.service !== service.name && view.canRunTogether(e.service, service.name));
      const rename = first && budget-- > 0 ? containerRenameFix(doc, rangeOf(), name, service.name, usedNames()) : undefined;
      const fixes = rename ? [rename] : undefined;
      if (first?.origin) {
        const otherFile = view.displayPath(first.origin.file);
        report({
          range: rangeOf(),
          messageId: 'duplicateOtherFile',
          data: { name, otherService: first.service, otherFile, otherLine: first.line() + 1 },
          fixes,
          related: [
            {
              file: first.origin.file,
              range: first.origin.range,
              message: { ko: fill('서비스 ‘{service}’이/가 여기서 이 이름을 먼저 써요.', { service: first.service }), en: `Service ‘${first.service}’ uses the name here first.` },
            },
          ],
        });
      } else if (first) {
        report({ range: rangeOf(), messageId: 'duplicate', data: { name, otherService: first.service, otherLine: first.line() + 1 }, fixes });
      }
      remember(name, { service: service.name, line: () => rangeOf().start.line });
    }
  },
};

/**
 * Two entries of this file's `include:` list (or one of them and an earlier file of the set)
 * set the same `container_name` (includeClashes.ts): reported at the entry of the later include,
 * with both names as related information.
 */
function reportIncludeClashes(view: ProjectView, report: Parameters<Rule['check']>[0]['report']): void {
  // The first service met with each name; a later one clashes only with it.
  const before = new Map<string, ProjectContainerName>();
  const names: ClaimIndex<ProjectContainerName, ProjectContainerName> = {
    add: (c) => {
      if (!before.has(c.name)) before.set(c.name, c);
    },
    clash: (c) => {
      const first = before.get(c.name);
      return first && first.service !== c.service && view.canRunTogether(first.service, c.service) ? first : undefined;
    },
  };
  forEachIncludeClash(
    view,
    () => view.containerNamesFromEarlierFiles(),
    (files) => view.containerNamesIn(files),
    names,
    (branch, c, first) => {
      const where = (o: Origin) => ({ file: view.displayPath(o.file), line: o.range.start.line + 1 });
      report({
        range: branch.entry.range,
        messageId: 'duplicateIncluded',
        data: { name: c.name, service: c.service, file: where(c.origin).file, line: where(c.origin).line, otherService: first.service, otherFile: where(first.origin).file, otherLine: where(first.origin).line },
        related: [
          { file: c.origin.file, range: c.origin.range, message: { ko: fill('서비스 ‘{service}’이/가 여기서 이 이름을 써요.', { service: c.service }), en: `Service ‘${c.service}’ uses the name here.` } },
          { file: first.origin.file, range: first.origin.range, message: { ko: fill('서비스 ‘{service}’이/가 여기서 이 이름을 먼저 써요.', { service: first.service }), en: `Service ‘${first.service}’ uses the name here first.` } },
        ],
      });
    },
  );
}
