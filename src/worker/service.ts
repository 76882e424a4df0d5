// What the analysis worker does for each request: editor-free (no `vscode`), so unit tests call
// it in-process and src/worker/main.ts only wires it to the thread's message port.

import {
  DEFAULT_FILE_NAMES,
  DEFAULT_OVERRIDE_FILE_NAMES,
  ProjectView,
  activeProfilesOf,
  allRules,
  buildContextFor,
  defaultFileSet,
  effectiveRules,
  EMPTY_CONFIG,
  completeAt,
  explainAt,
  fileSetFromDotEnv,
  isFileIgnored,
  isTooLargeToAnalyse,
  joinPath,
  lintDocument,
  lintFile,
  loadProject,
  parseDocument,
  parseDotEnv,
  profilesFromVariable,
  projectHover,
  resolveProjectName,
  interpolate,
  resolveConfigForFile,
} from '../core';
import type { ComposeDocument } from '../core/documents/composeDocument';
import type { ConfigReader, LintDiagnostic, LintFileInput, ParsedDocument, ResolvedConfig } from '../core';
import type { Position } from '../core/types';
import { explainCommandLine, explainCommandOnLine, commandTextOnLine } from '../core/explain/explainCommands';
import { allConcepts } from '../core/knowledge/concepts';
import { explainDockerError, explainMatch, matchLine } from '../core/explain/errors/explainError';
import { buildFileView } from '../core/model/panelModel';
import { projectPanelView } from '../core/model/composeProjectPanel';
import type { ProjectPanelView } from '../core/model/composeProjectPanel';
import type { ComposeProject } from '../core/compose/loadProject';
import type { ProjectHover } from '../core/compose/hoverNote';
import { completeConfig } from '../core/complete/config';
import { formatConfigText } from '../core/lint/config/formatConfig';
import { configOutline } from '../core/lint/config/configOutline';
import { initMessage } from './panelContent';
import { fixFileText } from '../core/lint/applyFixes';
import type { FixResult } from '../core/lint/applyFixes';
import { withRuleOff } from '../core/lint/config/editConfig';
import { pragmaHover } from './pragmaHover';
import { NavigationRequests } from './navigation';
import type { NavigationOp } from './navigation';
import type { ConfigSummary, DocumentRef, LintOutcome, LintTarget, Op, Params, Result, TextChange } from './protocol';
import type { ProjectNameSource } from '../core/compose/projectName';
import { ReadScope } from '../core/compose/readScope';

/** The commands a hover's links may run: the concept pages and the rule pages, nothing else. */
export const HOVER_DETAILS_COMMAND = 'dockerExplain.showHoverDetails';
export const HOVER_COMMANDS = ['dockerExplain.openConcept', 'dockerExplain.showRule', HOVER_DETAILS_COMMAND];

interface LintHolder {
  /** The last lint of this version, shared by the diagnostics and the panel. */
  lint?: { key: string; outcome: LintOutcome };
}

interface OpenDocument extends LintHolder {
  version: number;
  kind: DocumentRef['kind'];
  text: string;
  parsed?: ParsedDocument;
  /** The file's path (core form), once a request named it: other files of its Compose set read this text, not the disk. */
  path?: string;
  workspaceRoot?: string;
  /** The last "fix all" of this version, and the lint it started from: the quick-fix title, the source action and the command ask for the same. */
  fixed?: { of: LintOutcome; result: FixResult };
}

interface HoverSet {
  path: string;
  set: string[];
  /** The folder's team config (its `compose.projectName` names the project, like `-p`). */
  config?: ResolvedConfig;
}

export class AnalysisService {
  private readonly documents = new Map<string, OpenDocument>();
  /** Resolved team configs by folder: every file of a folder obeys the same config. */
  private readonly configs = new Map<string, ResolvedConfig>();
  /**
   * Loaded Compose projects by set and project name, shared by lint, hover, panel and navigation
   * (the lint of each file of a set, a hover and the highlights of a cursor move ask for the same
   * one): each is kept while the files its load read keep their versions (projectKey).
   */
  private readonly projects = new Map<string, { key: string; project: ComposeProject; files: string[] }>();
  /** The editor's unsaved text of open config files, by path: it wins over the disk. */
  private readonly overlays = new Map<string, string>();
  /** Compose files of a project that are not open in the editor, linted from the disk text (by path). */
  private readonly closed = new Map<string, LintHolder & { text: string; parsed: ComposeDocument }>();
  /**
   * The folder the current request may read project files from (core/compose/readScope.ts): the
   * workspace folder of the file the request is about, or the file's own folder when it is in
   * none. Set for each request and dropped after it, so a file opened from elsewhere (a loose
   * file whose folder is `/`) never widens what another project reads.
   */
  private scope: RequestScope = NO_SCOPE;
  /** Included file (by scope root and path) → the sets whose loads included it: filled by loads, never by a disk walk. */
  private readonly includers = new Map<string, Map<string, string[]>>();
  /** Scopes by root, so a root's real path is resolved once (a few entries: one per workspace folder or loose folder). */
  private readonly scopes = new Map<string, RequestScope>();
  /** Counts the host's reports of files changed on disk: part of the key of a lint that read the disk. */
  private diskGeneration = 0;
  private readonly navigation = new NavigationRequests({
    parsed: (ref) => this.parsed(ref),
    pathOf: (ref) => this.open(ref).path,
    project: (path, read) => {
      const set = this.composeSetOf(path, this.configFor(path, this.openByPath(path)?.workspaceRoot)) ?? [path];
      // As the lint key: the files read through `include:` and `extends.file` count, so an edit to one is seen.
      const keyOf = (files: readonly string[]): string => this.projectKey(set, files);
      return {
        key: keyOf(read ?? []),
        load: () => {
          const { project } = this.composeProject(set, path, undefined);
          const files = projectFilesOf(project);
          return { project, files, key: keyOf(files) };
        },
      };
    },
    textOf: (path) => this.textAt(path),
    composeFilesAround: (path) => this.composeFilesAround(path),
  });

