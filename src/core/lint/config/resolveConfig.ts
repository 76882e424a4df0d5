import { parse as parseJsonc } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { Language, Range } from '../../types';
import { fill } from '../../types';
import type { Rule, RuleSettings } from '../types';
import { allRules } from '../rules';
import { compileIgnore, isIgnored } from './glob';
import type { IgnorePattern } from './glob';
import { parseConfigText } from './parseConfig';
import { dirname, isAbsolutePath, isInside, joinPath, normalizePath, relativePath } from './paths';
import { isPresetName, presetRules, PRESET_NAMES } from './presets';
import { CONFIG_FILE_NAME } from './types';
import type { ConfigProblem, ConfigReader, ResolvedConfig } from './types';

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
}

/** One config file with its `extends` already applied. */
interface Layer {
  rules: Record<string, RuleSettings>;
  ignore: IgnorePattern[];
  language?: Language;
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
      // A broken file is not a root: its parents still apply rather than nothing.
      if (isRootConfig(text)) break;
    }
    if (bounded && normalizePath(dir) === normalizePath(workspaceRoot as string)) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return found;
}

function isRootConfig(text: string): boolean {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true }) as unknown;
  return errors.length === 0 && typeof value === 'object' && value !== null && (value as { root?: unknown }).root === true;
}

/** The config for one linted file, found by walking up from it. */
export function resolveConfigForFile(filePath: string, read: ConfigReader, options: ResolveOptions = {}): ResolvedConfig {
  const files = discoverConfigFiles(filePath, read, options.workspaceRoot);
  return mergeConfigFiles(files, read, options);
}

/** The config given explicitly (CLI `--config FILE`): that file and its `extends`, no discovery. */
export function resolveExplicitConfig(configPath: string, read: ConfigReader, options: ResolveOptions = {}): ResolvedConfig {
  const path = normalizePath(configPath);
  if (read(path) === undefined) {
    return {
      rules: {},
      ignore: [],
      files: [],
      problems: [{ file: path, range: zeroRange(), severity: 'error', message: { ko: fill('설정 파일 `{configPath}`을/를 읽을 수 없어요.', { configPath }), en: `Cannot read the config file \`${configPath}\`.` } }],
    };
  }
  return mergeConfigFiles([path], read, { ...options, workspaceRoot: options.workspaceRoot ?? dirname(path) });
}

function mergeConfigFiles(nearestFirst: string[], read: ConfigReader, options: ResolveOptions): ResolvedConfig {
  const rules = options.rules ?? allRules;
  const problems: ConfigProblem[] = [];
  const merged: ResolvedConfig = { rules: {}, ignore: [], files: [...nearestFirst], problems };
  const seenFiles = new Set(nearestFirst);
  for (const file of [...nearestFirst].reverse()) {
    const layer = loadLayer(file, read, rules, options.workspaceRoot ?? dirname(file), [], problems, seenFiles);
    if (!layer) continue;
    applyRules(merged.rules, layer.rules);
    merged.ignore.push(...layer.ignore);
    if (layer.language) merged.language = layer.language;
  }
  merged.files = [...new Set([...nearestFirst, ...seenFiles])];
  return merged;
}

function loadLayer(file: string, read: ConfigReader, rules: readonly Rule[], workspaceRoot: string, chain: string[], problems: ConfigProblem[], seenFiles: Set<string>): Layer | undefined {
  const text = read(file);
  if (text === undefined) return undefined;
  seenFiles.add(file);
  const { data, problems: own } = parseConfigText(text, file, new Set(rules.map((r) => r.meta.id)));
  problems.push(...own);
  if (!data) return undefined;
  const layer: Layer = { rules: {}, ignore: [], root: data.root };
  for (const ext of data.extends) {
    if (isPresetName(ext.value)) {
      applyRules(layer.rules, presetRules(ext.value, rules));
      continue;
    }
    const problem = (ko: string, en: string) => problems.push({ file, range: ext.range, severity: 'error', message: { ko, en } });
    if (ext.value.startsWith('docker-explain:')) {
      problem(fill('프리셋 `{preset}`은/는 없어요. 쓸 수 있는 것: {known}.', { preset: ext.value, known: PRESET_NAMES.map((p) => `\`${p}\``).join(', ') }), `Unknown preset \`${ext.value}\`. Known: ${PRESET_NAMES.join(', ')}.`);
      continue;
    }
    if (isAbsolutePath(ext.value)) {
      problem(fill('`extends`의 `{path}`은/는 절대 경로예요. 팀이 같이 쓰는 설정이라 이 파일 기준의 상대 경로(`./base.json`)로 써 주세요.', { path: ext.value }), `\`${ext.value}\` is absolute; use a path relative to this file.`);
      continue;
    }
    const target = joinPath(dirname(file), ext.value);
    if (!isInside(target, workspaceRoot)) {
      problem(fill('`extends`의 `{path}`은/는 작업 영역({root}) 밖을 가리켜요. 설정은 작업 영역 안의 파일만 이어받을 수 있어요.', { path: ext.value, root: workspaceRoot }), `\`${ext.value}\` points outside the workspace; only files inside it can be extended.`);
      continue;
    }
    if (target === file || chain.includes(target)) {
      problem(`\`extends\`가 순환해요: ${[...chain, file, target].map((f) => relativePath(workspaceRoot, f) || f).join(' → ')}. 이 항목은 건너뛰어요.`, `\`extends\` forms a cycle; the entry is skipped.`);
      continue;
    }
    if (read(target) === undefined) {
      problem(fill('`extends`의 파일 `{path}`을/를 찾을 수 없어요 ({target}).', { path: ext.value, target }), `Cannot find the extended file \`${ext.value}\`.`);
      continue;
    }
    const parent = loadLayer(target, read, rules, workspaceRoot, [...chain, file], problems, seenFiles);
    if (!parent) continue;
    applyRules(layer.rules, parent.rules);
    layer.ignore.push(...parent.ignore);
    if (parent.language) layer.language = parent.language;
  }
  applyRules(layer.rules, data.rules);
  const base = dirname(file);
  layer.ignore.push(...data.ignore.map((p) => compileIgnore(p, base)));
  if (data.language) layer.language = data.language;
  return layer;
}

/** Later settings win; a severity without options keeps the options set before (like ESLint). */
function applyRules(target: Record<string, RuleSettings>, source: Record<string, Partial<RuleSettings>>): void {
  for (const [id, setting] of Object.entries(source)) {
    const previous = target[id];
    target[id] = {
      severity: setting.severity ?? previous?.severity ?? 'warning',
      options: setting.options ?? previous?.options ?? {},
    };
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
