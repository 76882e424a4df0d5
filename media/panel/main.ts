// The concepts panel's script. Runs in the webview: no Node, no vscode module; only messages
// (../../src/extension/panel/protocol.ts), validated on arrival. Everything from a user's
// file is put into the page as text (see dom.ts); there is no innerHTML in this bundle.
import '@vscode-elements/elements/dist/vscode-tabs/index.js';
import '@vscode-elements/elements/dist/vscode-tab-header/index.js';
import '@vscode-elements/elements/dist/vscode-tab-panel/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import { parseHostMessage } from '../../src/extension/panel/protocol';
import type { ConceptPage, GlossaryEntry, HostMessage, RuleSummary, RulesOverview, WebviewMessage } from '../../src/extension/panel/protocol';
import type { FileView } from '../../src/core/model/panelModel';
import { search } from '../../src/core/knowledge/concepts/search';
import { plainFromMarkdown } from '../../src/core/text/plain';
import type { SearchEntry } from '../../src/core/knowledge/concepts/search';
import { actionable, fmt, h, icon } from './dom';
import { inline, renderMarkdown } from './markdown';
import { renderDiagram } from './diagram';
import { renderFileView } from './fileView';
import { RULE_FILTERS, ruleStateLine, rulesList } from './rulesView';
import type { RuleFilter } from './rulesView';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

type Tab = 'concepts' | 'file' | 'rules' | 'glossary';
const TABS: Tab[] = ['concepts', 'file', 'rules', 'glossary'];

/** What survives hiding the view and reloading the window (getState/setState). */
interface PanelState {
  tab: Tab;
  concept?: string;
  rule?: string;
  query: string;
  /** The 용어집 tab's search text. */
  glossaryQuery: string;
  /** The rules tab's filter (on / off / fixable) and search text. */
  ruleFilter: RuleFilter;
  ruleQuery: string;
  /** Scroll position per page key (`concepts:layers`, `rules:`, `file`…). */
  scroll: Record<string, number>;
  /** The last "명령어 설명" result, shown above the concepts until closed. */
  command?: CommandFound;
}

/** A "명령어 설명" result; `tooLong`: the selection was over the limit and is not explained. */
interface CommandFound {
  command: string;
  markdown: string | null;
  tooLong?: boolean;
  /** A Docker error message rather than a command, with where its cause is written. */
  kind?: 'error';
  locations?: string[];
  /** The card's heading when it is not "명령어 설명" (a hover's "자세히"). */
  title?: string;
  /** The language it was explained in: after \`dockerExplain.language\` changes, the host explains it again. */
  lang?: string;
}

const vscodeApi = acquireVsCodeApi();
const send = (message: WebviewMessage) => vscodeApi.postMessage(message);

function loadState(): PanelState {
  const raw = vscodeApi.getState() as Partial<PanelState> | undefined;
  const tab = raw && TABS.includes(raw.tab as Tab) ? (raw.tab as Tab) : 'concepts';
  return {
    tab,
    concept: typeof raw?.concept === 'string' ? raw.concept : undefined,
    rule: typeof raw?.rule === 'string' ? raw.rule : undefined,
    query: typeof raw?.query === 'string' ? raw.query : '',
    glossaryQuery: typeof raw?.glossaryQuery === 'string' ? raw.glossaryQuery : '',
    ruleFilter: RULE_FILTERS.includes(raw?.ruleFilter as RuleFilter) ? (raw?.ruleFilter as RuleFilter) : 'all',
    ruleQuery: typeof raw?.ruleQuery === 'string' ? raw.ruleQuery : '',
    scroll: raw && typeof raw.scroll === 'object' && raw.scroll !== null ? { ...raw.scroll } : {},
    command:
      raw?.command && typeof raw.command.command === 'string' && (typeof raw.command.markdown === 'string' || raw.command.markdown === null)
        ? {
            command: raw.command.command,
            markdown: raw.command.markdown,
            tooLong: raw.command.tooLong === true,
            // After a reload the host no longer holds the locations a click would open: keep the words only.
            kind: raw.command.kind === 'error' ? 'error' : undefined,
            ...(typeof raw.command.title === 'string' ? { title: raw.command.title } : {}),
            ...(typeof raw.command.lang === 'string' ? { lang: raw.command.lang } : {}),
          }
        : undefined,
  };
}