  /**
   * @param readFile reads a file from disk (undefined when there is none, a refusal when it is not read).
   * @param realPath resolves symbolic links, so `extends` cannot leave the workspace through one.
   */
  constructor(
    private readonly readFile: ConfigReader,
    private readonly realPath?: (path: string) => string | undefined,
  ) {}

  handle<O extends Op>(op: O, params: Params<O>): Result<O> {
    // Requests are answered one at a time (handle is synchronous): the scope is this request's alone.
    this.scope = this.scopeFor(this.requestFile(params as Params<Op>));
    try {
      return this.answer(op, params);
    } finally {
      this.scope = NO_SCOPE;
    }
  }

  /**
   * The file a request is about: its lint target, else its document (as the request names it, or
   * as an earlier request did). Requests about no file (config text, a command line) read no project.
   */
  private requestFile(p: Params<Op>): { path: string; workspaceRoot?: string } | undefined {
    const { doc, target } = p as { doc?: DocumentRef; target?: LintTarget | null };
    if (target?.path !== undefined) return { path: target.path, workspaceRoot: target.workspaceRoot };
    if (!doc) return undefined;
    if (doc.file) return doc.file;
    const known = this.documents.get(doc.uri);
    return known?.path !== undefined ? { path: known.path, workspaceRoot: known.workspaceRoot } : undefined;
  }

  /** The scope of a request about this file: its workspace folder, or outside every folder its own folder only. */
  private scopeFor(file: { path: string; workspaceRoot?: string } | undefined): RequestScope {
    if (!file) return NO_SCOPE;
    const root = file.workspaceRoot ?? dirOf(file.path);
    let scope = this.scopes.get(root);
    if (!scope) {
      const reads = new ReadScope(this.realPath);
      reads.add(root);
      scope = { root, reads };
      // A bound for a long session of loose files: a dropped root is resolved again when asked.
      if (this.scopes.size >= 64) this.scopes.clear();
      this.scopes.set(root, scope);
    }
    return scope;
  }

