import { isMap, isScalar, isSeq } from '../../documents/yamlNodes';
import type { Node } from 'yaml';
import type { Range } from '../../types';
import { comparePositions } from '../../types';
import type { Rule } from '../types';
import type { ComposeDocument } from '../../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';
import { serviceDependsOn } from '../../model/composeServices';
import { serviceVolumesFrom } from '../../model/composeVolumes';
import { hasInterpolation } from '../../model/portMapping';
import { closestName } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import type { ProjectView } from '../compose/projectView';
import { enabledWith } from '../../compose/profiles';
import { profilesFromVariable } from '../../compose/fileSet';
import { useNameFix } from '../compose/composeFixes';
import { isLMap, lget, ltext } from '../../compose/located';
import type { Origin } from '../../compose/located';

interface ServiceRef {
  /** The service whose key names another one. */
  service: string;
  name: string;
  range: Range;
  /** The key that names the service, for the message. */
  key: string;
}

// Every place a service names another service of the same project. Compose refuses to start
// a project whose references do not resolve. Names are looked up in the whole Compose project
// (the file set, its includes and extends); silent when the project is incomplete (a file could
// not be read, an override file linted alone) and when a name holds `${VARS}`.
// `depends_on` entries with `required: false` are checked too: compose-go v2.10.0
// `loader/validate.go` `checkConsistency` skips only a dependency that exists but is disabled
// by profiles (`errdefs.ErrDisabled && !cfg.Required`); an undefined name is still
// "depends on undefined service" (review R2, F2).
function serviceReferences(doc: ComposeDocument): ServiceRef[] {
  const refs: ServiceRef[] = [];
  for (const service of doc.services) {
    const from = service.name;
    for (const dep of serviceDependsOn(doc, service)) {
      refs.push({ service: from, name: dep.name, range: dep.range, key: 'depends_on' });
    }
    for (const entry of serviceVolumesFrom(doc, service)) {
      if (entry.kind !== 'service' || entry.name === '') continue;
      const prefixed = entry.problems.some((p) => p.code === 'service-prefix');
      if (prefixed) continue; // valid-volume-spec explains the `service:` prefix
      refs.push({ service: from, name: entry.name, range: prefixRange(entry.range, doc, entry.node, entry.name), key: 'volumes_from' });
    }
    const links = getPair(service.map, 'links')?.value;
    if (isSeq(links)) {
      for (const item of links.items as Node[]) {
        const text = scalarText(item);
        const range = nodeRange(item, doc.lines);
        if (text === undefined || !range) continue;
        const name = text.split(':')[0];
        refs.push({ service: from, name, range: prefixRange(range, doc, item, name), key: 'links' });
      }
    }
    const extendsValue = getPair(service.map, 'extends')?.value;
    if (isScalar(extendsValue)) {
      const name = scalarText(extendsValue);
      const range = nodeRange(extendsValue, doc.lines);
      if (name !== undefined && range) refs.push({ service: from, name, range, key: 'extends' });
    } else if (isMap(extendsValue) && getPair(extendsValue, 'file') === undefined) {
      const node = getPair(extendsValue, 'service')?.value;
      const name = scalarText(node);
      const range = nodeRange(node, doc.lines);
      if (name !== undefined && range) refs.push({ service: from, name, range, key: 'extends.service' });
    }
    const modeNode = getPair(service.map, 'network_mode')?.value;
    const mode = scalarText(modeNode);
    const modeRange = nodeRange(modeNode, doc.lines);
    if (mode?.startsWith('service:') && modeRange) {
      const name = mode.slice('service:'.length);
      refs.push({ service: from, name, range: suffixRange(modeRange, doc, modeNode, 'service:'.length, name), key: 'network_mode' });
    }
  }
  return refs;
}

/** The range of `name` at the start of a plain or quoted scalar, or the whole node. */
function prefixRange(whole: Range, doc: ComposeDocument, node: Node | null | undefined, name: string): Range {
  return suffixRange(whole, doc, node, 0, name);
}

function suffixRange(whole: Range, doc: ComposeDocument, node: Node | null | undefined, skip: number, name: string): Range {
  if (!node?.range) return whole;
  const raw = doc.text.slice(node.range[0], node.range[1]);
  const quote = raw.startsWith('"') || raw.startsWith("'") ? 1 : 0;
  const start = node.range[0] + quote + skip;
  if (doc.text.slice(start, start + name.length) !== name) return whole;
  return doc.lines.range(start, start + name.length);
}

