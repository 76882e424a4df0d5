import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { flagsOf, variablesOf } from '../documents/dockerfileAstMemo';
import { parentStage } from '../model/dockerfileStages';
import { resolveVariable, variableDefinitions } from '../model/dockerfileVariables';
import type { VariableDefinition } from '../model/dockerfileVariables';
import type { Occurrence } from './types';

// Every place a Dockerfile defines or uses a stage or a variable, with the same answers as
// BuildKit (moby/buildkit v0.32.2, frontend/dockerfile/dockerfile2llb/convert.go):
// - `FROM x`: x is a stage when, after the global ARGs are expanded, it is the lower-cased name
//   of an earlier stage (dockerfileStages.parentStage, the model the rules use);
// - `COPY --from=x` and `RUN --mount=…,from=x`: x is a stage index, or a stage name compared
//   without case, the last stage of that name winning (BuildKit's `statesByName` table). BuildKit
//   never expands variables there (copy-from-known-stage), so a `$` makes it no reference;
// - `$NAME`: the ARG or ENV in effect on that line (dockerfileVariables.resolveVariable); an
//   `ARG NAME` without a default inside a stage takes the global ARG's value, so both are one
//   symbol for the reader.

export function stageKey(path: string, index: number): string {
  return `stage:${path}:#${index}`;
}

/** The key a Compose `build.target` uses: stage names are compared in lower case. */
export function stageNameKey(path: string, name: string): string {
  return `stage:${path}:name:${name.toLowerCase()}`;
}

function variableKey(path: string, def: VariableDefinition): string {
  return `var:${path}:${def.nameRange.start.line}:${def.nameRange.start.character}`;
}

const cache = new WeakMap<DockerfileDocument, Map<string, Occurrence[]>>();

/** Every stage and variable occurrence of the file, in no particular order. Kept per parsed document. */
export function dockerfileOccurrences(doc: DockerfileDocument, path: string): Occurrence[] {
  let byPath = cache.get(doc);
  if (!byPath) cache.set(doc, (byPath = new Map()));
  let found = byPath.get(path);
  if (!found) byPath.set(path, (found = [...stageOccurrences(doc, path), ...variableOccurrences(doc, path)]));
  return found;
}

function stageOccurrences(doc: DockerfileDocument, path: string): Occurrence[] {
  const out: Occurrence[] = [];
  const lastByName = new Map<string, DockerfileStage>();
  for (const stage of doc.stages) if (stage.name !== undefined) lastByName.set(stage.name.toLowerCase(), stage);
  const named = (written: string): { stage: DockerfileStage; byIndex: boolean } | undefined => {
    if (/^\d+$/.test(written)) {
      const stage = doc.stages[Number(written)];
      return stage && { stage, byIndex: true };
    }
    const stage = lastByName.get(written.toLowerCase());
    return stage && { stage, byIndex: false };
  };
  for (const stage of doc.stages) {
    if (stage.name !== undefined && stage.nameRange) {
      // Only the last stage of a name answers to the name (BuildKit's table keeps the last).
      const keys = [stageKey(path, stage.index)];
      if (lastByName.get(stage.name.toLowerCase()) === stage) keys.push(stageNameKey(path, stage.name));
      out.push({ kind: 'stage', name: stage.name, path, range: stage.nameRange, role: 'definition', keys, renamable: true });
    }
    const parent = parentStage(doc, stage);
    const image = stage.from.getImage();
    const imageRange = stage.from.getImageRange();
    // `FROM ${BASE}` that resolves to a stage is a use of it, but the text is not the name.
    if (parent && image && imageRange) {
      out.push({ kind: 'stage', name: image, path, range: imageRange, role: 'reference', keys: [stageKey(path, parent.index)], renamable: !image.includes('$') });
    }
    for (const instruction of stage.instructions) {
      for (const flag of flagsOf(instruction)) {
        const flagName = flag.getName().toLowerCase();
        if (flagName === 'from') {
          const value = flag.getValue();
          const range = flag.getValueRange();
          const target = value && !value.includes('$') ? named(value) : undefined;
          if (target && range) out.push({ kind: 'stage', name: value as string, path, range, role: 'reference', keys: [stageKey(path, target.stage.index)], renamable: !target.byIndex });
        } else if (flagName === 'mount') {
          const option = flag.getOption('from');
          const value = option?.getValue();
          const range = option?.getValueRange();
          const target = value && !value.includes('$') ? named(value) : undefined;
          if (target && range) out.push({ kind: 'stage', name: value as string, path, range, role: 'reference', keys: [stageKey(path, target.stage.index)], renamable: !target.byIndex });
        }
      }
    }
  }
  return out;
}

function variableOccurrences(doc: DockerfileDocument, path: string): Occurrence[] {
  const out: Occurrence[] = [];
  const definitions = variableDefinitions(doc);
  const lastGlobal = new Map<string, VariableDefinition>();
  for (const def of definitions) if (def.scope === 'global') lastGlobal.set(def.name, def);
  for (const def of definitions) {
    const keys = [variableKey(path, def)];
    // `ARG NAME` in a stage without a default: the global ARG's value, one symbol with it.
    const global = def.kind === 'ARG' && def.scope !== 'global' && def.raw === null ? lastGlobal.get(def.name) : undefined;
    if (global) keys.push(variableKey(path, global));
    out.push({ kind: 'variable', name: def.name, path, range: def.nameRange, role: 'definition', keys, renamable: true });
  }
  for (const instruction of doc.ast.getInstructions()) {
    for (const v of variablesOf(instruction)) {
      const name = v.getName();
      const range = v.getNameRange();
      const resolved = resolveVariable(doc, name, range.start.line);
      if (!resolved.definition) continue;
      const keys = [variableKey(path, resolved.definition)];
      if (resolved.globalDefault) keys.push(variableKey(path, resolved.globalDefault));
      out.push({ kind: 'variable', name, path, range, role: 'reference', keys, renamable: true });
    }
  }
  return out;
}
