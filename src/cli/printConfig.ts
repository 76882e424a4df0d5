import { effectiveRules, fileKindOf, isFileIgnored, isHadolintConfigPath, pick, translateHadolintConfig } from '../core';
import type { EffectiveRule, ImportNote, Language, ResolvedConfig, SettingOrigin } from '../core';
import { allRules } from '../core/lint/rules';
import { fill } from '../core/types';
import { readConfigFile } from '../node/readBounded';
import type { CliIo } from './run';
import { inert } from './inert';
import { displayPath } from './displayPath';

// `docker-explain lint --print-config FILE`: the config that FILE obeys and, for every value,
// the file and line that set it (a preset named in `extends`, a `.docker-explain.json` entry, a
// `.hadolint.yaml` code, or the rule's own default). The origins come from the core resolver
// (lint/config/origin.ts), the same one the editor uses. Lines are printed 1-based.

export interface PrintConfigOptions {
  file: string;
  config: ResolvedConfig;
  format: 'text' | 'json';
  language: Language;
  cwd: string;
}

export function printConfig(io: CliIo, options: PrintConfigOptions): number {
  const { config, cwd, language } = options;
  const kind = fileKindOf(options.file);
  const rules = effectiveRules(config, kind ? allRules.filter((r) => r.meta.kinds.includes(kind)) : allRules);
  const ignored = isFileIgnored(config, options.file.replace(/\\/g, '/'));
  const notes = hadolintNotes(config);
  const where = (o: SettingOrigin | undefined) => (o && o.file !== undefined ? { file: displayPath(o.file, cwd), line: (o.line ?? 0) + 1 } : {});
  if (options.format === 'json') {
    const json = {
      file: options.file,
      kind: kind ?? null,
      ignored,
      configFiles: config.files.map((f) => displayPath(f, cwd)),
      language: config.language ?? null,
      languageOrigin: config.languageOrigin ? { kind: config.languageOrigin.kind, ...where(config.languageOrigin) } : null,
      rules: Object.fromEntries(
        rules.map((r) => [
          r.id,
          {
            severity: r.severity,
            options: r.options,
            origin: { kind: r.origin.kind, ...where(r.origin), ...(r.origin.detail ? { detail: r.origin.detail } : {}) },
            ...(r.optionsOrigin ? { optionsOrigin: { kind: r.optionsOrigin.kind, ...where(r.optionsOrigin) } } : {}),
          },
        ]),
      ),
      ignore: config.ignore.map((p) => ({ pattern: p.pattern, ...(p.origin ? { file: displayPath(p.origin.file, cwd), line: p.origin.line + 1 } : {}) })),
      compose: config.compose ? { ...config.compose, origin: where(config.composeOrigin) } : null,
      problems: config.problems.map((p) => ({ file: displayPath(p.file, cwd), line: p.range.start.line + 1, column: p.range.start.character + 1, severity: p.severity, message: pick(p.message, language) })),
      notes: notes.map((n) => ({ file: displayPath(n.file, cwd), line: n.line + 1, key: n.key, message: pick(n.message, language) })),
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const ko = language === 'ko';
  const out: string[] = [];
  out.push(ko ? `파일: ${options.file}${kind ? ` (${kind})` : ''}` : `File: ${options.file}${kind ? ` (${kind})` : ''}`);
  if (config.files.length === 0) out.push(ko ? '설정 파일: 없음. 규칙마다 기본 심각도로 검사해요.' : 'Config files: none; every rule has its default severity.');
  else out.push((ko ? '설정 파일(가까운 것부터): ' : 'Config files (nearest first): ') + config.files.map((f) => displayPath(f, cwd)).join(', '));
  if (ignored) out.push(ko ? '이 파일은 설정의 ‘ignore’에 걸려서 검사하지 않아요.' : "This file is excluded by the config's ‘ignore’.");
  if (config.language) out.push(`language: ${config.language} ← ${originText(config.languageOrigin, cwd, ko)}`);
  out.push(ko ? '규칙:' : 'Rules:');
  const width = Math.max(...rules.map((r) => r.id.length), 4);
  for (const r of rules) out.push(`  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ← ${originText(r.origin, cwd, ko)}${optionsText(r, cwd, ko)}`);
  if (config.ignore.length) {
    out.push('ignore:');
    for (const p of config.ignore) out.push(`  ${p.pattern}${p.origin ? `  ← ${displayPath(p.origin.file, cwd)}:${p.origin.line + 1}` : ''}`);
  }
  if (config.compose) out.push(`compose: ${JSON.stringify({ files: config.compose.files.map((set) => set.map((f) => displayPath(f, cwd))), profiles: config.compose.profiles, ...(config.compose.projectName ? { projectName: config.compose.projectName } : {}) })} ← ${originText(config.composeOrigin, cwd, ko)}`);
  if (config.problems.length) {
    out.push(ko ? '설정 문제:' : 'Config problems:');
    for (const p of config.problems) out.push(`  ${displayPath(p.file, cwd)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${pick(p.message, language)}`);
  }
  if (notes.length) {
    out.push(ko ? 'hadolint 설정에서 옮기지 않았거나 달라지는 것:' : 'hadolint settings not carried over or changed:');
    for (const n of notes) out.push(`  ${displayPath(n.file, cwd)}:${n.line + 1} ${n.key}: ${pick(n.message, language)}`);
  }
  io.stdout.write(out.map(inert).join('\n') + '\n');
  return 0;
}

function originText(origin: SettingOrigin | undefined, cwd: string, ko: boolean): string {
  if (!origin || origin.kind === 'default') return ko ? '규칙의 기본값' : "the rule's default";
  const at = origin.file !== undefined ? `${displayPath(origin.file, cwd)}:${(origin.line ?? 0) + 1}` : '';
  switch (origin.kind) {
    case 'preset':
      return ko ? fill('프리셋 {preset} ({at}의 extends)', { preset: origin.detail ?? '', at }) : `preset ${origin.detail ?? ''} (extends at ${at})`;
    case 'hadolint':
      return origin.detail ? `${at} (hadolint ${origin.detail})` : `${at} (hadolint)`;
    default:
      return at;
  }
}

function optionsText(rule: EffectiveRule, cwd: string, ko: boolean): string {
  if (Object.keys(rule.options).length === 0) return '';
  const from = rule.optionsOrigin ? ` ← ${originText(rule.optionsOrigin, cwd, ko)}` : '';
  return `  ${ko ? '옵션' : 'options'} ${JSON.stringify(rule.options)}${from}`;
}

/** What a `.hadolint.yaml` in use says that had no equivalent (read again: the resolver keeps only settings). */
function hadolintNotes(config: ResolvedConfig): (ImportNote & { file: string })[] {
  const out: (ImportNote & { file: string })[] = [];
  for (const file of config.files) {
    if (!isHadolintConfigPath(file)) continue;
    const text = readConfigFile(file);
    if (typeof text !== 'string') continue;
    for (const n of translateHadolintConfig(text, file, allRules).notes) out.push({ ...n, file });
  }
  return out;
}

