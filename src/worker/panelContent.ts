// Resolves the core's bilingual data into the one-language pages the webview shows. Pure (no
// `vscode`), so unit tests check exactly what the panel receives.

import type { Language, Localized } from '../core/types';
import { pick } from '../core/types';
import { allConcepts, getConcept } from '../core/knowledge/concepts';
import type { Concept } from '../core/knowledge/concepts';
import { mapFlow } from '../core/knowledge/concepts/flowLayout';
import { resolvePanelText } from '../core/knowledge/concepts/panelText';
import type { Rule } from '../core/lint/types';
import type { ConceptPage, GlossaryEntry, HostMessage, RuleSummary } from '../extension/panel/protocol';
import { GLOSSARY } from '../core/knowledge/glossary';
import type { GlossaryTerm } from '../core/knowledge/glossary';

export function conceptPage(concept: Concept, lang: Language): ConceptPage {
  const t = (l: Localized) => pick(l, lang);
  return {
    id: concept.id,
    title: t(concept.title),
    summary: t(concept.summary),
    diagram: mapFlow(concept.diagram, t),
    sections: concept.sections.map((s) => ({ heading: s.heading ? t(s.heading) : undefined, body: t(s.body) })),
    example: { language: concept.example.language, code: concept.example.code, caption: t(concept.example.caption) },
    related: concept.related.map((id) => ({ id, title: t(getConcept(id)?.title ?? { ko: id, en: id }) })),
    docs: concept.docs.map((d) => ({ url: d.url, title: t(d.title) })),
    sources: [...(concept.sources ?? [])],
    keywords: concept.keywords,
  };
}

export function ruleSummary(rule: Rule, lang: Language): RuleSummary {
  const eq = rule.meta.equivalents ?? {};
  const equivalents = [...(eq.hadolint ?? []).map((h) => `hadolint ${h}`), ...(eq.buildkit ? [`BuildKit ${eq.buildkit}`] : []), ...(eq.dclint ? [`dclint ${eq.dclint}`] : [])];
  return {
    id: rule.meta.id,
    title: pick(rule.meta.title, lang),
    severity: rule.meta.severity,
    kinds: [...rule.meta.kinds],
    equivalents,
    fixable: rule.meta.fixable === true,
  };
}

export function glossaryEntry(term: GlossaryTerm, lang: Language): GlossaryEntry {
  return { id: term.id, ko: term.ko, en: term.en, definition: pick(term.definition, lang), variants: [...(term.variants ?? [])], sources: [...term.sources] };
}

export function initMessage(lang: Language, rules: readonly Rule[]): HostMessage {
  return {
    type: 'init',
    lang,
    text: resolvePanelText(lang),
    concepts: allConcepts().map((c) => conceptPage(c, lang)),
    rules: [...rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id)).map((r) => ruleSummary(r, lang)),
    glossary: GLOSSARY.map((t) => glossaryEntry(t, lang)),
  };
}
