import * as fs from 'fs';
import { Document, isMap, isScalar, visit } from 'yaml';
import { activeProfilesOf, effectiveProject, loadProject } from '../core';
import type { EffectiveProject, OriginValue } from '../core';
import { UsageError } from './args';
import { CliComposeProjects, cliReadScope, scopedReader } from './composeProjects';
import { CliConfigs, corePath } from './config';
import { readBoundedText } from '../node/readBounded';
import { inert } from './inert';
import type { ReadScope } from '../core/compose/readScope';

// `docker-explain compose config PATH… [--profile P]… [--format yaml|json]`: the effective
// project, like `docker compose config`, without Docker, each value with the file and line that
// set it. PATH is a folder (its default file set), one file (the set it belongs to, else the
// file alone), or several files (a `-f` set, in order).

export interface ComposeConfigRequest {
  paths: string[];
  profiles: string[];
  format: 'yaml' | 'json';
}

function readText(path: string): string | undefined {
  const text = readBoundedText(path, { utf16: 'decode' });
  return typeof text === 'string' ? text : undefined;
}

/**
 * Whether the one PATH given is a folder (false for several paths: a `-f` set). Asked once: the
 * file set and the read scope both depend on it.
 */
function namesFolder(paths: string[]): boolean {
  if (paths.length > 1) return false;
  try {
    return fs.statSync(paths[0]).isDirectory();
  } catch {
    throw new UsageError(`파일이나 폴더를 찾을 수 없어요: ${paths[0]}`);
  }
}

function fileSetFor(paths: string[], isDir: boolean, configs: CliConfigs): string[] {
  if (paths.length > 1) return paths.map(corePath);
  const projects = new CliComposeProjects();
  const abs = corePath(paths[0]);
  if (isDir) {
    // compose-go v2.13.0 cli/options.go: COMPOSE_FILE (from the folder's .env) before the default names.
    const set = projects.folderSet(abs);
    if (!set) throw new UsageError(`이 폴더에 Compose 파일(compose.yaml 등)이 없어요: ${paths[0]}`);
    return set;
  }
  return projects.fileSetOf(abs, configs.forFile(paths[0])) ?? [abs];
}

export function composeConfig(request: ComposeConfigRequest): string {
  const isDir = namesFolder(request.paths);
  // One reader of team configs: the set's file and the project's first file are often in one folder.
  const configs = new CliConfigs(undefined);
  const files = fileSetFor(request.paths, isDir, configs);
  // The team config of the project's first file may name the project (`compose.projectName`, like `-p`).
  const projectName = configs.forFile(files[0]).compose?.projectName;
  const project = loadProject({ files, readFile: scopedReader(namedScope(request.paths, isDir), readText), projectName });
  const effective = effectiveProject(project, activeProfilesOf(project, request.profiles));
  return request.format === 'json' ? JSON.stringify(effective, null, 2) : toYaml(effective);
}

/**
 * The read scope from what the user named (the current folder, or the named file's or folder's
 * own folder outside it), never the set's first file: that may come from `COMPOSE_FILE` in the
 * repository's `.env` and point outside it.
 */
function namedScope(paths: string[], isDir: boolean): Pick<ReadScope, 'allows'> {
  const scope = cliReadScope(corePath(paths[0]), undefined, isDir);
  if (paths.length > 1) {
    // A `-f` set: every file was named on the command line.
    const more = paths.slice(1).map((p) => cliReadScope(corePath(p)));
    return { allows: (p: string) => scope.allows(p) || more.some((m) => m.allows(p)) };
  }
  return scope;
}

/** YAML with `# file:line` before each key, so the output reads like `docker compose config`. */
function toYaml(effective: EffectiveProject): string {
  const plain: Record<string, unknown> = {};
  const origins = new Map<string, string>();
  for (const [section, body] of Object.entries(effective)) {
    if (isOriginValue(body)) {
      plain[section] = body.value;
      origins.set(section, where(body));
      continue;
    }
    const out: Record<string, Record<string, unknown>> = {};
    for (const [name, fields] of Object.entries(body)) {
      out[name] = {};
      for (const [key, v] of Object.entries(fields)) {
        out[name][key] = v.value;
        origins.set(`${section}\n${name}\n${key}`, where(v));
      }
    }
    plain[section] = out;
  }
  const doc = new Document(plain);
  if (isMap(doc.contents)) {
    for (const top of doc.contents.items) {
      const section = isScalar(top.key) ? String(top.key.value) : '';
      if (origins.has(section) && isScalar(top.key)) top.key.commentBefore = ` ${origins.get(section)}`;
      if (!isMap(top.value)) continue;
      for (const named of top.value.items) {
        if (!isMap(named.value) || !isScalar(named.key)) continue;
        for (const field of named.value.items) {
          if (!isScalar(field.key)) continue;
          const o = origins.get(`${section}\n${String(named.key.value)}\n${String(field.key.value)}`);
          if (o) field.key.commentBefore = ` ${o}`;
        }
      }
    }
  }
  // yaml escapes C0 controls in double quotes but writes C1 controls, U+2028/2029 and the bidi
  // marks as they are (a value could reorder the terminal's line): such a value is written in
  // double quotes, where each of them becomes a YAML \u escape (the same value, made visible).
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && RAW_IN_YAML.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(RAW_IN_YAML_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const RAW_IN_YAML = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const RAW_IN_YAML_ALL = new RegExp(RAW_IN_YAML.source, 'g');

function isOriginValue(v: unknown): v is OriginValue {
  return typeof v === 'object' && v !== null && 'file' in v && 'line' in v && 'value' in v;
}

function where(v: OriginValue): string {
  if (v.from !== undefined) return inert(projectNameWhere(v));
  const unknown = v.unknown ? ' (값을 알 수 없어요: .env에 없는 변수)' : '';
  const source = v.source ? ` ← ${v.source}` : '';
  const items = v.items ? ` (${[...new Set(v.items.map((i) => `${i.file}:${i.line}`))].join(', ')})` : '';
  // File names and sources are text from the repository: a control character or a line break in
  // one is shown escaped, so it cannot reach the terminal or start a line of YAML.
  return inert(`${v.file}:${v.line}${items}${source}${unknown}`);
}

/** The comment over `name:`: where Compose takes the project name from (core/compose/projectName.ts). */
function projectNameWhere(v: OriginValue): string {
  const at = v.file !== '' ? ` (${v.file}:${v.line})` : '';
  const from = v.from === 'option' ? '-p' : v.from === 'environment' ? `COMPOSE_PROJECT_NAME${at}` : v.from === 'file' ? `name:${at}` : '폴더 이름';
  if (v.invalid) return `${from} (Compose가 "invalid project name" 오류로 멈춰요: 영문 소문자, 숫자, -, _만 써요)`;
  return v.unknown ? `${from} (값을 알 수 없어요: .env에 없는 변수)` : from;
}
