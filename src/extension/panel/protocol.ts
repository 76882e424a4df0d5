// The messages between the extension host and the concepts webview, typed on both sides and
// checked on arrival: the webview trusts only what this module accepts, and the host never
// acts on a message it has not validated. No `vscode` import: media/panel/main.ts uses it too.

import type { ConceptId } from '../../core/knowledge/concepts/types';
import type { FlowDiagram } from '../../core/knowledge/concepts/flowLayout';
import type { FileView } from '../../core/model/panelModel';
import type { PanelTextKey } from '../../core/knowledge/concepts/panelText';
import type { Language } from '../../core/types';

/** A concept page resolved to one language: only strings. */
export interface ConceptPage {
  id: ConceptId;
  title: string;
  summary: string;
  /** Laid out by the webview for the width it has (flowLayout.ts). */
  diagram: FlowDiagram<string>;
  sections: { heading?: string; body: string }[];
  example: { language: string; code: string; caption: string };
  related: { id: ConceptId; title: string }[];
  docs: { url: string; title: string }[];
  /** Where the page's claims can be checked (URLs). */
  sources: string[];
  keywords: string[];
}


/** A glossary term resolved to one language (용어집 tab). */
export interface GlossaryEntry {
  id: string;
  ko: string;
  en: string;
  definition: string;
  variants: string[];
  sources: string[];
}

export interface RuleSummary {
  id: string;
  title: string;
  severity: string;
  kinds: string[];
  equivalents: string[];
  fixable: boolean;
}

/** Who set a rule's severity, for the rules tab: \`where\` is a config file line ("app/.docker-explain.json:4"). */
export interface RuleStateOrigin {
  kind: 'default' | 'preset' | 'file' | 'hadolint';
  where?: string;
  /** The preset name, or the hadolint code. */
  detail?: string;
}

/** One rule as the file the panel follows sees it under the team config. */
export interface RuleState {
  id: string;
  severity: 'off' | 'info' | 'warning' | 'error';
  origin: RuleStateOrigin;
}

/** The rules tab's overview: every rule's effective severity for one file (a team lead's view). */
export interface RulesOverview {
  /** The file the severities are for; null: the workspace folder's config (no file open). */
  fileName: string | null;
  /** The file's kind, when it is one we check: its group comes first. */
  kind: string | null;
  /** The config's \`ignore\` leaves this file out. */
  ignored: boolean;
  /** The config files that apply, as workspace-relative names, nearest first. */
  configFiles: string[];
  rules: RuleState[];
}

export type HostMessage =
  | { type: 'init'; lang: Language; text: Record<PanelTextKey, string>; concepts: ConceptPage[]; rules: RuleSummary[]; glossary: GlossaryEntry[] }
  | { type: 'showConcept'; id: string }
  | { type: 'showRule'; id: string }
  | { type: 'showFile' }
  | { type: 'ruleDoc'; id: string; markdown: string | null }
  | { type: 'fileView'; view: FileView }
  | { type: 'rulesOverview'; overview: RulesOverview }
  /**
   * "Docker 해설: 명령어 설명": a docker command line and its explanation (null: none found).
   * `kind: 'error'`: a message Docker printed, explained (the terminal link, a pasted error), with
   * the places in the workspace where its cause is written, as labels; the webview answers a
   * click with `openErrorLocation` and the label's index, and the host opens what it found itself.
   * `title`: the card's heading when it is not a command ("자세히" from a hover).
   */
  | { type: 'commandExplanation'; command: string; markdown: string | null; tooLong?: boolean; kind?: 'error'; locations?: string[]; title?: string };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; line: number; character: number }
  | { type: 'requestRuleDoc'; id: string }
  | { type: 'openRuleDoc'; id: string }
  | { type: 'openExample'; file: 'Dockerfile' | 'compose.yaml' }
  /** A click on one of the error explanation's locations (its index in `locations`). */
  | { type: 'openErrorLocation'; index: number }
  /** A click on a rule's origin in the rules tab: open the config file at the line that set it. */
  | { type: 'openRuleOrigin'; id: string }
  /** The card above the concepts was explained in the other language: explain it again (review 50). */
  | { type: 'refreshCard' }
  /** The webview tells where it is, for tests and for restoring after the host reloads. */
  | { type: 'rendered'; view: string; key: string }
  /** The Compose profiles the reader turned on in the project view (recomputes which services run). */
  | { type: 'setProfiles'; profiles: string[] }
  /** A value's origin in a file of the shown project (an override's line): open it there. */
  | { type: 'openOrigin'; path: string; line: number; character: number }
  /** "크게 보기": a concept's picture (its id) or this file's picture in an editor-area panel. */
  | { type: 'openLarge'; concept?: string };

const RULE_OR_CONCEPT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A Compose profile name (compose-spec schema: `^[a-zA-Z0-9][a-zA-Z0-9_.-]+$`), or `*` for all. */
const PROFILE_NAME = /^(?:\*|[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127})$/;

