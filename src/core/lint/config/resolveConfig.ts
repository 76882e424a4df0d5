import { parse as parseJsonc } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { Language, Localized, Range } from '../../types';
import { fill } from '../../types';
import type { Rule, RuleSettings } from '../types';
import { allRules } from '../rules';
import { compileIgnore, isIgnored } from './glob';
import type { IgnorePattern } from './glob';
import { parseConfigText, tooDeep } from './parseConfig';
import { isRefused, refusalMessage, stripBom } from '../../documents/fileText';
import { dirname, isAbsolutePath, isInside, joinPath, normalizePath, relativePath } from './paths';
import { isPresetName, presetRules, PRESET_NAMES } from './presets';
import { CONFIG_FILE_NAME, HADOLINT_CONFIG_NAMES, isHadolintConfigPath } from './types';
import type { ComposeSettings, ConfigProblem, ConfigReader, ResolvedConfig } from './types';
import type { RuleOrigin, SettingOrigin } from './origin';
import { translateHadolintConfig } from './hadolintConfig';

// Which config a file obeys. Walking up from the linted file's folder, every
// `.docker-explain.json` is collected until one says `"root": true` or the workspace folder is
// passed; they are merged from the farthest to the nearest, so the nearest file wins for every
// rule it names (and for `language`). Inside one file, `extends` entries apply in order, then
// the file's own `rules`. A path in `extends` is relative to the file that writes it and may not
// leave the workspace; a cycle is reported and broken. Nothing here touches the disk: the
// caller passes a reader.

export interface ResolveOptions {
  /** The workspace folder: discovery stops here and `extends` may not leave it. */
  workspaceRoot?: string;
  rules?: readonly Rule[];
  /**
   * A path with every symbolic link resolved (undefined when it cannot be resolved). Given by the
   * CLI and the worker, so that an `extends` target that is a link to a file outside the
   * workspace is refused, and a file named twice through different links is read once.
   */
  realPath?: (path: string) => string | undefined;
}

/**
 * How many config files one resolution reads at most (discovered files and `extends` targets
 * together). A real team has a handful; the cap keeps a hostile repository from making the
 * editor read thousands.
 */
export const MAX_CONFIG_FILES = 64;

/** One config file with its `extends` already applied. */
interface Layer {
  /** Options stay undefined where no file wrote any, so a nearer file's bare severity keeps a farther file's options. */
  rules: Record<string, Partial<RuleSettings>>;
  origins: Record<string, RuleOrigin>;
  ignore: IgnorePattern[];
  language?: Language;
  languageOrigin?: SettingOrigin;
  compose?: ComposeSettings;
  composeOrigin?: SettingOrigin;
  root: boolean;
}