  private answer<O extends Op>(op: O, params: Params<O>): Result<O> {
    // One switch keeps the request names checked against the protocol in one place.
    const p = params as Params<Op>;
    switch (op) {
      case 'hello':
        return {
          rules: allRules.map((r) => ({ id: r.meta.id, title: r.meta.title, severity: r.meta.severity, hadolint: [...(r.meta.equivalents?.hadolint ?? [])] })),
          conceptIds: allConcepts().map((c) => c.id),
        } as Result<O>;
      case 'lint': {
        const { doc, target } = p as Params<'lint'>;
        return this.lint(doc, target) as Result<O>;
      }
      case 'lintPath': {
        const { path, target } = p as Params<'lintPath'>;
        return this.lintPath(path, target) as Result<O>;
      }
      case 'filesChanged':
        // A file changed on disk (saved, created, deleted, edited elsewhere): lints that read it
        // from the disk are stale, and a closed file's text is read again.
        this.diskGeneration++;
        for (const path of (p as Params<'filesChanged'>).paths) this.closed.delete(path);
        // Every kept project's key names the old generation: free them now rather than at their next use.
        this.projects.clear();
        return null as Result<O>;
      case 'hover': {
        const { doc, position, language, brief, conceptLinks } = p as Params<'hover'>;
        return this.hover(doc, position, language, brief, conceptLinks ?? true) as Result<O>;
      }
      case 'complete': {
        const { doc, position, language } = p as Params<'complete'>;
        return this.complete(doc, position, language) as Result<O>;
      }
      case 'completeConfig': {
        const { text, position, language } = p as Params<'completeConfig'>;
        return { items: completeConfig(text, position, language) } as Result<O>;
      }
      case 'formatConfig': {
        const { text, tabSize, insertSpaces } = p as Params<'formatConfig'>;
        return formatConfigText(text, { tabSize, insertSpaces }) as Result<O>;
      }
      case 'configOutline':
        return configOutline((p as Params<'configOutline'>).text) as Result<O>;
      case 'fileView': {
        const { doc, fileName, target, profiles } = p as Params<'fileView'>;
        const parsed = this.parsed(doc);
        const diagnostics = this.panelDiagnostics(doc, target);
        const project = parsed.kind === 'compose' ? this.panelProject(doc, parsed, fileName, target, profiles ?? null) : undefined;
        return buildFileView(parsed, diagnostics, { fileName, uri: doc.uri, version: doc.version }, project) as Result<O>;
      }
      case 'commentLine': {
        const { doc, line } = p as Params<'commentLine'>;
        return this.commentLine(this.parsed(doc), line) as Result<O>;
      }
      case 'explainCommand': {
        const { text, line, language } = p as Params<'explainCommand'>;
        // The panel renders its own safe Markdown: no command links, only https ones.
        const options = { language, conceptLinks: false };
        if (line === undefined) return { command: text, markdown: explainCommandLine(text, options)?.markdown ?? null } as Result<O>;
        const result = explainCommandOnLine(text, line, options);
        return { command: result ? commandTextOnLine(text, line) : null, markdown: result?.markdown ?? null } as Result<O>;
      }
      case 'errorLine': {
        const { line, language } = p as Params<'errorLine'>;
        const m = matchLine(line);
        return (m && { error: m.record.id, start: m.start, end: m.end, title: explainMatch(m, { language }).title }) as Result<O>;
      }
      case 'explainError': {
        const { text, language, files } = p as Params<'explainError'>;
        // The panel shows the locations as links of its own, right under the message.
        const e = explainDockerError(text, { language, files, listLocations: false });
        if (!e) return null as Result<O>;
        const locations = e.locations.map((l) => ({
          path: l.file,
          line: l.range.start.line,
          character: l.range.start.character,
          endLine: l.range.end.line,
          endCharacter: l.range.end.character,
          label: `${l.file}:${l.range.start.line + 1}`,
        }));
        return { error: e.error, title: e.title, markdown: e.markdown, locations } as Result<O>;
      }
      case 'panelInit':
        return initMessage((p as Params<'panelInit'>).language, allRules) as Result<O>;
      case 'configFor': {
        const { path, workspaceRoot } = p as Params<'configFor'>;
        return summarise(dirOf(path), this.configFor(path, workspaceRoot)) as Result<O>;
      }
      case 'ruleOffText': {
        const { text, rule, reason } = p as Params<'ruleOffText'>;
        return withRuleOff(text, rule, reason) as Result<O>;
      }
      case 'fixAll': {
        // The CLI's `--fix` engine, fed the file the way its diagnostics are linted (config, Compose
        // project, build context), so both give the same text.
        const { doc, target } = p as Params<'fixAll'>;
        const outcome = this.lint(doc, target);
        const held = this.open(doc);
        if (outcome.ignored) return null as Result<O>;
        // The same lint outcome means the same inputs (a new version, config or project lints again).
        const fixed = held.fixed?.of === outcome ? held.fixed.result : fixFileText(this.lintInput(held, held.kind, () => this.parsed(doc), target.path ?? doc.uri, target).input(), outcome.diagnostics);
        held.fixed = { of: outcome, result: fixed };
        if (fixed.applied > 0 && fixed.text !== held.text) return { text: fixed.text, edits: fixed.applied, stopped: fixed.stopped } as Result<O>;
        // Nothing changed: only why, if it stopped (the host has the text).
        return (fixed.stopped ? { stopped: fixed.stopped } : null) as Result<O>;
      }
      case 'rulesOverview': {
        const { path, workspaceRoot } = p as Params<'rulesOverview'>;
        const config = path !== undefined ? this.configFor(path, workspaceRoot) : EMPTY_CONFIG;
        return { ignored: path !== undefined && isFileIgnored(config, path), files: [...config.files], rules: effectiveRules(config, allRules) } as Result<O>;
      }
      case 'overlay': {
        const { path, text } = p as Params<'overlay'>;
        if (text === null) this.overlays.delete(path);
        else this.overlays.set(path, text);
        return null as Result<O>;
      }
      case 'invalidateConfigs':
        this.configs.clear();
        for (const d of this.documents.values()) d.lint = undefined;
        for (const c of this.closed.values()) c.lint = undefined;
        return null as Result<O>;
      case 'close':
        this.documents.delete((p as Params<'close'>).uri);
        return null as Result<O>;
      case 'sync':
        this.open((p as Params<'sync'>).doc);
        return null as Result<O>;
      case 'definition':
      case 'references':
      case 'highlights':
      case 'prepareRename':
      case 'rename':
      case 'symbols':
      case 'folding':
      case 'links':
        return this.navigation.handle(op, params as Params<NavigationOp>) as Result<O>;
    }
    throw new Error(`unknown request ${String(op)}`);
  }

