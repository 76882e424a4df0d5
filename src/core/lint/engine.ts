import type { Language } from '../types';
import { comparePositions, fill, pick } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import type { LintConfig, LintDiagnostic, Report, Rule, Severity } from './types';
import { allRules } from './rules';
import { collectSuppressions } from './suppressions';
import { buildCheckPolicy } from './buildCheckPolicy';
import type { ProjectView } from './compose/projectView';
import type { BuildContextFiles } from './buildContext';

export interface LintOptions {
  config?: LintConfig;
  language?: Language;
  rules?: readonly Rule[];
  /** The Compose project of the linted file (its set, includes, profiles); none: the file alone. */
  project?: ProjectView;
  /** Files of a Dockerfile's build context (`.dockerignore`), when the caller read them. */
  buildContext?: BuildContextFiles;
  /**
   * False: disable comments in the file are not obeyed (`# docker-explain-disable…`, hadolint's
   * `# hadolint ignore=`, and BuildKit's `# check=skip=`), for teams that allow no in-file
   * silencing (CLI `--no-inline-config`, hadolint's `--disable-ignore-pragma`). `# check=error=true`
   * still makes findings errors: it only makes the build stricter. Default true.
   */
  inlineConfig?: boolean;
}

function documentFileKind(doc: ParsedDocument) {
  return doc.kind === 'commands' ? doc.fileKind : doc.kind;
}

/**
 * Runs every enabled rule over one parsed document. Rules never see config files or pragmas:
 * the engine applies severities, options and inline suppressions here, in one place, so the
 * editor and the CLI cannot disagree. A rule that throws is contained and reported as a
 * diagnostic of its own rather than hiding every other result.
 */
export function lintDocument(doc: ParsedDocument, options: LintOptions = {}): LintDiagnostic[] {
  const language = options.language ?? 'ko';
  const rules = options.rules ?? allRules;
  const kind = documentFileKind(doc);
  const inline = options.inlineConfig !== false;
  const suppressions = inline ? collectSuppressions(doc, rules) : undefined;
  // BuildKit's `# check=skip=…` / `error=true` in the Dockerfile, for rules with a BuildKit equivalent.
  const checks = buildCheckPolicy(doc);
  const out: LintDiagnostic[] = [];
  // `rule line` of findings that a kept finding of a more specific rule supersedes (Report.supersedes).
  const superseded = new Set<string>();
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(kind)) continue;
    const setting = options.config?.rules[rule.meta.id];
    const configured = setting?.severity ?? rule.meta.severity;
    if (configured === 'off' || (inline && checks.skipsRule(rule))) continue;
    const severity = checks.severity(rule, configured);
    const report = (r: Report) => {
      if (suppressions?.isSuppressed(rule.meta.id, r.range.start.line) || (inline && checks.skipsAt(rule, r.range.start.line))) return;
      const template = rule.meta.messages[r.messageId];
      for (const s of r.supersedes ?? []) superseded.add(`${s.rule} ${s.line}`);
      out.push({
        rule: rule.meta.id,
        severity: capSeverity(severity, r.maxSeverity),
        message: template ? fill(pick(template, language), r.data) : r.messageId,
        range: r.range,
        fixes: (r.fixes ?? []).map((f) => ({ title: pick(f.title, language), edits: f.edits, ...(f.safe ? { safe: true } : {}) })),
        ...(r.related?.length ? { related: r.related.map((x) => ({ file: x.file, range: x.range, message: pick(x.message, language) })) } : {}),
      });
    };
    try {
      rule.check({ doc, options: setting?.options ?? {}, report, project: options.project, buildContext: options.buildContext });
    } catch (err) {
      out.push({
        rule: rule.meta.id,
        severity: 'info',
        message:
          language === 'ko'
            ? fill('규칙 {id}을/를 실행하다 내부 오류가 났어요. 이 규칙의 결과는 빠졌어요: {error}', { id: rule.meta.id, error: String(err) })
            : `Rule ${rule.meta.id} failed internally; its results are missing: ${String(err)}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        fixes: [],
      });
    }
  }
  const kept = superseded.size ? out.filter((d) => !superseded.has(`${d.rule} ${d.range.start.line}`)) : out;
  return kept.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A report's `maxSeverity` caps the configured severity; it never raises it. */
function capSeverity(configured: Severity, max: Severity | undefined): Severity {
  return max !== undefined && SEVERITY_RANK[max] < SEVERITY_RANK[configured] ? max : configured;
}