const state = loadState();
let text: Record<string, string> = {};
/** The language of the texts (\`init\`). */
let lang = '';
let concepts: ConceptPage[] = [];
let rules: RuleSummary[] = [];
/** Each rule's severity for the file the panel follows, under the team config (the host sends it). */
let rulesOverview: RulesOverview | undefined;
let glossary: GlossaryEntry[] = [];
let glossaryEntries: SearchEntry[] = [];
let entries: SearchEntry[] = [];
let fileView: FileView = { kind: 'empty', reason: 'no-editor' };
const ruleDocs = new Map<string, string | null>();

const app = document.getElementById('app') as HTMLElement;
let tabs: HTMLElement | undefined;
const panels: Record<Tab, HTMLElement> = {
  concepts: h('div', { class: 'tab-body', attrs: { id: 'panel-concepts' } }),
  file: h('div', { class: 'tab-body', attrs: { id: 'panel-file' } }),
  rules: h('div', { class: 'tab-body', attrs: { id: 'panel-rules' } }),
  glossary: h('div', { class: 'tab-body', attrs: { id: 'panel-glossary' } }),
};

function save(): void {
  vscodeApi.setState(state);
}

function pageKey(): string {
  if (state.tab === 'concepts') return `concepts:${state.concept ?? ''}:${state.concept ? '' : state.query}`;
  if (state.tab === 'rules') return `rules:${state.rule ?? ''}`;
  if (state.tab === 'glossary') return `glossary:${state.glossaryQuery}`;
  return 'file';
}

let scrollTimer: number | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer !== undefined) window.clearTimeout(scrollTimer);
  scrollTimer = window.setTimeout(() => {
    state.scroll[pageKey()] = window.scrollY;
    save();
  }, 120);
});

function restoreScroll(): void {
  const y = state.scroll[pageKey()] ?? 0;
  requestAnimationFrame(() => window.scrollTo(0, y));
}

function rendered(): void {
  send({ type: 'rendered', view: state.tab, key: pageKey() });
}

// ---- frame ----------------------------------------------------------------------------------

function buildFrame(): void {
  app.replaceChildren();
  const el = h('vscode-tabs', { attrs: { 'aria-label': 'Docker' } });
  const labels: Record<Tab, [string, string]> = { concepts: [text.tabConcepts, 'book'], file: [text.tabThisFile, 'file-code'], rules: [text.tabRules, 'checklist'], glossary: [text.tabGlossary, 'whole-word'] };
  for (const tab of TABS) {
    el.appendChild(h('vscode-tab-header', { attrs: { slot: 'header' }, dataset: { tab } }, icon(labels[tab][1]), ' ', labels[tab][0]));
    el.appendChild(h('vscode-tab-panel', {}, panels[tab]));
  }
  el.addEventListener('vsc-tabs-select', (e) => {
    const index = (e as CustomEvent<{ selectedIndex: number }>).detail.selectedIndex;
    const tab = TABS[index];
    if (tab && tab !== state.tab) {
      state.tab = tab;
      save();
      restoreScroll();
      rendered();
    }
  });
  app.appendChild(el);
  tabs = el;
  app.removeAttribute('aria-busy');
}

function selectTab(tab: Tab): void {
  state.tab = tab;
  save();
  if (tabs) (tabs as unknown as { selectedIndex: number }).selectedIndex = TABS.indexOf(tab);
}

// ---- concepts -------------------------------------------------------------------------------

function renderConcepts(): void {
  const page = state.concept ? concepts.find((c) => c.id === state.concept) : undefined;
  const body = page ? conceptView(page) : conceptList();
  panels.concepts.replaceChildren(...(state.command ? [commandCard(state.command)] : []), body);
}