  /** The text the worker holds of a document, and its version (tests check the sync against the editor). */
  held(uri: string): { version: number; text: string } | undefined {
    const doc = this.documents.get(uri);
    return doc && { version: doc.version, text: doc.text };
  }

  /** Keeps the text a request carried without analysing it (the request itself is not answered). */
  accept(ref: DocumentRef): void {
    if (ref.text !== undefined || ref.changes) this.open(ref);
  }

  /** The document of this version, with where it is on disk when the request says. */
  private open(ref: DocumentRef): OpenDocument {
    const doc = this.openVersion(ref);
    if (ref.file) {
      doc.path = ref.file.path;
      doc.workspaceRoot = ref.file.workspaceRoot;
    }
    return doc;
  }

  /** The document of this version: the text sent with the request, or the one kept from before. */
  private openVersion(ref: DocumentRef): OpenDocument {
    const known = this.documents.get(ref.uri);
    let text: string;
    if (ref.text !== undefined) {
      if (known && known.version === ref.version && known.kind === ref.kind && known.text === ref.text) return known;
      text = ref.text;
    } else if (ref.changes) {
      // One request opens its document more than once (lint, then parse): the edits are in already.
      if (known && known.version === ref.version && known.kind === ref.kind) return known;
      if (!known || known.version !== ref.changes.base) throw new OutOfSyncError(`the worker has no text for ${ref.uri} version ${ref.changes.base} to apply edits to`);
      text = applyChanges(known.text, ref.changes.edits);
      if (text.length !== ref.changes.length) throw new OutOfSyncError(`the edits to ${ref.uri} give ${text.length} characters, the editor has ${ref.changes.length}`);
    } else if (known && known.version === ref.version) {
      if (known.kind === ref.kind) return known;
      text = known.text; // the same text in another language mode
    } else {
      // The host sends each version it has not sent before; this means the two disagree.
      throw new OutOfSyncError(`the worker has no text for ${ref.uri} version ${ref.version}`);
    }
    // The same URI is the same file: a new version keeps where it is.
    const fresh: OpenDocument = { version: ref.version, kind: ref.kind, text, path: known?.path, workspaceRoot: known?.workspaceRoot };
    this.documents.set(ref.uri, fresh);
    return fresh;
  }

  /** Parsed once per version and shared by lint, hover and the panel. */
  private parsed(ref: DocumentRef): ParsedDocument {
    const doc = this.open(ref);
    doc.parsed ??= parseDocument(doc.text, doc.kind);
    return doc.parsed;
  }

  private lint(ref: DocumentRef, target: LintTarget): LintOutcome {
    const doc = this.open(ref);
    if (target.path !== undefined) {
      doc.path = target.path;
      doc.workspaceRoot = target.workspaceRoot;
    }
    return this.lintHeld(doc, doc.kind, () => this.parsed(ref), target.path ?? ref.uri, target);
  }

  /**
   * A Compose file of a project that is not open in the editor (the host lints the other files
   * of an edited file's project, so their diagnostics follow): its text as the project reads it.
   * Null when the file cannot be read (deleted, too large).
   */
  private lintPath(path: string, target: LintTarget): LintOutcome | null {
    const open = this.openByPath(path);
    if (open) return this.lintHeld(open, 'compose', () => (open.parsed ??= parseDocument(open.text, 'compose')), path, { ...target, path });
    const text = this.composeText(path);
    if (text === undefined) return null;
    let held = this.closed.get(path);
    if (held?.text !== text) {
      held = { text, parsed: parseDocument(text, 'compose') as ComposeDocument };
      this.closed.set(path, held);
    }
    const parsed = held.parsed;
    return this.lintHeld(held, 'compose', () => parsed, path, { ...target, path });
  }

  private lintHeld(holder: LintHolder, kind: DocumentRef['kind'], parsed: () => ParsedDocument, file: string, target: LintTarget): LintOutcome {
    const { key, config, input } = this.lintInput(holder, kind, parsed, file, target);
    if (holder.lint?.key === key) return holder.lint.outcome;
    const lint = input();
    const result = lintFile(lint);
    const outcome: LintOutcome = {
      ignored: result.ignored,
      diagnostics: result.diagnostics,
      config: target.path !== undefined && config ? summarise(dirOf(target.path), config) : undefined,
      projectFiles: lint.project ? projectFilesOf(lint.project.project) : undefined,
    };
    holder.lint = { key, outcome };
    return outcome;
  }

