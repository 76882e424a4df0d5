import * as path from 'path';
import { explainAt, explainCommandLine, fileKindOf, isTooLargeToAnalyse, lintFile, parseDocument, pick, tooLargeNotice } from '../core';
import type { HoverResult, Language, ResolvedConfig } from '../core';
import { CliConfigs, corePath } from './config';
import { formatSarif } from './sarif';
import { parseArgs, UsageError } from './args';
import { collectFiles, describeIoError, readSourceFile } from './files';
import { formatJson, formatStylish } from './format';
import type { FileResult } from './format';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  isTTY: boolean;
}

const VERSION = '0.1.0';

const USAGE = `사용법:
  docker-explain lint [--format stylish|json|sarif] [--config FILE] [--max-warnings N] PATH…
  docker-explain explain FILE --line L --column C [--format markdown|json]
  docker-explain explain --command "docker run …" [--format markdown|json]
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return runLint(rest, io);
      case 'explain':
        return runExplain(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case '--version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      default:
        throw new UsageError(command ? `알 수 없는 명령이에요: ${command}` : '명령을 주세요.');
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`docker-explain: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

function languageFrom(value: string | true | undefined): Language {
  if (value === undefined) return 'ko';
  if (value === 'ko' || value === 'en') return value;
  throw new UsageError('--lang은 ko 또는 en이어야 해요.');
}

function runLint(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['format', 'config', 'max-warnings', 'lang'], []);
  const format = (args.flags.get('format') as string | undefined) ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`--format은 stylish, json, sarif 중 하나여야 해요: ${format}`);
  const maxWarningsText = args.flags.get('max-warnings') as string | undefined;
  const maxWarnings = maxWarningsText === undefined ? -1 : Number(maxWarningsText);
  if (maxWarningsText !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings는 0 이상의 정수여야 해요.');
  if (args.positionals.length === 0) throw new UsageError('검사할 파일이나 폴더를 주세요.');
  const langFlag = args.flags.get('lang');
  const language = languageFrom(langFlag);
  const configPath = args.flags.get('config') as string | undefined;
  const configs = new CliConfigs(configPath);
  let configBroken = false;
  const reportConfigProblems = (config: ResolvedConfig) => {
    for (const p of configs.takeNewProblems(config)) {
      if (p.severity === 'error') configBroken = true;
      const label = p.severity === 'error' ? '설정 오류' : '설정 경고';
      io.stderr.write(`docker-explain: ${displayPath(p.file)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${label}: ${pick(p.message, language)}\n`);
    }
  };

  const { files, problems } = collectFiles(args.positionals);
  const results: FileResult[] = [];
  for (const file of files) {
    const kind = fileKindOf(file);
    if (!kind) {
      problems.push({ path: file, message: 'Dockerfile, Compose 파일, 셸 스크립트, Markdown 중 어느 것으로도 보이지 않아요.' });
      continue;
    }
    let text: string;
    try {
      text = readSourceFile(file);
    } catch (err) {
      problems.push({ path: file, message: describeIoError(err) });
      continue;
    }
    if (isTooLargeToAnalyse(text.length)) {
      problems.push({ path: file, message: tooLargeNotice(text.length, language) });
      continue;
    }
    const config = configs.forFile(file);
    reportConfigProblems(config);
    // The --lang flag, when given, is the user's explicit choice for this run; otherwise the file's `language`.
    const effective = langFlag === undefined ? config : { ...config, language: undefined };
    const result = lintFile({ path: corePath(file), doc: parseDocument(text, kind), config: effective, language });
    if (result.ignored) continue;
    results.push({ file, diagnostics: result.diagnostics });
  }
  for (const p of problems) io.stderr.write(`docker-explain: ${p.path}: ${p.message}\n`);
  if (format === 'json') io.stdout.write(formatJson(results) + '\n');
  else if (format === 'sarif') io.stdout.write(formatSarif(results, { language, cwd: corePath(process.cwd()), version: VERSION }) + '\n');
  else io.stdout.write(formatStylish(results, io.isTTY));
  if (problems.length || configBroken) return 2;
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

/** Config paths are absolute inside the core; print them relative to where the CLI runs. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function runExplain(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['line', 'column', 'format', 'command', 'lang'], []);
  const format = (args.flags.get('format') as string | undefined) ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format은 markdown 또는 json이어야 해요: ${format}`);
  const language = languageFrom(args.flags.get('lang'));
  let result: HoverResult | null;
  const command = args.flags.get('command');
  if (typeof command === 'string') {
    if (args.positionals.length) throw new UsageError('--command와 FILE은 함께 쓸 수 없어요.');
    result = explainCommandLine(command, { language });
  } else {
    const [file] = args.positionals;
    if (!file || args.positionals.length > 1) throw new UsageError('설명할 파일 하나를 주세요.');
    const line = Number(args.flags.get('line'));
    const column = Number(args.flags.get('column'));
    if (!Number.isInteger(line) || line < 1 || !Number.isInteger(column) || column < 1) throw new UsageError('--line과 --column은 1 이상의 정수여야 해요.');
    const kind = fileKindOf(file);
    if (!kind) throw new UsageError(`어떤 종류의 파일인지 모르겠어요: ${file}`);
    let text: string;
    try {
      text = readSourceFile(file);
    } catch (err) {
      io.stderr.write(`docker-explain: ${file}: ${describeIoError(err)}\n`);
      return 2;
    }
    if (isTooLargeToAnalyse(text.length)) {
      io.stderr.write(`docker-explain: ${file}: ${tooLargeNotice(text.length, language)}\n`);
      return 2;
    }
    result = explainAt(parseDocument(text, kind), { line: line - 1, character: column - 1 }, { language });
  }
  if (format === 'json') {
    io.stdout.write(JSON.stringify(result && { markdown: result.markdown, range: toOneBased(result.range), topics: result.topics, sources: result.sources }) + '\n');
  } else if (result) {
    io.stdout.write(result.markdown + '\n');
  }
  return 0;
}

function toOneBased(range: HoverResult['range']) {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
