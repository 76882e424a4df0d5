import type { Instruction } from 'dockerfile-ast';
import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import { parseImageReference } from '../../../model/imageReference';
import { resolveFromImage } from '../../../model/dockerfileVariables';
import type { BaseImageFacts } from '../../../knowledge/baseImages';
import { baseImageFacts } from '../../../knowledge/baseImages';
import { lineage } from './stages';
import type { FoundCommand } from './commands';
import { allCommands } from './commands';

// The base image under a stage (through `FROM earlier-stage`), and what the stage and the
// stages under it have done before a line: the Korean-team rules ask "is tzdata installed
// before this ENV?" and "was apt-get update run before this sed?".

export interface StageBase {
  /** The image at the bottom of the stage's lineage, ARGs filled in, when knowable. */
  image?: string;
  facts: BaseImageFacts;
}

/** The image at the bottom of the stage's lineage and what is known about it ({} when nothing). */
export function stageBase(doc: DockerfileDocument, stage: DockerfileStage): StageBase {
  const chain = lineage(doc, stage);
  const root = chain[chain.length - 1];
  const raw = root.from.getImage();
  const image = raw ? resolveFromImage(doc, raw, root.from.getRange().start.line) : undefined;
  return { image, facts: baseImageFacts(image ? parseImageReference(image) : undefined) };
}

/** The instructions of the stage's lineage, oldest stage first, in file order. */
export function lineageInstructions(doc: DockerfileDocument, stage: DockerfileStage): Instruction[] {
  return lineage(doc, stage).reverse().flatMap((s) => s.instructions);
}

/** The RUN commands of the stage's lineage, in the order they run. */
export function lineageCommands(doc: DockerfileDocument, stage: DockerfileStage): FoundCommand[] {
  const stages = new Set(lineage(doc, stage).map((s) => s.index));
  return allCommands(doc).filter((c) => stages.has(c.script.stage.index));
}

/** The package names an install command names (`apt-get install -y a b`, `apk add a`), options left out. */
export function installedPackages(found: FoundCommand): string[] {
  const { program, args } = found.resolved;
  const sub = args.find((a) => !a.text.startsWith('-'))?.text;
  const installs =
    ((program === 'apt-get' || program === 'apt' || program === 'aptitude') && sub === 'install') ||
    (program === 'apk' && sub === 'add') ||
    ((program === 'yum' || program === 'dnf' || program === 'microdnf') && sub === 'install');
  if (!installs) return [];
  const after = args.slice(args.findIndex((a) => a.text === sub) + 1);
  // `pkg=1.2` (apt) and `pkg=1.2-r0` (apk) pin a version: the name is before `=`.
  return after.filter((a) => !a.text.startsWith('-')).map((a) => a.text.split('=')[0].toLowerCase());
}
