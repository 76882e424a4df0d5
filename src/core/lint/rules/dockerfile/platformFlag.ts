import type { Flag } from 'dockerfile-ast';
import type { DockerfileStage } from '../../../documents/dockerfileDocument';
import { flagsOf } from '../../../documents/dockerfileAstMemo';

/** The `--platform=` flag of a stage's FROM, with a value. */
export function platformFlagOf(stage: DockerfileStage): Flag | undefined {
  return flagsOf(stage.from).find((f) => f.getName().toLowerCase() === 'platform' && f.getValue() !== null);
}

/** The value without one pair of surrounding quotes (BuildKit reads the flag as a shell word). */
export function unquoted(value: string): string {
  const m = /^"([^"]*)"$|^'([^']*)'$/.exec(value);
  return m ? (m[1] ?? m[2] ?? '') : value;
}
