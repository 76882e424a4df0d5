import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, HADOLINT_CONFIG_NAMES, translateHadolintConfig } from '../core';
import type { ConfigTranslation, ImportNote, SettingOrigin } from '../core';
import type { RuleSettings } from '../core/lint/types';
import { allRules } from '../core/lint/rules';
import { DCLINT_CODE_CONFIG_NAMES, DCLINT_CONFIG_NAMES, translateDclintConfig } from '../core/lint/config/dclintConfig';
import { refusalMessage, isRefused } from '../core/documents/fileText';
import { fill } from '../core/types';
import { readConfigFile } from '../node/readBounded';
import { UsageError } from './args';
import type { CliIo } from './run';
import { inert } from './inert';
import { displayPath } from './displayPath';

// `docker-explain init [--force] [--from-hadolint [PATH]] [--from-dclint [PATH]]`: writes a
// `.docker-explain.json` with `$schema` and the recommended preset in the current folder, and
// carries over what a hadolint or dclint config says through each rule's `equivalents`. It never
// replaces an existing file without `--force`, and it says in Korean what had no equivalent.

/**
 * Where the schema of the config lives for editors that read `$schema`. It ships in the npm
 * package and the .vsix (schemas/); this URL is the repository's copy (package.json
 * `repository`; a unit test keeps the two in step).
 */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/docker-explain/docker-explain/main/schemas/docker-explain.schema.json';

export const INIT_USAGE = `사용법:
  docker-explain init [--force] [--from-hadolint [PATH]] [--from-dclint [PATH]]
      현재 폴더에 .docker-explain.json을 만들어요($schema, 프리셋 docker-explain:recommended).
      --from-hadolint  .hadolint.yaml(PATH를 안 주면 현재 폴더의 .hadolint.yaml, .hadolint.yml)을 옮겨요.
      --from-dclint    dclint 설정(PATH를 안 주면 현재 폴더의 package.json "dclint", .dclintrc 등)을 옮겨요.
      --force          있는 .docker-explain.json을 덮어써요.
`;

interface InitArgs {
  force: boolean;
  hadolint?: { path?: string };
  dclint?: { path?: string };
}

function parseInitArgs(argv: string[]): InitArgs {
  const args: InitArgs = { force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    // The path after --from-… is optional: the next word is taken unless it is another flag.
    const optionalPath = () => {
      if (inline !== undefined) {
        if (inline === '') throw new UsageError(fill('{flag}에 빈 경로를 줬어요.', { flag }));
        return inline;
      }
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        i++;
        return next;
      }
      return undefined;
    };
    switch (flag) {
      case '--force':
        if (inline !== undefined) throw new UsageError('--force에는 값을 주지 않아요.');
        args.force = true;
        break;
      case '--from-hadolint':
        if (args.hadolint) throw new UsageError(fill('{flag}을/를 두 번 이상 줬어요. 한 번만 주세요.', { flag }));
        args.hadolint = { path: optionalPath() };
        break;
      case '--from-dclint':
        if (args.dclint) throw new UsageError(fill('{flag}을/를 두 번 이상 줬어요. 한 번만 주세요.', { flag }));
        args.dclint = { path: optionalPath() };
        break;
      default:
        throw new UsageError(arg.startsWith('-') ? `알 수 없는 옵션이에요: ${arg}` : `init에는 경로를 주지 않아요: ${arg}. 설정 파일은 현재 폴더에 만들어요.`);
    }
  }
  return args;
}

/** One imported source: its file, what it translated to, and what it could not carry. */
interface Imported {
  file: string;
  tool: 'hadolint' | 'dclint';
  translation: ConfigTranslation & { ignore?: string[] };
}

/** Said when the config exists and --force is not given. */
const EXISTS = fill('{file}이/가 이미 있어서 덮어쓰지 않았어요. 바꾸려면 --force를 주세요.', { file: CONFIG_FILE_NAME });

