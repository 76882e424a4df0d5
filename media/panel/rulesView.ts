// The rules tab as a team's overview (issue 14 item 9): every rule's effective severity for the
// file the panel follows, under the team config, with the config line that set it; grouped by
// the kind of file a rule checks, filtered by on / off / fixable and by a search text.
import type { RuleState, RuleSummary, RulesOverview } from '../../src/extension/panel/protocol';
import { actionable, fmt, h, icon } from './dom';

export type RuleFilter = 'all' | 'on' | 'off' | 'fixable';
export const RULE_FILTERS: RuleFilter[] = ['all', 'on', 'off', 'fixable'];

/** Shell scripts and Markdown code blocks are checked by the same rules: one group. */
const GROUPS: { key: string; kinds: string[]; label: string }[] = [
  { key: 'dockerfile', kinds: ['dockerfile'], label: 'rulesGroupDockerfile' },
  { key: 'compose', kinds: ['compose'], label: 'rulesGroupCompose' },
  { key: 'commands', kinds: ['shell', 'markdown'], label: 'rulesGroupCommands' },
];

export interface RulesListOptions {
  text: Record<string, string>;
  rules: RuleSummary[];
  overview: RulesOverview | undefined;
  filter: RuleFilter;
  query: string;
  openRule(id: string): void;
  openOrigin(id: string): void;
  setFilter(filter: RuleFilter): void;
  setQuery(query: string): void;
}

export function rulesList(o: RulesListOptions): HTMLElement {
  const states = new Map((o.overview?.rules ?? []).map((r) => [r.id, r]));
  const list = h('div', { class: 'rule-groups', attrs: { id: 'rule-groups' } });
  // Typing in the search box redraws the groups only, so the box keeps its focus.
  const fill = () => list.replaceChildren(...groups(o, states));
  fill();
  return h('div', { class: 'rules-home', attrs: { id: 'rules-overview' } }, header(o), controls(o, fill), list);
}

/** The effective severity line of a rule's own page ("이 파일에서: 경고 · .docker-explain.json:3"). */
export function ruleStateLine(text: Record<string, string>, state: RuleState | undefined, overview: RulesOverview | undefined): string | undefined {
  if (!state || !overview) return undefined;
  return fmt(text.rulesStateHere, { file: overview.fileName ?? text.rulesFolder, severity: text[`severity_${state.severity}`] ?? state.severity, origin: originText(text, state) });
}

function header(o: RulesListOptions): HTMLElement {
  const { text, overview } = o;
  const lines: HTMLElement[] = [];
  const target = overview?.fileName ? fmt(text.rulesForFile, { file: overview.fileName }) : text.rulesForFolder;
  lines.push(h('p', { class: 'rules-target' }, icon('file'), ' ', target));
  if (overview?.ignored) lines.push(h('p', { class: 'rules-ignored' }, icon('warning'), ' ', text.rulesIgnored));
  lines.push(
    h(
      'p',
      { class: 'muted rules-config' },
      overview && overview.configFiles.length > 0 ? fmt(text.rulesConfigFiles, { files: overview.configFiles.join(', ') }) : text.rulesNoConfig,
    ),
  );
  return h('div', { class: 'rules-header' }, ...lines);
}

function controls(o: RulesListOptions, refill: () => void): HTMLElement {
  const { text } = o;
  const field = h('vscode-textfield', { class: 'search', attrs: { placeholder: text.rulesSearch, 'aria-label': text.rulesSearch, type: 'search', id: 'rules-search' } });
  (field as unknown as { value: string }).value = o.query;
  field.appendChild(h('span', { class: 'codicon codicon-search', attrs: { slot: 'content-before', 'aria-hidden': 'true' } }));
  field.addEventListener('input', () => {
    o.query = (field as unknown as { value: string }).value;
    o.setQuery(o.query);
    refill();
  });
  const buttons = RULE_FILTERS.map((f) => {
    const pressed = f === o.filter;
    const b = h('vscode-button', { attrs: { ...(pressed ? {} : { secondary: '' }), 'aria-pressed': String(pressed) }, dataset: { filter: f } }, text[`rulesFilter_${f}`] ?? f);
    b.addEventListener('click', () => o.setFilter(f));
    return b;
  });
  return h('div', { class: 'rules-controls' }, field, h('div', { class: 'rule-filters', attrs: { role: 'group', 'aria-label': text.rulesFilterLabel } }, ...buttons));
}

