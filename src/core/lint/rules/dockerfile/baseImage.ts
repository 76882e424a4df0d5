import type { Instruction } from 'dockerfile-ast';
import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { parseImageReference } from '../../../model/imageReference';
import type { ImageReference } from '../../../model/imageReference';
import { resolveFromImage } from '../../../model/dockerfileVariables';
import type { BaseImageFacts } from '../../../knowledge/baseImages';
import { baseImageFacts } from '../../../knowledge/baseImages';
import { perDocument } from '../../../documents/derived';
import { keywordOf, lineage } from './stages';
import type { FoundCommand } from './commands';
import { allCommands } from './commands';

// The base image under a stage (through `FROM earlier-stage`), and what the stage and the
// stages under it have done before a line: the Korean-team rules ask "is tzdata installed
// before this ENV?" and "was apt-get update run before this sed?".
//
// Each answer is built once per document and per stage and shared by every rule that asks
// (read-only): these rules ask for every stage, and a filter of the whole file's commands per
// stage made five of them quadratic in the number of stages (30 ms on the 10,000-line bench file).

export interface StageBase {
  /** The image at the bottom of the stage's lineage, ARGs filled in, when knowable. */
  image?: string;
  /** `image` parsed, read once per stage (undefined when there is no image or it does not parse). Shared: do not change it. */
  ref?: ImageReference;
  facts: BaseImageFacts;
}

/** The image at the bottom of the stage's lineage and what is known about it ({} when nothing). */
export function stageBase(doc: DockerfileDocument, stage: DockerfileStage): StageBase {
  const known = stageBases(doc);
  return (known[stage.index] ??= readStageBase(doc, stage));
}

/** Per stage index, its base once read (run-pipefail asks for every RUN). */
const stageBases = perDocument((_doc: DockerfileDocument): (StageBase | undefined)[] => []);

function readStageBase(doc: DockerfileDocument, stage: DockerfileStage): StageBase {
  const chain = lineage(doc, stage);
  const root = chain[chain.length - 1];
  const raw = root.from.getImage();
  const image = raw ? resolveFromImage(doc, raw, root.from.getRange().start.line) : undefined;
  const ref = image ? parseImageReference(image) : undefined;
  return { image, ref, facts: baseImageFacts(ref) };
}

/** The instructions of the stage's lineage, oldest stage first, in file order. */
export function lineageInstructions(doc: DockerfileDocument, stage: DockerfileStage): Instruction[] {
  return lineage(doc, stage).reverse().flatMap((s) => s.instructions);
}

/** The RUN commands of the stage's lineage, in the order they run (parents come earlier in the file). */
export function lineageCommands(doc: DockerfileDocument, stage: DockerfileStage): FoundCommand[] {
  const byStage = commandsByStage(doc);
  return lineage(doc, stage).reverse().flatMap((s) => byStage[s.index]);
}

/** The RUN commands of the stage itself, in the order they run. */
export function stageCommands(doc: DockerfileDocument, stage: DockerfileStage): readonly FoundCommand[] {
  return commandsByStage(doc)[stage.index];
}

/** Every command of the file (allCommands), grouped by the index of the stage that runs it. */
const commandsByStage = perDocument((doc: DockerfileDocument): FoundCommand[][] => {
  const out: FoundCommand[][] = doc.stages.map(() => []);
  for (const c of allCommands(doc)) out[c.script.stage.index].push(c);
  return out;
});

/** The instruction texts of the stage's lineage joined by newlines, for rules that look for a word anywhere in it. */
export function lineageText(doc: DockerfileDocument, stage: DockerfileStage): string {
  const texts = stageTexts(doc);
  return lineage(doc, stage).reverse().map((s) => (texts[s.index] ??= s.instructions.map((i) => i.getTextContent()).join('\n'))).join('\n');
}

const stageTexts = perDocument((_doc: DockerfileDocument): (string | undefined)[] => []);

/**
 * The package names an install command names (`apt-get install -y a b`, `apk add a`), options
 * left out. Read once per command; the array is shared: do not change it.
 */
export function installedPackages(found: FoundCommand): readonly string[] {
  let known = packagesOf.get(found);
  if (!known) packagesOf.set(found, (known = readInstalledPackages(found)));
  return known;
}

const packagesOf = new WeakMap<FoundCommand, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);

function readInstalledPackages(found: FoundCommand): readonly string[] {
  const { program, args } = found.resolved;
  const sub = args.find((a) => !a.text.startsWith('-'))?.text;
  const installs =
    ((program === 'apt-get' || program === 'apt' || program === 'aptitude') && sub === 'install') ||
    (program === 'apk' && sub === 'add') ||
    ((program === 'yum' || program === 'dnf' || program === 'microdnf') && sub === 'install');
  if (!installs) return NONE;
  const after = args.slice(args.findIndex((a) => a.text === sub) + 1);
  // `pkg=1.2` (apt) and `pkg=1.2-r0` (apk) pin a version: the name is before `=`.
  return after.filter((a) => !a.text.startsWith('-')).map((a) => a.text.split('=')[0].toLowerCase());
}

/** The USER in effect on `line` of the stage (the last USER before it in the stage and the stages under it), `root` when none is set. */
export function userBefore(doc: DockerfileDocument, stage: DockerfileStage, line: number): string {
  let user = 'root';
  for (const instruction of lineageInstructions(doc, stage)) {
    if (instruction.getRange().start.line >= line) break;
    if (keywordOf(instruction) === 'USER') user = instruction.getArgumentsContent()?.trim() || 'root';
  }
  return user;
}

/** Whether the USER in effect on `line` of the stage (userBefore) is root, by name or UID 0, with any group. */
export function runsAsRoot(doc: DockerfileDocument, stage: DockerfileStage, line: number): boolean {
  return /^(?:root|0)(?::.*)?$/.test(userBefore(doc, stage, line));
}
