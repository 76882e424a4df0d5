import type { Position } from '../types';
import { rangeContains } from '../types';
import type { DockerfileDocument } from '../documents/dockerfileDocument';
import { getTopic } from '../knowledge';
import type { HoverResult, RenderOptions } from './hover';
import { renderHover } from './hover';

/** The hover for a position in a Dockerfile, or null when nothing there has an explanation. */
export function explainDockerfile(doc: DockerfileDocument, pos: Position, options: RenderOptions): HoverResult | null {
  for (const instruction of doc.ast.getInstructions()) {
    const keywordRange = instruction.getInstructionRange();
    if (!rangeContains(keywordRange, pos)) continue;
    const keyword = instruction.getKeyword().toUpperCase();
    const topic = getTopic(`dockerfile.${keyword}`);
    if (!topic) return null;
    return renderHover({ topic, heading: keyword }, keywordRange, options);
  }
  return null;
}
