import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { resolveFromImage } from './dockerfileVariables';

// Which stage a stage is built on (`FROM build AS test`), the one answer every surface uses:
// variable scope (ARG and ENV are inherited from the parent stage), the process model (CMD and
// ENTRYPOINT), the layer stacks and the rules.
//
// BuildKit decides it while it reads the stages in order (moby/buildkit v0.32.2,
// frontend/dockerfile/dockerfile2llb/convert.go, `dispatchStates.addState`): the FROM's base
// name, after the global ARGs are expanded, is looked up among the stages read so far, by
// their lower-cased `AS` name. A later stage of the same name replaces an earlier one in that
// table, so the last earlier stage with the name wins (two stages with one name are only a
// `DuplicateStageName` warning). The base name itself is compared as written: `FROM Build`
// does not refer to `AS build` (it is then an image reference, which must be lower case).
// https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go

const parents = new WeakMap<DockerfileDocument, (DockerfileStage | undefined)[]>();

/** The earlier stage this stage is built FROM, if its base is a stage of this file. */
export function parentStage(doc: DockerfileDocument, stage: DockerfileStage): DockerfileStage | undefined {
  let known = parents.get(doc);
  if (!known) {
    // One pass over the stages, as BuildKit's table fills up.
    known = [];
    const byName = new Map<string, DockerfileStage>();
    for (const s of doc.stages) {
      const raw = s.from.getImage();
      const base = raw ? resolveFromImage(doc, raw, s.from.getRange().start.line) : undefined;
      known.push(base ? byName.get(base) : undefined);
      if (s.name !== undefined) byName.set(s.name.toLowerCase(), s);
    }
    parents.set(doc, known);
  }
  return known[stage.index];
}

/**
 * No real Dockerfile builds this many stages on one another. A hostile chain of thousands made
 * every caller walk the whole chain for every stage: 1 MB of `FROM sN AS sN+1` took 10 s to
 * lint. Past this depth the chain is cut, so the work per stage is bounded.
 */
export const MAX_LINEAGE = 64;

/** The stage and the stages it is built on, nearest first (no cycles: parents come earlier). A fresh array: callers may reverse it. */
export function lineage(doc: DockerfileDocument, stage: DockerfileStage): DockerfileStage[] {
  const out = [stage];
  for (let parent = parentStage(doc, stage); parent && out.length < MAX_LINEAGE; parent = parentStage(doc, parent)) out.push(parent);
  return out;
}
