import { parseCompose } from '../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../src/core/documents/composeDocument';
import { loadProject } from '../../src/core/compose/loadProject';
import { ProjectView } from '../../src/core/lint/compose/projectView';
import { LineIndex } from '../../src/core/documents/lineIndex';
import type { Rule } from '../../src/core/lint/types';

export interface ProjectFound {
  id: string;
  /** 0-based line of the report. */
  line: number;
  /** The text under the range. */
  text: string;
  data: Record<string, string | number>;
}

/**
 * Runs one rule on `lint` (a path of `files`) inside the project of the file set `set`, as the
 * CLI does: the project is loaded from the given texts (other paths read as missing).
 */
export function checkInProject(rule: Rule, files: Record<string, string>, set: string[], lint = set[0]): ProjectFound[] {
  const docs = new Map<string, ComposeDocument>();
  const parse = (p: string, text: string) => {
    const doc = docs.get(p) ?? parseCompose(text);
    docs.set(p, doc);
    return doc;
  };
  const project = loadProject({ files: set, readFile: (p) => files[p], parse });
  const doc = parse(lint, files[lint]);
  const out: ProjectFound[] = [];
  const lines = new LineIndex(doc.text);
  rule.check({
    doc,
    options: {},
    project: new ProjectView(project, lint),
    report(r) {
      out.push({ id: r.messageId, line: r.range.start.line, text: doc.text.slice(lines.offsetAt(r.range.start), lines.offsetAt(r.range.end)), data: r.data ?? {} });
    },
  });
  return out;
}
