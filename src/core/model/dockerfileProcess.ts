import type { Instruction } from 'dockerfile-ast';
import type { DockerfileDocument, DockerfileStage } from '../documents/dockerfileDocument';
import { commandArguments } from '../lint/rules/dockerfile/execForm';
import { lineage } from './dockerfileStages';
import { resolveFromImage } from './dockerfileVariables';
import { parseImageReference } from './imageReference';
import type { CommandSetting, ContainerProcess, ProcessConfig, RunOptions, ShellKind } from './containerProcess';
import { DEFAULT_SHELL, applyInstructions, baseImageHasNoEntrypoint, containerProcess, imageShellKind } from './containerProcess';

// Reads a stage of a Dockerfile into the container-process model: the ENTRYPOINT and CMD the
// stage's image ends with (its own, or inherited from the stages it is built FROM, or unknown
// when they come from a base image outside this file), and what `/bin/sh` is in that image.

export interface StageProcess {
  config: ProcessConfig;
  /** What `/bin/sh` is in the stage's root image. */
  imageSh: ShellKind;
  /** The root image name when the stage chain starts from an image (for "베이스 이미지 …"). */
  baseImage?: string;
  /** True when the chain starts from `scratch` (no shell, no inherited settings). */
  scratch: boolean;
  /** The process `docker run IMAGE` starts without arguments. */
  process: ContainerProcess;
}

function keyword(i: Instruction): string {
  return i.getKeyword().toUpperCase();
}

/** The JSON argv of a SHELL instruction, if valid. */
function shellArgv(doc: DockerfileDocument, i: Instruction): string[] | undefined {
  const args = commandArguments(doc, i);
  return args?.form === 'exec' && args.argv?.length ? args.argv : undefined;
}

/** One CMD/ENTRYPOINT as the image config stores it, given the SHELL in effect. */
export function settingOf(doc: DockerfileDocument, i: Instruction, shell: readonly string[]): CommandSetting | undefined {
  const args = commandArguments(doc, i);
  if (!args) return undefined;
  const line = i.getRange().start.line;
  if (args.form === 'exec' && args.argv) return { form: 'exec', argv: args.argv, line };
  return { form: 'shell', argv: [...shell, args.text], text: args.text, line };
}

/** The process model of a stage's image; `run` adds `docker run` arguments. */
export function stageProcess(doc: DockerfileDocument, stage: DockerfileStage, run: RunOptions = {}): StageProcess {
  const chain = lineage(doc, stage).reverse();
  const root = chain[0];
  const rawImage = root.from.getImage() ?? '';
  const image = resolveFromImage(doc, rawImage, root.from.getRange().start.line) ?? rawImage;
  const scratch = image.toLowerCase() === 'scratch';
  const reference = scratch ? undefined : parseImageReference(image);
  let config: ProcessConfig = scratch ? { entrypoint: null, cmd: null }
    : baseImageHasNoEntrypoint(reference) ? { entrypoint: null, cmd: 'unknown' }
    : { entrypoint: 'unknown', cmd: 'unknown' };
  let shell: readonly string[] = DEFAULT_SHELL;
  for (const s of chain) {
    const steps: { keyword: 'CMD' | 'ENTRYPOINT'; setting: CommandSetting }[] = [];
    for (const i of s.instructions) {
      const k = keyword(i);
      if (k === 'SHELL') shell = shellArgv(doc, i) ?? shell;
      else if (k === 'CMD' || k === 'ENTRYPOINT') {
        const setting = settingOf(doc, i, shell);
        if (setting) steps.push({ keyword: k, setting });
      }
    }
    config = applyInstructions(config, steps);
  }
  const imageSh = scratch ? 'unknown' : imageShellKind(reference && !reference.variants.includes('distroless') ? reference : undefined);
  return { config, imageSh, baseImage: scratch ? undefined : image, scratch, process: containerProcess(config, imageSh, run) };
}
