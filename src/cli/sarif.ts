import { allRules, pick } from '../core';
import type { Language, Rule } from '../core';
import type { FileResult } from './format';
import { corePath } from './config';

// SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read. Every rule's
// metadata goes into `tool.driver.rules` (not only the ones that fired), so a dashboard can
// show a rule's description even for results from earlier runs. Locations are relative to
// the folder the CLI ran in (`%SRCROOT%`), as code scanning expects.

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function toUri(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  // Absolute first, so `../x` (outside the folder the CLI ran in) becomes a file: URI, not a
  // relative path that climbs out of %SRCROOT%.
  const slashed = corePath(file);
  const base = cwd.replace(/\\/g, '/').replace(/\/?$/, '/');
  if (slashed.startsWith(base)) return { uri: encodeURI(slashed.slice(base.length)), uriBaseId: '%SRCROOT%' };
  return { uri: encodeURI(`file://${slashed.startsWith('/') ? '' : '/'}${slashed}`) };
}

function ruleDescriptor(rule: Rule, language: Language) {
  const other = language === 'ko' ? 'en' : 'ko';
  const equivalents = rule.meta.equivalents;
  const seeAlso = [
    ...(equivalents?.hadolint ?? []).map((c) => `hadolint ${c}`),
    equivalents?.buildkit ? `BuildKit ${equivalents.buildkit}` : undefined,
    equivalents?.dclint ? `dclint ${equivalents.dclint}` : undefined,
  ].filter(Boolean);
  const markdown = [`**${pick(rule.meta.title, language)}**`, '', pick(rule.meta.title, other), '', `docs/rules/${rule.meta.id}.md`, seeAlso.length ? `\n${seeAlso.join(', ')}` : ''].join('\n');
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: pick(rule.meta.title, language) },
    fullDescription: { text: `${pick(rule.meta.title, language)} (${pick(rule.meta.title, other)})` },
    help: { text: `${pick(rule.meta.title, language)} — docs/rules/${rule.meta.id}.md`, markdown },
    defaultConfiguration: { enabled: rule.meta.severity !== 'off', level: rule.meta.severity === 'off' ? 'none' : LEVEL[rule.meta.severity] },
    properties: { tags: [...rule.meta.kinds, ...(rule.meta.fixable ? ['fixable'] : [])] },
  };
}

export function formatSarif(results: FileResult[], options: { language: Language; cwd: string; version: string }): string {
  const rules = allRules;
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      ruleId: d.rule,
      ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: toUri(r.file, options.cwd),
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docker-explain',
            fullName: 'Docker 해설 (docker-explain)',
            semanticVersion: options.version,
            version: options.version,
            language: options.language,
            rules: rules.map((r) => ruleDescriptor(r, options.language)),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${options.cwd.replace(/\\/g, '/').replace(/^(?!\/)/, '/').replace(/\/?$/, '/')}` } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