export function runInit(argv: string[], io: CliIo, cwd = process.cwd()): number {
  const args = parseInitArgs(argv);
  const target = path.join(cwd, CONFIG_FILE_NAME);
  if (!args.force && fs.existsSync(target)) {
    io.stderr.write(`docker-explain: ${EXISTS}\n`);
    return 2;
  }
  const imported: Imported[] = [];
  if (args.hadolint) {
    const file = args.hadolint.path ? path.resolve(cwd, args.hadolint.path) : HADOLINT_CONFIG_NAMES.map((n) => path.join(cwd, n)).find((p) => fs.existsSync(p));
    if (!file) throw new UsageError(`현재 폴더에 hadolint 설정 파일(${HADOLINT_CONFIG_NAMES.join(', ')})이 없어요. --from-hadolint PATH로 경로를 주세요.`);
    const text = readSource(file, io);
    if (text === undefined) return 2;
    imported.push({ file, tool: 'hadolint', translation: translateHadolintConfig(text, toCore(file), allRules) });
  }
  if (args.dclint) {
    const file = args.dclint.path ? path.resolve(cwd, args.dclint.path) : findDclintConfig(cwd);
    if (!file) {
      const code = DCLINT_CODE_CONFIG_NAMES.find((n) => fs.existsSync(path.join(cwd, n)));
      throw new UsageError(
        code
          ? `dclint 설정이 ‘${code}’ 파일에 있어요. JavaScript 설정은 실행해야 읽을 수 있어서 읽지 않아요. 같은 내용을 .dclintrc(JSON)로 옮긴 뒤 다시 해 보세요.`
          : `현재 폴더에서 dclint 설정(package.json의 "dclint", .dclintrc, .dclintrc.json, .dclintrc.yaml…)을 찾지 못했어요. --from-dclint PATH로 경로를 주세요.`,
      );
    }
    if (/\.(c|m)?[jt]s$/.test(file)) throw new UsageError(fill('{name}은/는 JavaScript 설정이라 실행해야 읽을 수 있어서 읽지 않아요. .dclintrc(JSON)로 옮긴 뒤 다시 해 보세요.', { name: path.basename(file) }));
    const text = readSource(file, io);
    if (text === undefined) return 2;
    imported.push({ file, tool: 'dclint', translation: translateDclintConfig(text, toCore(file), allRules) });
  }
  for (const { file, translation } of imported) {
    if (translation.problems.length === 0) continue;
    for (const p of translation.problems) io.stderr.write(`docker-explain: ${inert(displayPath(file, cwd))}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${inert(p.message.ko)}\n`);
  }
  if (imported.some((i) => i.translation.problems.length > 0)) {
    io.stderr.write(`docker-explain: ${fill('가져올 설정 파일에 잘못된 곳이 있어서 {file}을/를 만들지 않았어요. 고친 뒤 다시 해 보세요.', { file: CONFIG_FILE_NAME })}\n`);
    return 2;
  }

  const text = configText(imported, cwd);
  try {
    fs.writeFileSync(target, text, { encoding: 'utf8', flag: args.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr.write(code === 'EEXIST' ? `docker-explain: ${EXISTS}\n` : `docker-explain: ${fill('{file}을/를 쓰지 못했어요', { file: CONFIG_FILE_NAME })} (${inert(code ?? String(err))}).\n`);
    return 2;
  }
  io.stdout.write(summary(imported, cwd));
  return 0;
}

function readSource(file: string, io: CliIo): string | undefined {
  const read = readConfigFile(file);
  if (read === undefined) {
    io.stderr.write(`docker-explain: ${inert(file)}: 파일이 없어요.\n`);
    return undefined;
  }
  if (isRefused(read)) {
    io.stderr.write(`docker-explain: ${inert(file)}: ${refusalMessage(read.refused).ko}\n`);
    return undefined;
  }
  return read;
}

/** The first data file dclint's search would find in `cwd` (package.json counts only with a "dclint" key). */
function findDclintConfig(cwd: string): string | undefined {
  for (const name of DCLINT_CONFIG_NAMES) {
    const file = path.join(cwd, name);
    if (!fs.existsSync(file)) continue;
    if (name === 'package.json') {
      const read = readConfigFile(file);
      try {
        if (typeof read === 'string' && (JSON.parse(read) as Record<string, unknown>).dclint !== undefined) return file;
      } catch {
        // Not JSON: dclint would fail on it too; look further.
      }
      continue;
    }
    return file;
  }
  return undefined;
}

function toCore(file: string): string {
  return file.replace(/\\/g, '/');
}

/** The `.docker-explain.json` text: each carried-over rule with a comment saying where it came from. */
export function configText(imported: Imported[], cwd: string): string {
  const rules = new Map<string, { setting: RuleSettings; origin?: SettingOrigin; from: string }>();
  const ignore: string[] = [];
  for (const { file, translation } of imported) {
    for (const [id, setting] of Object.entries(translation.rules)) rules.set(id, { setting, origin: translation.origins[id]?.severity, from: displayPath(file, cwd) });
    for (const g of translation.ignore ?? []) if (!ignore.includes(g)) ignore.push(g);
  }
  const lines = ['{', `  "$schema": ${JSON.stringify(SCHEMA_URL)},`, '  "extends": ["docker-explain:recommended"],'];
  const entries = [...rules].sort(([a], [b]) => a.localeCompare(b));
  lines.push('  "rules": {');
  entries.forEach(([id, { setting, origin, from }], i) => {
    const where = origin?.line !== undefined ? `${from}:${origin.line + 1}` : from;
    lines.push(`    // ${where}${origin?.detail ? ` (${origin.detail})` : ''}`);
    const value = Object.keys(setting.options).length ? `[${JSON.stringify(setting.severity)}, ${JSON.stringify(setting.options)}]` : JSON.stringify(setting.severity);
    lines.push(`    ${JSON.stringify(id)}: ${value}${i < entries.length - 1 ? ',' : ''}`);
  });
  lines.push(ignore.length ? '  },' : '  }');
  if (ignore.length) lines.push(`  "ignore": ${JSON.stringify(ignore)}`);
  lines.push('}', '');
  return lines.join('\n');
}

function summary(imported: Imported[], cwd: string): string {
  const out = [fill('{file}을/를 만들었어요. 프리셋은 {preset}이에요/예요.', { file: CONFIG_FILE_NAME, preset: 'docker-explain:recommended' })];
  for (const { file, tool, translation } of imported) {
    const n = Object.keys(translation.rules).length;
    out.push(fill('{file}({tool})에서 규칙 설정 {n}개를 옮겼어요.', { file: displayPath(file, cwd), tool, n }));
    if (translation.ignore?.length) out.push(fill('  ‘exclude’를 ‘ignore’ 패턴 {n}개로 옮겼어요.', { n: translation.ignore.length }));
    const notes = dedupe(translation.notes);
    if (notes.length) {
      out.push('  옮기지 못했거나 달라지는 것:');
      for (const note of notes) out.push(`  - ${displayPath(file, cwd)}:${note.line + 1} ${note.key}: ${note.message.ko}`);
    }
  }
  return out.map(inert).join('\n') + '\n';
}

function dedupe(notes: ImportNote[]): ImportNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.line}\n${n.key}\n${n.message.ko}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
