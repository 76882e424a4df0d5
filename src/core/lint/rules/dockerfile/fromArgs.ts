import type { DockerfileDocument } from '../../../documents/dockerfileDocument';
import { declarations } from '../../../model/dockerfileVariables';

const names = new WeakMap<DockerfileDocument, string[]>();

/**
 * Names of the ARGs above the first FROM, in file order, each once: with the automatic platform
 * ARGs, all that a FROM line can expand (BuildKit v0.32.2 dockerfile2llb/convert.go
 * buildMetaArgs; the proxy ARGs are not among them).
 */
export function globalArgNames(doc: DockerfileDocument): string[] {
  let known = names.get(doc);
  if (!known) {
    const seen = new Set<string>();
    for (const arg of doc.globalArgs) for (const d of declarations(arg)) seen.add(d.name);
    known = [...seen];
    names.set(doc, known);
  }
  return known;
}