  /**
   * How a held file is linted (its config, its Compose project, its build context), and the key
   * of that lint: the diagnostics and "fix all" lint with the same inputs.
   */
  private lintInput(holder: LintHolder, kind: DocumentRef['kind'], parsed: () => ParsedDocument, file: string, target: LintTarget): { key: string; config: ResolvedConfig | undefined; input: () => LintFileInput } {
    const config = target.path !== undefined ? this.configFor(target.path, target.workspaceRoot) : undefined;
    // A Compose file is linted with its set (compose.yaml + compose.override.yaml, or the team's
    // `compose.files`): the versions of the open files of the set, and of the other files its
    // last lint read (includes, `extends` files), are part of the key, so an edit to
    // compose.yaml makes compose.override.yaml's next lint a fresh one.
    const set = kind === 'compose' && target.path !== undefined ? this.composeSetOf(target.path, config) : undefined;
    // The same version linted for the same file and language is not linted again (the panel asks too).
    // A Dockerfile's `.dockerignore` (copy-ignored-file): its text is part of the key, so an edit to it is seen.
    const buildContext = kind === 'dockerfile' && target.path !== undefined ? buildContextFor(target.path, (p) => this.composeText(p)) : undefined;
    const key = `${target.path ?? ''}\n${target.language}\n${set ? this.projectSignature(set, holder.lint?.outcome.projectFiles ?? []) : ''}\n${buildContext?.dockerignore?.text ?? ''}`;
    const input = (): LintFileInput => {
      const project = set && target.path !== undefined ? this.composeProject(set, target.path, config) : undefined;
      return { path: file, doc: parsed(), config, language: target.language, project, buildContext };
    };
    return { key, config, input };
  }

  /** What the panel marks: the diagnostics' own lint, or (lint ignored for this file) the defaults. */
  private panelDiagnostics(ref: DocumentRef, target: LintTarget | null): LintDiagnostic[] {
    if (!target) return [];
    const outcome = this.lint(ref, target);
    return outcome.ignored ? lintDocument(this.parsed(ref), { language: target.language }) : outcome.diagnostics;
  }

  /**
   * The effective project for the panel: the file's set merged, with the profiles the reader
   * turned on there (none chosen yet: `COMPOSE_PROFILES` from `.env`, as `docker compose up`).
   * A document that is not a file is its own project.
   */
  private panelProject(ref: DocumentRef, parsed: ComposeDocument, fileName: string, target: LintTarget | null, profiles: string[] | null): ProjectPanelView {
    const path = target?.path ?? this.open(ref).path;
    let project: ComposeProject;
    let configProfiles: readonly string[] = [];
    if (path !== undefined) {
      const config = this.configFor(path, target?.workspaceRoot);
      configProfiles = config.compose?.profiles ?? [];
      project = this.composeProject(this.composeSetOf(path, config) ?? [path], path, config).project;
    } else {
      const own = `/${fileName}`;
      project = loadProject({ files: [own], readFile: (p) => (p === own ? parsed.text : undefined), parse: () => parsed });
    }
    // The reader's choice; else the team config's profiles (what the team says it runs); else
    // `COMPOSE_PROFILES` from `.env`, as `docker compose up` would use.
    if (profiles) return projectPanelView(project, profiles);
    if (configProfiles.length > 0) return projectPanelView(project, configProfiles, 'config');
    const fromEnv = activeProfilesOf(project, []);
    return projectPanelView(project, fromEnv, fromEnv.length > 0 ? 'env' : undefined);
  }

  private hover(ref: DocumentRef, position: Position, language: Params<'hover'>['language'], brief: Params<'hover'>['brief'], conceptLinks: boolean): Result<'hover'> {
    const parsed = this.parsed(ref);
    const pragma = pragmaHover(parsed.lines.lineText(position.line), position, language);
    if (pragma) return { ...pragma, enabledCommands: HOVER_COMMANDS };
    // The brief hover's "자세히" asks for this same position again, whole, for the panel.
    const details = brief ? `command:${HOVER_DETAILS_COMMAND}?${encodeURIComponent(JSON.stringify([ref.uri, position.line, position.character]))}` : undefined;
    // The Compose file's set is found once per hover: finding it reads the team config, `.env` and the default file names.
    const where = parsed.kind === 'compose' ? this.hoverSetOf(ref) : undefined;
    const composeProject = parsed.kind === 'compose' && where ? this.projectNameOf(where, parsed) : undefined;
    const result = explainAt(parsed, position, { language, conceptLinks, details, lineOnly: brief === 'line', composeProject });
    if (!result) return null;
    // The project's value leads (what `docker compose` uses, when it is not what is written); where an entry stands among the set's files follows.
    const project = parsed.kind === 'compose' && where ? this.projectNote(where, parsed, position, language) : undefined;
    const markdown = [project?.lead, result.markdown, project?.note].filter((part) => part !== undefined).join('\n\n');
    return { markdown, range: result.range, enabledCommands: HOVER_COMMANDS };
  }