export const noUndefinedService: Rule = {
  meta: {
    id: 'no-undefined-service',
    kinds: ['compose'],
    severity: 'error',
    fixable: true,
    title: {
      ko: '다른 서비스를 가리킬 때는 이 파일에 있는 서비스 이름을 써요',
      en: 'References to other services must name a service of the file',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#depends_on',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/validate.go',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/loader.go',
      'https://docs.docker.com/reference/compose-file/profiles/#illustrative-example',
    ],
    messages: {
      undefined: {
        ko: '‘{key}’이/가 가리키는 서비스 ‘{name}’이/가 이 파일의 ‘services:’에 없어요. Compose는 없는 서비스를 가리키는 프로젝트를 시작하지 않아요.',
        en: '‘{key}’ names the service ‘{name}’, which is not under ‘services:’. Compose refuses to start the project.',
      },
      disabledByProfileNone: {
        ko: '서비스 ‘{name}’은/는 프로필 {profiles}에서만 실행되는데, ‘{service}’은/는 프로필을 켜지 않아도 실행돼요. 그때 ‘{name}’이/가 꺼져 있어서 Compose가 ‘service "{service}" depends on undefined service "{name}"’ 오류를 내고 프로젝트를 시작하지 않아요. ‘{service}’에도 같은 프로필을 주거나, 없어도 되는 의존이면 ‘required: false’를 쓰세요.',
        en: 'Service ‘{name}’ runs only with profile {profiles}, but ‘{service}’ also runs with no profile active. Then ‘{name}’ is disabled and Compose refuses the project: ‘service "{service}" depends on undefined service "{name}"’. Give ‘{service}’ the same profile, or mark the dependency ‘required: false’.',
      },
      disabledByProfileOnly: {
        ko: '서비스 ‘{name}’은/는 프로필 {profiles}에서만 실행되는데, ‘{service}’은/는 프로필 {active}만 켜도 실행돼요. 그때 ‘{name}’이/가 꺼져 있어서 Compose가 ‘service "{service}" depends on undefined service "{name}"’ 오류를 내고 프로젝트를 시작하지 않아요. ‘{service}’에도 같은 프로필을 주거나, 없어도 되는 의존이면 ‘required: false’를 쓰세요.',
        en: 'Service ‘{name}’ runs only with profile {profiles}, but ‘{service}’ also runs with only profile {active} active. Then ‘{name}’ is disabled and Compose refuses the project: ‘service "{service}" depends on undefined service "{name}"’. Give ‘{service}’ the same profile, or mark the dependency ‘required: false’.',
      },
      undefinedSimilar: {
        ko: '‘{key}’이/가 가리키는 서비스 ‘{name}’이/가 이 파일의 ‘services:’에 없어요. ‘{suggestion}’을/를 뜻했나요? Compose는 없는 서비스를 가리키는 프로젝트를 시작하지 않아요.',
        en: '‘{key}’ names the service ‘{name}’, which is not under ‘services:’. Did you mean ‘{suggestion}’?',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    const view = projectViewOf({ doc, project });
    if (!view.complete) return;
    const names = new Set(view.serviceNames);
    // `extends` without `file:` names a service of the same file (compose-go loader/extends.go).
    const ownNames = new Set(doc.services.map((s) => s.name));
    const refs = serviceReferences(doc);
    checkDisabledDependencies(refs, view, report);
    for (const ref of refs) {
      const known = ref.key.startsWith('extends') ? ownNames : names;
      if (ref.name === '' || known.has(ref.name) || hasInterpolation(ref.name)) continue;
      const suggestion = closestName(ref.name, names);
      // The fix takes the nearest name this reference may name (`extends` only this file's).
      const nearest = closestName(ref.name, known);
      const fix = nearest && useNameFix(doc, ref.range, ref.name, nearest);
      report({
        range: ref.range,
        messageId: suggestion ? 'undefinedSimilar' : 'undefined',
        data: { key: ref.key, name: ref.name, ...(suggestion ? { suggestion } : {}) },
        fixes: fix ? [fix] : undefined,
      });
    }
  },
};

/**
 * A required `depends_on` on a service that profiles switch off. compose-go v2.13.0
 * `loader/loader.go` applies the active profiles (`WithProfiles`) and then `checkConsistency`
 * (`loader/validate.go`): a dependency that exists but is disabled is skipped only when
 * `required: false`, else "depends on undefined service". docker/compose v5.5.0
 * `pkg/compose/loader.go` enables the services named on the command line only after that check,
 * so `docker compose up web` fails too. The profile sets tried are the ones a plain run uses (none
 * active, or `COMPOSE_PROFILES` from `.env`) and each profile of the depending service alone; a
 * warning, since a team may always pass `--profile`.
 *
 * `required` is read from the merged project, since that is what `checkConsistency` sees: an
 * override's `db: {required: false}` over the base file's `depends_on: [db]` is quiet in both
 * files. The warning goes to the line that makes the dependency required (`requiredAt`), so it is
 * reported once, in the file that must change, and not in a file whose entry a later one overrides.
 */
function checkDisabledDependencies(refs: readonly ServiceRef[], view: ProjectView, report: Parameters<Rule['check']>[0]['report']): void {
  // Read only when a dependency has profiles: the `.env` value needs the loaded project, which a
  // plain file's view otherwise never loads (half a parse on a 2,000-service file).
  let fromEnv: string[] | undefined;
  const names = view.serviceNames;
  for (const [i, dep] of refs.entries()) {
    if (dep.key !== 'depends_on' || !names.has(dep.name)) continue;
    const own = view.profilesOf(dep.service);
    if (own === undefined) continue;
    const theirs = view.profilesOf(dep.name);
    if (theirs === undefined || theirs.length === 0) continue;
    const at = requiredAt(view, dep.service, dep.name);
    if (!at || at.file !== view.file || !isLastEntryBefore(refs, i, at)) continue;
    fromEnv ??= profilesFromVariable(view.project.variables.get('COMPOSE_PROFILES'));
    const sets: string[][] = [fromEnv, ...own.map((p) => [p])];
    const active = sets.find((set) => enabledWith(own, set) && !enabledWith(theirs, set));
    if (!active) continue;
    report({
      range: dep.range,
      messageId: active.length === 0 ? 'disabledByProfileNone' : 'disabledByProfileOnly',
      maxSeverity: 'warning',
      data: {
        name: dep.name,
        service: dep.service,
        profiles: theirs.map((p) => `‘${p}’`).join(', '),
        active: active.map((p) => `‘${p}’`).join(', '),
      },
    });
  }
}

/**
 * Where the merged project makes `service` depend on `name` with `required: true`; undefined when
 * `required: false` (or an unknown `${VAR}`) wins. compose-go v2.13.0 fills `required: true` into
 * an entry that leaves it out (`transform/dependson.go`, run by `transform.Canonical` after each
 * file) and into a later file's list entry (`override/merge.go` `mergeDependsOn`, merge.ts); a
 * later mapping without `required` keeps the earlier value. So the requirement is written at the
 * last `required:` key, the last list entry, or else the first entry that names the dependency.
 */
function requiredAt(view: ProjectView, service: string, name: string): Origin | undefined {
  const deps = lget(view.service(service)?.value, 'depends_on');
  if (deps?.kind === 'seq') return deps.items.find((item) => ltext(item) === name)?.origin;
  const entry = isLMap(deps) ? deps.entries.get(name) : undefined;
  if (!entry) return undefined;
  const required = lget(entry.value, 'required');
  if (required === undefined) return entry.keyOrigin;
  if (required.kind !== 'scalar' || required.unknown || ltext(required) === 'false') return undefined;
  return required.origin;
}

/** True when `refs[i]` is this file's last entry for the same dependency at or before `at` (a file of several YAML documents may repeat it). */
function isLastEntryBefore(refs: readonly ServiceRef[], i: number, at: Origin): boolean {
  const dep = refs[i];
  const before = (r: ServiceRef) => comparePositions(r.range.start, at.range.start) <= 0;
  if (!before(dep)) return false;
  return !refs.some((r, j) => j !== i && r.key === 'depends_on' && r.service === dep.service && r.name === dep.name && before(r) && comparePositions(r.range.start, dep.range.start) > 0);
}
