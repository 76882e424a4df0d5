import type { DockerfileDocument } from '../documents/dockerfileDocument';
import { heredocsOf } from '../documents/dockerfileAstMemo';
import type { FoldingRegion } from './types';

// Folding for Dockerfiles: each stage (FROM to its last instruction), each instruction written
// over several lines (`\` continuations, heredocs), each heredoc's body, and runs of comment
// lines. An editor that has a folding provider stops folding by indentation, so the
// continuation lines it used to fold are folded here too. Compose files get none from us: the
// editor's indentation folding already folds every YAML section.

export function dockerfileFolding(doc: DockerfileDocument): FoldingRegion[] {
  const out: FoldingRegion[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, kind?: FoldingRegion['kind']) => {
    const id = `${start}:${end}`;
    if (end > start && !seen.has(id)) {
      seen.add(id);
      out.push(kind ? { start, end, kind } : { start, end });
    }
  };
  for (const stage of doc.stages) {
    const last = stage.instructions[stage.instructions.length - 1];
    add(stage.from.getRange().start.line, last.getRange().end.line);
  }
  for (const instruction of doc.ast.getInstructions()) {
    const r = instruction.getRange();
    add(r.start.line, r.end.line);
    for (const heredoc of heredocsOf(instruction)) {
      const content = heredoc.getContentRange();
      const end = heredoc.getDelimiterRange() ?? content;
      if (content && end) add(heredoc.getStartRange().start.line, end.end.line);
    }
  }
  let runStart = -1;
  // Parser directives (`# syntax=…`) are comment lines to the reader.
  const lines = [...doc.ast.getDirectives(), ...doc.ast.getComments()].map((c) => c.getRange().start.line);
  const comments = [...new Set(lines)].sort((a, b) => a - b);
  for (let i = 0; i < comments.length; i++) {
    if (runStart < 0) runStart = comments[i];
    if (comments[i + 1] !== comments[i] + 1) {
      add(runStart, comments[i], 'comment');
      runStart = -1;
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
