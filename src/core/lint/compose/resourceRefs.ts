import { isMap, isScalar, isSeq } from '../../documents/yamlNodes';
import type { Node } from 'yaml';
import type { Range } from '../../types';
import type { ComposeDocument, ComposeService } from '../../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';

// The top-level resources a service names by their key: `secrets:` and `configs:` entries,
// short (`- db_password`) or long (`- source: db_password`), and `build.secrets` (compose-go
// v2.13.0 `loader/validate.go` checks each against the top-level `secrets`/`configs`).

export interface ResourceRef {
  name: string;
  range: Range;
  /** Where the reference is: the service's own list, or its build's. */
  place: 'service' | 'build';
}

export function resourceRefs(doc: ComposeDocument, service: ComposeService, section: 'secrets' | 'configs'): ResourceRef[] {
  const out: ResourceRef[] = [];
  collect(doc, getPair(service.map, section)?.value, 'service', out);
  if (section === 'secrets') {
    const build = getPair(service.map, 'build')?.value;
    if (isMap(build)) collect(doc, getPair(build, 'secrets')?.value, 'build', out);
  }
  return out;
}

function collect(doc: ComposeDocument, list: Node | null | undefined, place: ResourceRef['place'], out: ResourceRef[]): void {
  if (!isSeq(list)) return;
  for (const item of list.items as Node[]) {
    const node = isMap(item) ? getPair(item, 'source')?.value : item;
    if (!isScalar(node)) continue;
    const name = scalarText(node);
    const range = nodeRange(node, doc.lines);
    if (name !== undefined && name !== '' && range) out.push({ name, range, place });
  }
}

/** Reports every reference of the linted file to a name the project does not declare under `section`. */
export function reportUndeclared(
  context: { doc: ComposeDocument; report: (r: { range: Range; messageId: string; data: Record<string, string> }) => void; view: { complete: boolean; declared(section: 'secrets' | 'configs'): Set<string> } },
  section: 'secrets' | 'configs',
  closest: (name: string, known: Iterable<string>) => string | undefined,
  hasVariable: (text: string) => boolean,
): void {
  const { doc, report, view } = context;
  // Declarations count from every file of the set (an override file uses the base file's);
  // silent when the project is incomplete (a file we could not read may declare it).
  if (!view.complete) return;
  const declared = view.declared(section);
  for (const service of doc.services) {
    for (const ref of resourceRefs(doc, service, section)) {
      if (declared.has(ref.name) || hasVariable(ref.name)) continue;
      const suggestion = closest(ref.name, declared);
      const base = ref.place === 'build' ? 'undeclaredBuild' : 'undeclared';
      report({ range: ref.range, messageId: suggestion ? `${base}Similar` : base, data: { name: ref.name, service: service.name, ...(suggestion ? { suggestion } : {}) } });
    }
  }
}