/** The config files that apply to `filePath`, nearest first, up to a `root` or the workspace. */
export function discoverConfigFiles(filePath: string, read: ConfigReader, workspaceRoot?: string): string[] {
  const found: string[] = [];
  let dir = dirname(normalizePath(filePath));
  const bounded = workspaceRoot !== undefined && isInside(dir, workspaceRoot);
  for (;;) {
    const candidate = joinPath(dir, CONFIG_FILE_NAME);
    const text = read(candidate);
    if (text !== undefined) {
      found.push(candidate);
      // A broken or refused file is not a root: its parents still apply rather than nothing.
      if (typeof text === 'string' && isRootConfig(text)) break;
    }
    if (found.length >= MAX_CONFIG_FILES) break;
    if (bounded && normalizePath(dir) === normalizePath(workspaceRoot as string)) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

function isRootConfig(text: string): boolean {
  // The parser recurses once per bracket: a file nested too deep is broken, hence not a root.
  if (tooDeep(stripBom(text))) return false;
  const errors: ParseError[] = [];
  const value = parseJsonc(stripBom(text), errors, { allowTrailingComma: true }) as unknown;
  return errors.length === 0 && typeof value === 'object' && value !== null && (value as { root?: unknown }).root === true;
}

/**
 * The nearest `.hadolint.yaml` (or `.hadolint.yml`) from the linted file's folder up to the
 * workspace folder. hadolint itself reads the one in the folder it runs in, then files in the
 * home directory; we read only files inside the workspace, never the home directory, and without
 * a workspace folder none at all.
 */
export function discoverHadolintFile(filePath: string, read: ConfigReader, workspaceRoot: string | undefined): string | undefined {
  if (workspaceRoot === undefined) return undefined;
  let dir = dirname(normalizePath(filePath));
  if (!isInside(dir, workspaceRoot)) return undefined;
  for (;;) {
    for (const name of HADOLINT_CONFIG_NAMES) {
      const candidate = joinPath(dir, name);
      if (read(candidate) !== undefined) return candidate;
    }
    if (normalizePath(dir) === normalizePath(workspaceRoot)) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The config for one linted file, found by walking up from it. When no `.docker-explain.json`
 * applies, a `.hadolint.yaml` inside the workspace does: a hadolint team's choices hold on day one.
 */
export function resolveConfigForFile(filePath: string, read: ConfigReader, options: ResolveOptions = {}): ResolvedConfig {
  const once = readOnce(read);
  const files = discoverConfigFiles(filePath, once, options.workspaceRoot);
  if (files.length === 0) {
    const hadolint = discoverHadolintFile(filePath, once, options.workspaceRoot);
    if (hadolint) files.push(hadolint);
  }
  return mergeConfigFiles(files, once, options);
}

/** The config given explicitly (CLI `--config FILE`): that file and its `extends`, no discovery. */
export function resolveExplicitConfig(configPath: string, reader: ConfigReader, options: ResolveOptions = {}): ResolvedConfig {
  const read = readOnce(reader);
  const path = normalizePath(configPath);
  const text = read(path);
  if (text === undefined || isRefused(text)) {
    const why = isRefused(text) ? refusalMessage(text.refused) : undefined;
    return {
      rules: {},
      ignore: [],
      files: [],
      problems: [
        {
          file: path,
          range: zeroRange(),
          severity: 'error',
          message: {
            ko: fill('설정 파일 ‘{configPath}’을/를 읽을 수 없어요.', { configPath }) + (why ? ` ${why.ko}` : ''),
            en: `Cannot read the config file ‘${configPath}’.` + (why ? ` ${why.en}` : ''),
          },
        },
      ],
    };
  }
  return mergeConfigFiles([path], read, { ...options, workspaceRoot: options.workspaceRoot ?? dirname(path) });
}

/**
 * One resolution's reading state. Each file is read and resolved once, whatever the number of
 * times it is named (`extends` fan-out stays linear in the number of files); a file met again
 * while it is still being resolved is a cycle.
 */
class Resolution {
  private readonly layers = new Map<string, Layer | undefined>();
  private readonly visiting: string[] = [];
  private readonly ruleIds: ReadonlySet<string>;
  /** Every config file read, in reading order. */
  readonly seen = new Set<string>();
  private capReported = false;

  constructor(
    private readonly read: ConfigReader,
    readonly rules: readonly Rule[],
    private readonly options: ResolveOptions,
    readonly problems: ConfigProblem[],
  ) {
    this.ruleIds = new Set(rules.map((r) => r.meta.id));
  }

  /** The identity of a file: its real path when links can be resolved. */
  private key(file: string, workspaceRoot: string): string {
    return `${workspaceRoot}\n${this.options.realPath?.(file) ?? normalizePath(file)}`;
  }

  layer(file: string, workspaceRoot: string, namedAt?: { file: string; range: Range }): Layer | undefined {
    const key = this.key(file, workspaceRoot);
    if (this.layers.has(key)) return this.layers.get(key);
    if (this.visiting.includes(key)) {
      // Reported where the cycle closes; the entry contributes nothing.
      if (namedAt) {
        const names = [...this.visiting.map((k) => k.slice(k.indexOf('\n') + 1)), file].map((f) => relativePath(workspaceRoot, f) || f);
        this.problems.push({ file: namedAt.file, range: namedAt.range, severity: 'error', message: { ko: `‘extends’가 순환해요: ${names.join(' → ')}. 이 항목은 건너뛰어요.`, en: '‘extends’ forms a cycle; the entry is skipped.' } });
      }
      return undefined;
    }
    if (this.overCap(file, namedAt)) return undefined;
    this.visiting.push(key);
    try {
      const layer = this.load(file, workspaceRoot);
      this.layers.set(key, layer);
      return layer;
    } finally {
      this.visiting.pop();
    }
  }

  /** Whether reading one more file would pass MAX_CONFIG_FILES (said once, at the entry where it happened). */
  private overCap(file: string, namedAt?: { file: string; range: Range }): boolean {
    if (this.seen.size < MAX_CONFIG_FILES || this.seen.has(file)) return false;
    if (!this.capReported && namedAt) {
      this.capReported = true;
      this.problems.push({
        file: namedAt.file,
        range: namedAt.range,
        severity: 'error',
        message: {
          ko: fill('설정 파일을 {max}개까지만 읽어요. 이 항목부터는 건너뛰었어요.', { max: MAX_CONFIG_FILES }),
          en: `At most ${MAX_CONFIG_FILES} config files are read; this entry and the ones after it are skipped.`,
        },
      });
    }
    return true;
  }

  private load(file: string, workspaceRoot: string): Layer | undefined {
    const text = this.read(file);
    if (text === undefined) return undefined;
    this.seen.add(file);
    if (isRefused(text)) {
      this.problems.push({ file, range: zeroRange(), severity: 'error', message: withDefaults(refusalMessage(text.refused)) });
      return undefined;
    }
    if (isHadolintConfigPath(file)) {
      // Read as hadolint reads it; broken entries are problems on the file, the rest still applies.
      const translated = translateHadolintConfig(text, file, this.rules);
      for (const p of translated.problems) this.problems.push(p);
      return { rules: translated.rules, origins: translated.origins, ignore: [], root: true };
    }
    const { data, problems: own } = parseConfigText(text, file, this.ruleIds);
    for (const p of own) this.problems.push(p);
    if (!data) return undefined;
    const layer: Layer = { rules: {}, origins: {}, ignore: [], root: data.root };
    for (const ext of data.extends) {
      const parent = this.extended(file, ext, workspaceRoot);
      if (!parent) continue;
      applyRules(layer, parent.rules, parent.origins);
      for (const p of parent.ignore) layer.ignore.push(p);
      if (parent.language) {
        layer.language = parent.language;
        layer.languageOrigin = parent.languageOrigin;
      }
    }
    const here = (line: number | undefined): SettingOrigin => ({ kind: 'file', file, line });
    const written: Record<string, RuleOrigin> = {};
    for (const id of Object.keys(data.rules)) written[id] = { severity: here(data.lines.rules[id]) };
    applyRules(layer, data.rules, written);
    const base = dirname(file);
    for (let i = 0; i < data.ignore.length; i++) {
      const pattern = compileIgnore(data.ignore[i], base);
      pattern.origin = { file, line: data.lines.ignore[i] ?? 0 };
      layer.ignore.push(pattern);
    }
    if (data.language) {
      layer.language = data.language;
      layer.languageOrigin = here(data.lines.language);
    }
    if (data.compose) {
      layer.compose = { files: data.compose.files.map((set) => set.map((f) => joinPath(base, f))), profiles: data.compose.profiles, ...(data.compose.projectName ? { projectName: data.compose.projectName } : {}) };
      layer.composeOrigin = here(data.lines.compose);
    }
    return layer;
  }

  /** The layer an `extends` entry names, or undefined (with a problem at the entry) when it cannot apply. */
  private extended(file: string, ext: { value: string; range: Range }, workspaceRoot: string): Pick<Layer, 'rules' | 'origins' | 'ignore' | 'language' | 'languageOrigin'> | undefined {
    if (isPresetName(ext.value)) {
      const rules = presetRules(ext.value, this.rules);
      const origin: SettingOrigin = { kind: 'preset', file, line: ext.range.start.line, detail: ext.value };
      const origins: Record<string, RuleOrigin> = {};
      for (const id of Object.keys(rules)) origins[id] = { severity: origin };
      return { rules, origins, ignore: [] };
    }
    const problem = (ko: string, en: string) => this.problems.push({ file, range: ext.range, severity: 'error', message: { ko, en } });
    if (ext.value.startsWith('docker-explain:')) {
      problem(fill('프리셋 ‘{preset}’은/는 없어요. 쓸 수 있는 것: {known}.', { preset: ext.value, known: PRESET_NAMES.map((p) => `‘${p}’`).join(', ') }), `Unknown preset ‘${ext.value}’. Known: ${PRESET_NAMES.join(', ')}.`);
      return undefined;
    }
    if (isAbsolutePath(ext.value)) {
      problem(fill('‘extends’의 ‘{path}’은/는 절대 경로예요. 팀이 같이 쓰는 설정이라 이 파일 기준의 상대 경로(‘./base.json’)로 쓰세요.', { path: ext.value }), `‘${ext.value}’ is absolute; use a path relative to this file.`);
      return undefined;
    }
    const target = joinPath(dirname(file), ext.value);
    if (!this.inside(target, workspaceRoot)) {
      problem(fill('‘extends’의 ‘{path}’은/는 작업 영역({root}) 밖을 가리켜요. 설정은 작업 영역 안의 파일만 이어받을 수 있어요.', { path: ext.value, root: workspaceRoot }), `‘${ext.value}’ points outside the workspace; only files inside it can be extended.`);
      return undefined;
    }
    if (this.overCap(target, { file, range: ext.range })) return undefined;
    if (this.read(target) === undefined) {
      problem(fill('‘extends’의 파일 ‘{path}’을/를 찾을 수 없어요 ({target}).', { path: ext.value, target }), `Cannot find the extended file ‘${ext.value}’.`);
      return undefined;
    }
    return this.layer(target, workspaceRoot, { file, range: ext.range });
  }

  /** Containment on the path text, and on real paths when links can be resolved (a link may lead out). */
  private inside(target: string, workspaceRoot: string): boolean {
    if (!isInside(target, workspaceRoot)) return false;
    const realPath = this.options.realPath;
    if (!realPath) return true;
    const realTarget = realPath(target);
    if (realTarget === undefined) return true; // missing: reported as missing, nothing is read
    return isInside(realTarget, realPath(workspaceRoot) ?? workspaceRoot);
  }
}

function mergeConfigFiles(nearestFirst: string[], read: ConfigReader, options: ResolveOptions): ResolvedConfig {
  const problems: ConfigProblem[] = [];
  const resolution = new Resolution(read, options.rules ?? allRules, options, problems);
  const merged: Omit<ResolvedConfig, 'rules'> & { rules: Record<string, Partial<RuleSettings>>; origins: Record<string, RuleOrigin> } = { rules: {}, origins: {}, ignore: [], files: [...nearestFirst], problems };
  for (const file of [...nearestFirst].reverse()) {
    const layer = resolution.layer(file, options.workspaceRoot ?? dirname(file));
    if (!layer) continue;
    applyRules(merged, layer.rules, layer.origins);
    for (const p of layer.ignore) merged.ignore.push(p);
    if (layer.language) {
      merged.language = layer.language;
      merged.languageOrigin = layer.languageOrigin;
    }
    if (layer.compose) {
      merged.compose = layer.compose;
      merged.composeOrigin = layer.composeOrigin;
    }
  }
  merged.files = [...new Set([...nearestFirst, ...resolution.seen])];
  const rules: Record<string, RuleSettings> = {};
  for (const [id, setting] of Object.entries(merged.rules)) rules[id] = { severity: setting.severity ?? 'warning', options: setting.options ?? {} };
  return { ...merged, rules };
}

/** Each file is read from the disk once per resolution, however often it is looked at. */
function readOnce(read: ConfigReader): ConfigReader {
  const texts = new Map<string, ReturnType<ConfigReader>>();
  return (file) => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file);
  };
}

/** A refusal notice on a config file says what happens next. */
function withDefaults(message: Localized): Localized {
  return { ko: `${message.ko} 이 설정 파일은 빼고 검사해요.`, en: `${message.en} This config file is left out.` };
}

/**
 * Later settings win; a severity without options keeps the options set before (like ESLint),
 * and then the options keep their own origin.
 */
function applyRules(
  target: { rules: Record<string, Partial<RuleSettings>>; origins: Record<string, RuleOrigin> },
  source: Record<string, Partial<RuleSettings>>,
  sourceOrigins: Record<string, RuleOrigin>,
): void {
  for (const [id, setting] of Object.entries(source)) {
    const previous = target.rules[id];
    const before = target.origins[id];
    const from = sourceOrigins[id];
    const options = setting.options ?? previous?.options;
    target.rules[id] = { severity: setting.severity ?? previous?.severity, ...(options !== undefined ? { options } : {}) };
    if (!from) continue;
    // Options written with this entry share its origin; kept ones keep where they were written.
    const optionsOrigin = setting.options !== undefined ? from.options : previous?.options !== undefined ? (before?.options ?? before?.severity) : undefined;
    target.origins[id] = optionsOrigin && optionsOrigin !== from.severity ? { severity: from.severity, options: optionsOrigin } : { severity: from.severity };
  }
}

/** Whether the config's `ignore` globs exclude this file. */
export function isFileIgnored(config: ResolvedConfig, filePath: string): boolean {
  if (config.ignore.length === 0) return false;
  const file = normalizePath(filePath);
  return isIgnored((base) => (isInside(file, base) ? relativePath(base, file) : undefined), config.ignore);
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