function matches(o: RulesListOptions, rule: RuleSummary, state: RuleState | undefined): boolean {
  const severity = state?.severity ?? rule.severity;
  if (o.filter === 'on' && severity === 'off') return false;
  if (o.filter === 'off' && severity !== 'off') return false;
  if (o.filter === 'fixable' && !rule.fixable) return false;
  const q = o.query.trim().toLowerCase();
  if (q === '') return true;
  return [rule.id, rule.title, ...rule.equivalents].some((t) => t.toLowerCase().includes(q));
}

function groups(o: RulesListOptions, states: Map<string, RuleState>): HTMLElement[] {
  const { text } = o;
  const active = o.overview?.kind ?? null;
  // The active file's group first: it is the one the team lead is looking at.
  const ordered = [...GROUPS].sort((a, b) => Number(active !== null && b.kinds.includes(active)) - Number(active !== null && a.kinds.includes(active)));
  const out: HTMLElement[] = [];
  let shown = 0;
  for (const group of ordered) {
    const members = o.rules.filter((r) => r.kinds.some((k) => group.kinds.includes(k)) && matches(o, r, states.get(r.id)));
    if (members.length === 0) continue;
    shown += members.length;
    const isActive = active !== null && group.kinds.includes(active);
    const on = members.filter((r) => (states.get(r.id)?.severity ?? r.severity) !== 'off').length;
    out.push(
      h(
        'section',
        { class: 'rule-group', dataset: { group: group.key } },
        h('h3', {}, text[group.label] ?? group.key, isActive ? ` ${text.rulesGroupThisFile}` : '', ' ', h('small', { class: 'muted' }, fmt(text.rulesGroupCount, { on, total: members.length }))),
        h('ol', { class: 'topics' }, ...members.map((r) => ruleItem(o, r, states.get(r.id)))),
      ),
    );
  }
  if (shown === 0) out.push(h('p', { class: 'topic none' }, text.rulesNone));
  return out;
}

function ruleItem(o: RulesListOptions, rule: RuleSummary, state: RuleState | undefined): HTMLElement {
  const { text } = o;
  const severity = state?.severity ?? rule.severity;
  const severityText = text[`severity_${severity}`] ?? severity;
  const origin = state ? originText(text, state) : text.rulesOriginDefault;
  const row = h(
    'li',
    { class: `topic rule-state sev-${severity}`, dataset: { id: rule.id, severity } },
    icon(severity === 'off' ? 'circle-slash' : severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info'),
    h(
      'span',
      { class: 'topic-text' },
      h('strong', {}, rule.id),
      h('small', {}, rule.title),
      h(
        'small',
        { class: 'rule-meta' },
        h('span', { class: 'rule-severity' }, severityText),
        ' · ',
        state?.origin.where ? originLink(o, rule.id, origin) : h('span', { class: 'rule-origin' }, origin),
        rule.fixable ? ` · ${text.rulesFixable}` : '',
      ),
    ),
  );
  return actionable(row, `${rule.id}: ${severityText}. ${origin}. ${rule.title}`, () => o.openRule(rule.id));
}

/** The origin opens the config file at the line; it is its own control inside the row. */
function originLink(o: RulesListOptions, id: string, label: string): HTMLElement {
  const link = h('a', { class: 'rule-origin', attrs: { href: '#', title: o.text.rulesOpenOrigin } }, label);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    o.openOrigin(id);
  });
  link.addEventListener('keydown', (e) => e.stopPropagation());
  return link;
}

function originText(text: Record<string, string>, state: RuleState): string {
  const { kind, where, detail } = state.origin;
  switch (kind) {
    case 'preset':
      return fmt(text.rulesOriginPreset, { preset: detail ?? '', where: where ?? '' });
    case 'file':
      return where ?? text.rulesOriginDefault;
    case 'hadolint':
      return fmt(text.rulesOriginHadolint, { code: detail ?? '', where: where ?? '' });
    default:
      return text.rulesOriginDefault;
  }
}