  private complete(ref: DocumentRef, position: Position, language: Params<'complete'>['language']): Result<'complete'> {
    const parsed = this.parsed(ref);
    // `${` in a Compose file: the names of the project's `.env` (next to the file), read like the project loader reads it.
    const { path } = this.open(ref);
    const wantsEnv = parsed.kind === 'compose' && path !== undefined && parsed.lines.lineText(position.line).includes('${');
    const envText = wantsEnv && path !== undefined ? this.composeText(joinPath(dirOf(path), '.env')) : undefined;
    const envNames = envText !== undefined ? [...parseDotEnv(envText).keys()] : undefined;
    return completeAt(parsed, position, { language, envNames });
  }

  /**
   * The project name Compose uses for this file's project (core/compose/projectName.ts): a set of
   * several files is loaded (kept while its files do not change); a file alone only needs
   * its `.env` and its own `name:`.
   */
  private projectNameOf({ path, set, config }: HoverSet, parsed: ComposeDocument): { name?: string; from: ProjectNameSource } | undefined {
    if (set.length > 1 || set[0] !== path) {
      const { name } = this.composeProject(set, path, config).project;
      return { name: name.value, from: name.from };
    }
    const envText = this.composeText(joinPath(dirOf(path), '.env'));
    const env = envText === undefined ? new Map<string, string>() : parseDotEnv(envText);
    const root = parsed.yaml.contents;
    const written = root && 'items' in root ? (root.items as { key?: { value?: unknown }; value?: { value?: unknown } }[]).find((p) => p.key?.value === 'name')?.value?.value : undefined;
    const filled = typeof written === 'string' ? interpolate(written, (n) => env.get(n)) : undefined;
    const origin = { file: path, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    const name = resolveProjectName({ option: config?.compose?.projectName, environment: env.get('COMPOSE_PROJECT_NAME'), fileName: filled ? { value: filled.value, unknown: filled.unknown, origin } : undefined, directory: dirOf(path) });
    return { name: name.value, from: name.from };
  }

  /** The value as the Compose project sees it (a later file replaces it, `.env` fills it), for the hover. */
  private projectNote({ path, set, config }: HoverSet, parsed: ComposeDocument, position: Position, language: Params<'hover'>['language']): ProjectHover | undefined {
    // A file alone can only be changed by `.env`: skip the project unless the line has a `$`.
    if (set.length === 1 && set[0] === path && !parsed.lines.lineText(position.line).includes('$')) return undefined;
    return projectHover(this.composeProject(set, path, config).project, path, parsed, position, language);
  }

  /**
   * The file's path and its Compose set: its own, else the set of a project that loads it through
   * `include` (its variables come from that include's env files, and that project's team config
   * names it), else itself alone.
   */
  private hoverSetOf(ref: DocumentRef): HoverSet | undefined {
    const { path, workspaceRoot } = this.open(ref);
    if (path === undefined) return undefined;
    // The hover worker lints nothing: it resolves the team config itself (once per folder), as the lint does.
    const config = this.configFor(path, workspaceRoot);
    const own = this.composeSetOf(path, config);
    if (own) return { path, set: own, config };
    return { path, ...(this.includerSetOf(path, workspaceRoot) ?? { set: [path], config }) };
  }

  /**
   * The set of a Compose project whose `include` loads `path`, with that project's team config.
   * Candidates, cheapest first and none found by walking the disk: the projects whose loads
   * included it before (in this request's scope), the Compose files of its folder and the folders
   * above (composeFilesAround), and the Compose files open in the editor in the same workspace
   * folder (an include from a sibling folder, `../shared/db.yaml`). Each is loaded (kept while its
   * files do not change) to check that it includes the file now.
   */
  private includerSetOf(path: string, workspaceRoot: string | undefined): { set: string[]; config: ResolvedConfig } | undefined {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const remembered = [...(this.includers.get(this.includerKey(path))?.values() ?? [])].map((set) => ({ file: set[0], set }));
    const around = this.composeFilesAround(path).map((file) => ({ file, set: undefined }));
    const open = [...this.documents.values()]
      .filter((d) => d.kind === 'compose' && d.path !== undefined && d.path !== path && d.workspaceRoot === workspaceRoot && this.scope.reads.allows(d.path))
      .map((d) => ({ file: d.path as string, set: undefined }));
    const tried = new Set<string>();
    for (const candidate of [...remembered, ...around, ...open].slice(0, MAX_INCLUDER_CANDIDATES)) {
      // A file found by place is loaded only when its text names the file (a nested include is found once a load remembered it).
      if (candidate.file === path || (!candidate.set && !this.composeText(candidate.file)?.includes(name))) continue;
      const config = this.configFor(candidate.file, workspaceRoot);
      const set = candidate.set ?? this.composeSetOf(candidate.file, config);
      if (!set || set.includes(path) || tried.has(set.join('\n'))) continue;
      tried.add(set.join('\n'));
      if (this.composeProject(set, path, config).project.files.some((f) => f.path === path && f.role === 'include')) return { set, config };
    }
    return undefined;
  }

  /** The included files' key in `includers`: the request's scope root and the path (a project of another root is never offered). */
  private includerKey(path: string): string {
    return `${this.scope.root ?? ''}\n${path}`;
  }

  /** Remembers which files a project's load included, for the hovers of those files (includerSetOf). */
  private rememberIncluders(set: readonly string[], project: ComposeProject): void {
    for (const f of project.files) {
      if (f.role !== 'include' || set.includes(f.path)) continue;
      const key = this.includerKey(f.path);
      let sets = this.includers.get(key);
      if (!sets) {
        // Bounded: a session that loads many projects forgets and learns again from the next loads.
        if (this.includers.size >= MAX_REMEMBERED_INCLUDES) this.includers.clear();
        this.includers.set(key, (sets = new Map()));
      }
      sets.set(set.join('\n'), [...set]);
    }
  }

  /**
   * Where a disable comment goes: above the line, or above the start of the Dockerfile
   * instruction / docker command it belongs to (a comment inside a `\` continuation of a
   * shell command would end the command).
   */
  private commentLine(doc: ParsedDocument, line: number): number {
    if (doc.kind === 'dockerfile') {
      const instruction = doc.ast.getInstructions().find((i) => i.getRange().start.line <= line && i.getRange().end.line >= line);
      return instruction ? instruction.getRange().start.line : line;
    }
    if (doc.kind === 'commands') {
      const command = doc.commands.find((c) => c.range.start.line <= line && c.range.end.line >= line);
      return command ? command.range.start.line : line;
    }
    return line;
  }

  /** An open document by path, or undefined when the file is not open (its disk text is read then). */
  private openByPath(path: string): OpenDocument | undefined {
    for (const d of this.documents.values()) if (d.path === path && d.kind === 'compose') return d;
    return undefined;
  }

  /** Any file's text: an open document's (whatever its kind), else the disk's (within the size limit). */
  private textAt(path: string): string | undefined {
    for (const d of this.documents.values()) if (d.path === path) return d.text;
    return this.diskText(path);
  }

  /** A Compose or `.env` file's text: the editor's when open, else the disk's (within the size limit). */
  private composeText(path: string): string | undefined {
    const open = this.openByPath(path);
    if (open) return open.text;
    return this.diskText(path);
  }

  /** A file's text on disk: only inside this request's scope, only a regular file within the size limit. */
  private diskText(path: string): string | undefined {
    if (!this.scope.reads.allows(path)) return undefined;
    const read = this.readFile(path);
    return typeof read === 'string' && !isTooLargeToAnalyse(read.length) ? read : undefined;
  }

  /** The file set a Compose file belongs to, as the CLI finds it; undefined: lint it alone. */
  private composeSetOf(path: string, config: ResolvedConfig | undefined): string[] | undefined {
    for (const set of config?.compose?.files ?? []) if (set.includes(path)) return set;
    const dir = dirOf(path);
    const fromEnv = fileSetFromDotEnv(dir, this.composeText(joinPath(dir, '.env')));
    if (fromEnv) return fromEnv.includes(path) ? fromEnv : undefined;
    const present = [...DEFAULT_FILE_NAMES, ...DEFAULT_OVERRIDE_FILE_NAMES].filter((name) => this.composeText(joinPath(dir, name)) !== undefined);
    const set = defaultFileSet(dir, present);
    if (!set?.includes(path)) return undefined;
    // A lone compose.yaml is its own project unless it includes others or extends a service of
    // another file (then they are read, and an edit to them lints it again).
    return set.length > 1 || /^include\s*:|\bfile\s*:/m.test(this.composeText(path) ?? '') ? set : undefined;
  }

  /**
   * The Compose files that may build a Dockerfile: the team config's sets, and the Compose
   * files (default names) of its folder and each folder above it up to the workspace folder
   * (two levels up when the file is in none). Their projects name its stages in `build.target`.
   */
  private composeFilesAround(path: string): string[] {
    const root = [...this.documents.values()].find((d) => d.path === path)?.workspaceRoot;
    const out = new Set<string>();
    for (const set of this.configFor(path, root).compose?.files ?? []) for (const f of set) out.add(f);
    let dir = dirOf(path);
    for (let depth = 0; depth < 32; depth++) {
      for (const name of DEFAULT_FILE_NAMES) {
        const file = joinPath(dir, name);
        if (this.composeText(file) !== undefined) out.add(file);
      }
      const up = dirOf(dir);
      if (up === dir || (root === undefined ? depth >= 2 : dir === root || !up.startsWith(root))) break;
      dir = up;
    }
    return [...out];
  }

  /** The scope is part of it: the same set read from another root may read other files (or be refused them). */
  private setSignature(files: readonly string[]): string {
    return `${this.scope.root ?? ''}>` + [...new Set(files)].map((p) => `${p}@${this.openByPath(p)?.version ?? `disk${this.diskGeneration}`}`).join('|');
  }

  /**
   * The versions of a project's files without loading it: its set, and the files (includes,
   * `extends` files) its last load read. Those can only change when one of these files does.
   */
  private projectSignature(set: readonly string[], read: readonly string[]): string {
    return this.setSignature([...set, ...read]);
  }

  /**
   * The key of a project without loading it: the versions of its set and of the files its last
   * load read (includes, `extends` files), and the disk generation (its `.env` files are read
   * from the disk, and a file the last load missed may have appeared).
   */
  private projectKey(set: readonly string[], read: readonly string[]): string {
    return this.projectSignature(set, read) + `|disk${this.diskGeneration}`;
  }

  /** The project of `set`, as `path` sees it: loaded when none is kept or one of its files changed. */
  private composeProject(set: string[], path: string, config: ResolvedConfig | undefined): ProjectView {
    const project = this.loadedProject(set, config?.compose?.projectName);
    const profileSets = [config?.compose?.profiles ?? [], profilesFromVariable(project.variables.get('COMPOSE_PROFILES'))].filter((s) => s.length > 0);
    return new ProjectView(project, path, profileSets);
  }

  private loadedProject(set: string[], projectName: string | undefined): ComposeProject {
    const slot = `${set.join('\n')}\n${projectName ?? ''}`;
    const kept = this.projects.get(slot);
    this.projects.delete(slot);
    if (kept && kept.key === this.projectKey(set, kept.files)) {
      this.projects.set(slot, kept); // most recently used last
      return kept.project;
    }
    const project = loadProject({
      files: set,
      projectName,
      readFile: (p) => this.composeText(p),
      parse: (p, text) => {
        const open = this.openByPath(p);
        if (open && open.text === text) {
          open.parsed ??= parseDocument(open.text, 'compose');
          return open.parsed as ComposeDocument;
        }
        const closed = this.closed.get(p);
        if (closed && closed.text === text) return closed.parsed;
        return parseDocument(text, 'compose') as ComposeDocument;
      },
    });
    this.rememberIncluders(set, project);
    const files = projectFilesOf(project);
    this.projects.set(slot, { key: this.projectKey(set, files), project, files });
    while (this.projects.size > PROJECT_CACHE_SIZE) this.projects.delete(this.projects.keys().next().value as string);
    return project;
  }

  /** The same resolution as the CLI (`resolveConfigForFile`, bounded by the workspace folder), kept per folder. */
  private configFor(path: string, workspaceRoot: string | undefined): ResolvedConfig {
    const dir = dirOf(path);
    const cached = this.configs.get(dir);
    if (cached) return cached;
    const read: ConfigReader = (file) => this.overlays.get(file) ?? this.readFile(file);
    const config = resolveConfigForFile(path, read, { workspaceRoot, realPath: this.realPath });
    this.configs.set(dir, config);
    return config;
  }
}

/** The folder a request's project reads may come from, and the check of each path against it. */
interface RequestScope {
  root: string | undefined;
  reads: Pick<ReadScope, 'allows'>;
}

/** How many loaded Compose projects are kept: a set and the projects around (an includer, a second folder) side by side. */
const PROJECT_CACHE_SIZE = 4;

/** How many projects a hover of an included file may load to find the one that includes it. */
const MAX_INCLUDER_CANDIDATES = 16;
/** How many included files the worker remembers the includers of. */
const MAX_REMEMBERED_INCLUDES = 2_000;

/** A request about no file reads no project file. */
const NO_SCOPE: RequestScope = { root: undefined, reads: new ReadScope() };

/** The worker lacks the text a request counts on: the host answers by sending the whole text. */
export class OutOfSyncError extends Error {}

/** Applies the editor's edits one after another: each offset counts in the text the previous edits left. */
export function applyChanges(text: string, edits: readonly TextChange[]): string {
  let out = text;
  for (const e of edits) {
    if (e.offset < 0 || e.offset + e.length > out.length) throw new OutOfSyncError(`an edit at ${e.offset}+${e.length} is outside a text of ${out.length} characters`);
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  }
  return out;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function summarise(dir: string, config: ResolvedConfig): ConfigSummary {
  return { dir, files: [...config.files], problems: config.problems };
}

/** The files a Compose project read (its set, includes, `extends` files): part of the keys of what was computed from it. */
function projectFilesOf(project: ComposeProject): string[] {
  return [...new Set(project.files.map((f) => f.path))];
}