/** The explanation of a docker command (command "명령어 설명"). The command is the user's text: shown as text only. */
function commandCard(found: CommandFound): HTMLElement {
  const close = h('vscode-button', { attrs: { secondary: '', 'aria-label': text.commandClose } }, text.commandClose);
  close.addEventListener('click', () => {
    state.command = undefined;
    save();
    renderConcepts();
  });
  const title = found.kind === 'error' ? text.errorTitle : found.title ?? text.commandTitle;
  const locations = found.locations ?? [];
  const [answer, rest] = found.kind === 'error' && found.markdown !== null ? leadHeading(found.markdown) : ['', found.markdown ?? ''];
  return h(
    'section',
    { class: 'command-card', attrs: { id: 'command-explanation', 'aria-label': title, 'data-kind': found.kind ?? 'command' } },
    h('h2', {}, icon(found.kind === 'error' ? 'error' : found.title ? 'info' : 'terminal'), ' ', title),
    h('pre', { class: 'code' }, h('code', {}, found.command)),
    // The answer (the explanation's heading) comes first, then where its cause is written in
    // this workspace, then the rest of the explanation.
    ...(answer ? [h('div', { class: 'command-doc command-answer' }, renderMarkdown(answer))] : []),
    ...(locations.length > 0 ? [errorLocations(locations)] : []),
    found.markdown === null ? inline(h('p', { class: 'muted' }), found.tooLong ? text.commandTooLong : text.commandNone) : h('div', { class: 'command-doc' }, renderMarkdown(rest)),
    close,
  );
}