/** Longest command the panel explains; a longer one gets a notice and its first characters. */
export const MAX_COMMAND_CHARS = 100_000;
const SHOWN_OF_LONG_COMMAND = 200;
/** Most locations an error explanation lists (src/core/explain/errors/locate.ts MAX_LOCATIONS). */
export const MAX_ERROR_LOCATIONS = 10;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isLine = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000_000;

/** The host's check of what the webview sends: anything else is dropped. */
export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
  if (!isRecord(data) || typeof data.type !== 'string') return undefined;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'refreshCard':
      return { type: 'refreshCard' };
    case 'reveal':
      if (typeof data.uri === 'string' && data.uri.length < 4096 && isLine(data.line) && isLine(data.character)) {
        return { type: 'reveal', uri: data.uri, line: data.line, character: data.character };
      }
      return undefined;
    case 'requestRuleDoc':
    case 'openRuleDoc':
    case 'openRuleOrigin':
      return typeof data.id === 'string' && RULE_OR_CONCEPT_ID.test(data.id) ? { type: data.type, id: data.id } : undefined;
    case 'openExample':
      return data.file === 'Dockerfile' || data.file === 'compose.yaml' ? { type: 'openExample', file: data.file } : undefined;
    case 'setProfiles':
      return Array.isArray(data.profiles) && data.profiles.length <= 256 && data.profiles.every((p) => typeof p === 'string' && PROFILE_NAME.test(p))
        ? { type: 'setProfiles', profiles: [...new Set(data.profiles as string[])] }
        : undefined;
    case 'openOrigin':
      return typeof data.path === 'string' && data.path.length < 4096 && isLine(data.line) && isLine(data.character)
        ? { type: 'openOrigin', path: data.path, line: data.line, character: data.character }
        : undefined;
    case 'openLarge':
      if (data.concept === undefined) return { type: 'openLarge' };
      return typeof data.concept === 'string' && RULE_OR_CONCEPT_ID.test(data.concept) ? { type: 'openLarge', concept: data.concept } : undefined;
    case 'openErrorLocation':
      return typeof data.index === 'number' && Number.isInteger(data.index) && data.index >= 0 && data.index < MAX_ERROR_LOCATIONS ? { type: 'openErrorLocation', index: data.index } : undefined;
    case 'rendered':
      return typeof data.view === 'string' && typeof data.key === 'string' && data.view.length < 64 && data.key.length < 256
        ? { type: 'rendered', view: data.view, key: data.key }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The webview's check of what arrives. Only the host posts to a webview, but a check costs
 * nothing and keeps a malformed message from half-rendering a page.
 */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  if (!isRecord(data) || typeof data.type !== 'string') return undefined;
  switch (data.type) {
    case 'init':
      return (data.lang === 'ko' || data.lang === 'en') && isRecord(data.text) && Array.isArray(data.concepts) && Array.isArray(data.rules) && Array.isArray(data.glossary)
        ? (data as unknown as HostMessage)
        : undefined;
    case 'showConcept':
    case 'showRule':
      return typeof data.id === 'string' && RULE_OR_CONCEPT_ID.test(data.id) ? { type: data.type, id: data.id } : undefined;
    case 'showFile':
      return { type: 'showFile' };
    case 'ruleDoc':
      return typeof data.id === 'string' && (typeof data.markdown === 'string' || data.markdown === null)
        ? { type: 'ruleDoc', id: data.id, markdown: data.markdown }
        : undefined;
    case 'commandExplanation':
      if (typeof data.command !== 'string' || (typeof data.markdown !== 'string' && data.markdown !== null)) return undefined;
      // A selection that long is not one command: say so instead of showing nothing (review F16).
      if (data.command.length > MAX_COMMAND_CHARS) return { type: 'commandExplanation', command: `${data.command.slice(0, SHOWN_OF_LONG_COMMAND)}…`, markdown: null, tooLong: true };
      if (data.kind === 'error') {
        const locations = Array.isArray(data.locations) ? data.locations.filter((l): l is string => typeof l === 'string').slice(0, MAX_ERROR_LOCATIONS) : [];
        return { type: 'commandExplanation', command: data.command, markdown: data.markdown, kind: 'error', locations };
      }
      return { type: 'commandExplanation', command: data.command, markdown: data.markdown, ...(typeof data.title === 'string' ? { title: data.title.slice(0, 200) } : {}) };
    case 'rulesOverview':
      return isRecord(data.overview) && Array.isArray(data.overview.rules) && Array.isArray(data.overview.configFiles) ? (data as unknown as HostMessage) : undefined;
    case 'fileView':
      return isRecord(data.view) && typeof data.view.kind === 'string' && ['empty', 'dockerfile', 'compose'].includes(data.view.kind)
        ? (data as unknown as HostMessage)
        : undefined;
    default:
      return undefined;
  }
}
