import type { DockerfileDocument } from '../../../documents/dockerfileDocument';
import type { Report, Rule, RuleContext, RuleMeta } from '../../types';

/** A Dockerfile rule: the engine only calls it on Dockerfiles, this narrows the document type. */
export function dockerfileRule(meta: RuleMeta, check: (doc: DockerfileDocument, report: (r: Report) => void, options: Readonly<Record<string, unknown>>, context: RuleContext) => void): Rule {
  return {
    meta,
    check(context) {
      if (context.doc.kind !== 'dockerfile') return;
      check(context.doc, (r) => context.report(r), context.options, context);
    },
  };
}