/** An explanation's first heading (its answer) and the rest; no heading: all of it is the rest. */
function leadHeading(markdown: string): [string, string] {
  const m = /^(#{1,6} [^\n]*)\n+/.exec(markdown);
  return m ? [m[1], markdown.slice(m[0].length)] : ['', markdown];
}

/** The workspace places an error points at; the host opens them (it keeps what it found, by index). */
function errorLocations(labels: string[]): HTMLElement {
  return h(
    'div',
    { class: 'error-locations' },
    h('p', { class: 'muted' }, text.errorLocations),
    h(
      'ul',
      {},
      ...labels.map((label, index) => actionable(h('li', { class: 'error-location', dataset: { index: String(index) } }, icon('go-to-file'), ' ', label), label, () => send({ type: 'openErrorLocation', index }))),
    ),
  );
}

function searchField(): HTMLElement {
  const field = h('vscode-textfield', { class: 'search', attrs: { placeholder: text.searchPlaceholder, 'aria-label': text.searchLabel, type: 'search', id: 'search' } });
  (field as unknown as { value: string }).value = state.query;
  field.appendChild(h('span', { class: 'codicon codicon-search', attrs: { slot: 'content-before', 'aria-hidden': 'true' } }));
  field.addEventListener('input', () => {
    state.query = (field as unknown as { value: string }).value;
    save();
    const list = document.getElementById('concept-results');
    list?.replaceWith(resultsList());
  });
  return field;
}

function conceptList(): HTMLElement {
  return h('div', { class: 'concept-home' }, searchField(), resultsList());
}

function resultsList(): HTMLElement {
  const query = state.query.trim();
  if (query === '') {
    return h(
      'ol',
      { class: 'topics', attrs: { id: 'concept-results', 'aria-label': text.tabConcepts } },
      ...concepts.map((c, i) => topicItem(c.id, `${i + 1}. ${c.title}`, c.summary, () => openConcept(c.id), 'concept')),
    );
  }
  const hits = search(entries, query);
  const list = h('ol', { class: 'topics', attrs: { id: 'concept-results', 'aria-label': fmt(text.searchResults, { count: hits.length }) } });
  if (hits.length === 0) list.appendChild(h('li', { class: 'none' }, fmt(text.searchNoResult, { query })));
  for (const hit of hits) {
    const e = hit.entry;
    if (e.kind === 'concept') {
      const c = concepts.find((x) => x.id === e.id);
      list.appendChild(topicItem(e.id, e.title, c?.summary ?? '', () => openConcept(e.id), 'concept'));
    } else {
      list.appendChild(topicItem(e.id, e.id, e.title, () => openRule(e.id), 'rule'));
    }
  }
  return list;
}

function topicItem(id: string, title: string, summary: string, open: () => void, kind: 'concept' | 'rule'): HTMLElement {
  const kindText = kind === 'concept' ? text.kindConcept : text.kindRule;
  // Concept titles and summaries are Markdown (`docker run`의 흐름), rendered inline as on the
  // concept page so no backtick shows in the list or the search results (UX review 23, 29).
  // Rule ids and titles are plain text and stay text.
  const text_ = (el: HTMLElement, value: string) => (kind === 'concept' ? inline(el, value) : (el.append(value), el));
  const li = h('li', { class: `topic ${kind}`, dataset: { id } }, icon(kind === 'concept' ? 'book' : 'checklist'), h('span', { class: 'topic-text' }, text_(h('strong', {}), title), text_(h('small', {}), summary)));
  return actionable(li, `${kindText}: ${plainFromMarkdown(title)}. ${plainFromMarkdown(summary)}`, open);
}

function openConcept(id: string): void {
  if (!concepts.some((c) => c.id === id)) return;
  selectTab('concepts');
  state.concept = id;
  save();
  renderConcepts();
  restoreScroll();
  focusHeading(panels.concepts);
  rendered();
}

function focusHeading(root: HTMLElement): void {
  const heading = root.querySelector('h2');
  if (heading instanceof HTMLElement) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

function backLink(onBack: () => void): HTMLElement {
  return actionable(h('p', { class: 'back' }, icon('arrow-left'), ' ', text.back), text.back, onBack);
}

function conceptView(c: ConceptPage): HTMLElement {
  const article = h('article', { class: 'concept', dataset: { concept: c.id }, attrs: { 'aria-labelledby': `title-${c.id}` } });
  article.append(
    backLink(() => {
      state.concept = undefined;
      save();
      renderConcepts();
      restoreScroll();
      rendered();
    }),
    inline(h('h2', { attrs: { id: `title-${c.id}` } }), c.title),
    inline(h('p', { class: 'summary' }), c.summary),
    h('figure', {}, renderDiagram(c.diagram), h('figcaption', { class: 'sr-only' }, c.diagram.description)),
    openLargeButton(() => send({ type: 'openLarge', concept: c.id })),
  );
  for (const s of c.sections) {
    const section = h('section', {});
    if (s.heading) section.appendChild(inline(h('h3'), s.heading));
    section.appendChild(renderMarkdown(s.body));
    article.appendChild(section);
  }
  article.append(
    h('h3', {}, icon('code'), ' ', text.example),
    h('pre', { class: `code lang-${c.example.language}` }, h('code', {}, c.example.code)),
    inline(h('p', { class: 'caption' }), c.example.caption),
    h('h3', {}, text.related),
    h('ul', { class: 'chips' }, ...c.related.map((r) => actionable(h('li', { class: 'chip', dataset: { id: r.id } }, icon('book'), ' ', inline(h('span', {}), r.title)), plainFromMarkdown(r.title), () => openConcept(r.id)))),
    h('h3', {}, text.docs),
    h('ul', { class: 'links' }, ...c.docs.map((d) => h('li', {}, icon('link-external'), ' ', h('a', { attrs: { href: d.url } }, d.title)))),
  );
  // Where the page's claims can be checked; the URL itself is the label (it says page and anchor).
  if (c.sources.length) article.append(h('h3', {}, text.sources), h('ul', { class: 'links sources' }, ...c.sources.map((url) => h('li', {}, icon('link-external'), ' ', h('a', { attrs: { href: url } }, url)))));
  return article;
}

/** "크게 보기": the same picture in an editor-area panel, where it has room (issue 14 item 6). */
function openLargeButton(open: () => void): HTMLElement {
  const b = h('vscode-button', { class: 'open-large', attrs: { secondary: '', 'aria-label': text.openLarge } }, icon('screen-full'), ' ', text.openLarge);
  b.addEventListener('click', open);
  return b;
}

// ---- glossary (용어집) -------------------------------------------------------------------------

function renderGlossary(): void {
  const field = h('vscode-textfield', { class: 'search', attrs: { placeholder: text.glossarySearch, 'aria-label': text.glossarySearch, type: 'search', id: 'glossary-search' } });
  (field as unknown as { value: string }).value = state.glossaryQuery;
  field.appendChild(h('span', { class: 'codicon codicon-search', attrs: { slot: 'content-before', 'aria-hidden': 'true' } }));
  field.addEventListener('input', () => {
    state.glossaryQuery = (field as unknown as { value: string }).value;
    save();
    document.getElementById('glossary-list')?.replaceWith(glossaryList());
    rendered();
  });
  panels.glossary.replaceChildren(h('p', { class: 'summary' }, text.glossaryIntro), field, glossaryList());
}

function glossaryList(): HTMLElement {
  const query = state.glossaryQuery.trim();
  const shown = query === '' ? glossary : search(glossaryEntries, query).map((hit) => glossary.find((t) => t.id === hit.entry.id)).filter((t): t is GlossaryEntry => t !== undefined);
  const list = h('dl', { class: 'glossary', attrs: { id: 'glossary-list', 'aria-label': text.tabGlossary } });
  if (shown.length === 0) list.appendChild(h('dd', { class: 'none' }, fmt(text.glossaryNoResult, { query })));
  for (const t of shown) {
    list.append(
      h('dt', { class: 'term', dataset: { id: t.id } }, h('strong', {}, t.ko), ' ', h('span', { class: 'en', attrs: { lang: 'en' } }, `(${t.en})`)),
      h(
        'dd',
        { dataset: { id: t.id } },
        inline(h('p', {}), t.definition),
        ...(t.variants.length ? [h('p', { class: 'variants' }, fmt(text.glossaryVariants, { list: t.variants.join(', ') }))] : []),
        h('p', { class: 'sources' }, `${text.sources}: `, ...t.sources.flatMap((url, i) => [...(i ? [', '] : []), h('a', { attrs: { href: url } }, url.replace(/^https:\/\//, ''))])),
      ),
    );
  }
  return list;
}

// ---- rules ----------------------------------------------------------------------------------

function renderRules(): void {
  const rule = state.rule ? rules.find((r) => r.id === state.rule) : undefined;
  panels.rules.replaceChildren(rule ? ruleView(rule) : ruleList());
}

function ruleList(): HTMLElement {
  return rulesList({
    text,
    rules,
    overview: rulesOverview,
    filter: state.ruleFilter,
    query: state.ruleQuery,
    openRule,
    openOrigin: (id) => send({ type: 'openRuleOrigin', id }),
    setFilter: (filter) => {
      state.ruleFilter = filter;
      save();
      renderRules();
      rendered();
    },
    setQuery: (query) => {
      state.ruleQuery = query;
      save();
    },
  });
}

function openRule(id: string): void {
  if (!rules.some((r) => r.id === id)) return;
  selectTab('rules');
  state.rule = id;
  save();
  if (!ruleDocs.has(id)) send({ type: 'requestRuleDoc', id });
  renderRules();
  restoreScroll();
  focusHeading(panels.rules);
  rendered();
}

function ruleView(r: RuleSummary): HTMLElement {
  const doc = ruleDocs.get(r.id);
  const body = doc === undefined ? h('p', { class: 'muted' }, text.ruleDocLoading) : doc === null ? h('p', { class: 'muted' }, text.ruleDocMissing) : h('div', { class: 'rule-doc' }, renderMarkdown(ruleDocBody(doc)));
  const open = h('vscode-button', { attrs: { secondary: '' } }, icon('go-to-file'), ' ', text.ruleOpenDoc);
  open.addEventListener('click', () => send({ type: 'openRuleDoc', id: r.id }));
  return h(
    'article',
    { class: 'rule', dataset: { rule: r.id } },
    backLink(() => {
      state.rule = undefined;
      save();
      renderRules();
      restoreScroll();
      rendered();
    }),
    h('h2', {}, r.id),
    h('p', { class: 'summary' }, r.title),
    h(
      'ul',
      { class: 'plain meta' },
      h('li', {}, fmt(text.ruleSeverity, { severity: text[`severity_${r.severity}`] ?? r.severity })),
      ((here) => (here ? h('li', { class: 'rule-here' }, here) : null))(ruleStateLine(text, rulesOverview?.rules.find((x) => x.id === r.id), rulesOverview)),
      h('li', {}, fmt(text.ruleFiles, { kinds: r.kinds.join(', ') })),
      r.equivalents.length ? h('li', {}, fmt(text.ruleEquivalents, { list: r.equivalents.join(', ') })) : null,
    ),
    h('p', {}, open),
    body,
  );
}

/**
 * The rule doc without what the page's own header already shows: the doc opens with the id as
 * its title, the one-line summary and the files/severity list, which the panel draws above it
 * from the rule's metadata (review 16 saw both). The body starts at the doc's first section.
 */
function ruleDocBody(markdown: string): string {
  const section = /^## /m.exec(markdown);
  if (section) return markdown.slice(section.index);
  return markdown.replace(/^# [^\n]*\n?/, '');
}

// ---- this file ------------------------------------------------------------------------------

/**
 * Redraws "이 파일" without flicker: the new tree is built off-screen and swapped in one
 * operation, the scroll position is kept, and focus returns to the element it was on.
 */
function renderFile(): void {
  const active = document.activeElement;
  const focusKey = active instanceof HTMLElement && panels.file.contains(active) ? focusKeyOf(active) : undefined;
  const y = window.scrollY;
  const next = renderFileView(fileView, text, (uri, line, character) => send({ type: 'reveal', uri, line, character }), (file) => send({ type: 'openExample', file }), {
    setProfiles: (profiles) => send({ type: 'setProfiles', profiles }),
    openOrigin: (path, line, character) => send({ type: 'openOrigin', path, line, character }),
    openLarge: () => send({ type: 'openLarge' }),
  });
  panels.file.replaceChildren(next);
  if (state.tab === 'file') window.scrollTo(0, y);
  if (focusKey) {
    const again = panels.file.querySelector(focusKey);
    if (again instanceof HTMLElement) again.focus({ preventScroll: true });
  }
}

function focusKeyOf(el: HTMLElement): string | undefined {
  if (el.dataset.profile) return `[data-profile="${CSS.escape(el.dataset.profile)}"]`;
  if (el.dataset.line) return `[data-line="${CSS.escape(el.dataset.line)}"]`;
  if (el.dataset.service) return `[data-service="${CSS.escape(el.dataset.service)}"]`;
  if (el.dataset.port) return `[data-port="${CSS.escape(el.dataset.port)}"]`;
  return undefined;
}

// ---- messages -------------------------------------------------------------------------------

function handle(message: HostMessage): void {
  switch (message.type) {
    case 'init':
      text = message.text;
      concepts = message.concepts;
      rules = message.rules;
      glossary = message.glossary;
      glossaryEntries = glossary.map((t) => ({ kind: 'term' as const, id: t.id, title: `${t.ko} ${t.en}`, text: [t.definition, ...t.variants].join(' ') }));
      document.documentElement.lang = message.lang;
      lang = message.lang;
      // A card explained in the other language is stale: the host explains the same text again.
      if (state.command?.lang !== undefined && state.command.lang !== lang) {
        state.command = undefined;
        save();
        send({ type: 'refreshCard' });
      }
      entries = [
        ...concepts.map((c) => ({ kind: 'concept' as const, id: c.id, title: c.title, text: [c.summary, ...c.sections.map((s) => `${s.heading ?? ''} ${s.body}`), ...c.keywords].join(' ') })),
        ...rules.map((r) => ({ kind: 'rule' as const, id: r.id, title: r.title, text: [...r.kinds, ...r.equivalents].join(' ') })),
      ];
      buildFrame();
      renderConcepts();
      renderRules();
      renderGlossary();
      renderFile();
      selectTab(state.tab);
      if (state.tab === 'rules' && state.rule && !ruleDocs.has(state.rule)) send({ type: 'requestRuleDoc', id: state.rule });
      restoreScroll();
      rendered();
      return;
    case 'showConcept':
      openConcept(message.id);
      return;
    case 'showRule':
      openRule(message.id);
      return;
    case 'showFile':
      selectTab('file');
      restoreScroll();
      rendered();
      return;
    case 'ruleDoc':
      ruleDocs.set(message.id, message.markdown);
      if (state.rule === message.id) {
        renderRules();
        restoreScroll();
        rendered();
      }
      return;
    case 'commandExplanation':
      state.command = { command: message.command, markdown: message.markdown, tooLong: message.tooLong, kind: message.kind, locations: message.locations, ...(message.title ? { title: message.title } : {}), lang };
      save();
      selectTab('concepts');
      renderConcepts();
      window.scrollTo(0, 0);
      rendered();
      return;
    case 'rulesOverview': {
      rulesOverview = message.overview;
      // Redrawn in place; the search box keeps its focus.
      const searching = document.activeElement?.id === 'rules-search';
      renderRules();
      if (searching) (document.getElementById('rules-search') as HTMLElement | null)?.focus();
      if (state.tab === 'rules') rendered();
      return;
    }
    case 'fileView':
      fileView = message.view;
      renderFile();
      if (state.tab === 'file') rendered();
      return;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (message) handle(message);
});

send({ type: 'ready' });
