import * as fs from 'fs';
import * as path from 'path';
import { buildContextFor, explainAt, explainCommandLine, fileKindOf, isTooLargeToAnalyse, lintFile, parseDocument, pick, tooLargeNotice } from '../core';
import { MAX_FILE_BYTES, readBoundedText } from '../node/readBounded';
import { decodeFileBytes, refusalNotice } from '../core/documents/fileText';
import type { FileEncoding } from '../core/documents/fileText';
import type { FileKind, HoverResult, Language, ResolvedConfig } from '../core';
import { CliConfigs, corePath } from './config';
import { formatSarif } from './sarif';
import { parseArgs, parseCount, UsageError } from './args';
import { collectFiles, positionArgs, readOneSourceFile, readSourceFile } from './files';
import { inert, inertLines } from './inert';
import { formatJson, formatStylish } from './format';
import { CliComposeProjects, cliReadScope } from './composeProjects';
import { composeConfig } from './composeConfig';
import type { FileResult, Incomplete } from './format';
import { formatCheckstyle } from './formats/checkstyle';
import { formatJunit } from './formats/junit';
import { formatGitlab } from './formats/gitlab';
import { formatGithub } from './formats/github';
import { fixFile, fixModeOf } from './fixFiles';
import { explainDockerError } from '../core/explain/errors/explainError';
import { readErrorWorkspace } from './errorWorkspace';
import { INIT_USAGE, runInit } from './init';
import { printConfig } from './printConfig';
import { runDefinition, runSymbols } from './navigate';
import { runComplete } from './complete';
import { displayPath } from './displayPath';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  isTTY: boolean;
}

const VERSION = '0.1.0';

const USAGE = `사용법:
  docker-explain lint [--format stylish|json|sarif|checkstyle|junit|gitlab|github] [--config FILE] [--max-warnings N]
                     [--no-inline-config] [--fix | --fix-dry-run] PATH…
      폴더는 .gitignore가 빼는 파일을 건너뛰어요. --no-inline-config는 파일 안의 끄기 주석
      (docker-explain-disable, hadolint ignore, BuildKit # check=skip)을 따르지 않아요.
  docker-explain lint [--stdin-filename NAME] -
      표준 입력을 검사해요. NAME으로 파일 종류와 설정 폴더를 정해요(없으면 Dockerfile).
      --fix는 안전한 고침(Docker의 결과가 그대로인 것)만 파일에 쓰고 남은 문제를 보여 줘요.
      --fix-dry-run은 쓰지 않고 바뀔 내용을 unified diff로 보여 줘요.
  docker-explain lint --print-config FILE [--config FILE] [--format json]
      FILE에 적용되는 설정과, 값마다 그 값을 정한 파일과 줄을 보여 줘요.
  docker-explain explain FILE --line L --column C [--format markdown|json]
  docker-explain explain --command "docker run …" [--format markdown|json]
  docker-explain explain --error "Docker가 출력한 오류" [--format markdown|json]
      오류 메시지를 한국어로 설명해요. 현재 폴더의 Dockerfile, Compose 파일,
      .dockerignore에서 원인이 적힌 곳도 찾아요. --error - 는 표준 입력을 읽어요.
      알아본 메시지면 0, 모르는 메시지면 1로 끝나요.
  docker-explain complete FILE --line L --column C [--format json]
      그 자리의 자동 완성 목록을 JSON으로 보여 줘요(줄과 칸은 1부터 세요):
      {"items":[{"label","kind","detail","documentation","insertText"}]}
${INIT_USAGE.replace(/^사용법:\n/, '')}  docker-explain compose config PATH… [--profile P]… [--format yaml|json]
  docker-explain symbols FILE [--format text|json]
      Dockerfile이나 Compose 파일의 개요(스테이지와 명령어, 서비스·볼륨·네트워크)를 보여 줘요.
  docker-explain definition FILE --line L --column C [--format text|json]
      그 위치에 쓰인 이름(스테이지, 변수, 서비스, 볼륨…)의 정의를 찾아요. Compose는 프로젝트 전체에서 찾아요.
  docker-explain lsp --stdio
      Language Server로 실행해요(Neovim, Helix 같은 편집기가 실행해요).

종료 코드 (lint): 0 문제 없음, 1 오류가 있거나 경고가 --max-warnings보다 많음,
  2 사용법 오류, 읽지 못한 파일, 설정 파일 오류 (검사를 다 하지 못했어요).
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return runLint(rest, io);
      case 'compose':
        return runCompose(rest, io);
      case 'init':
        return runInit(rest, io);
      case 'explain':
        return runExplain(rest, io);
      case 'symbols':
        return runSymbols(rest, io);
      case 'definition':
        return runDefinition(rest, io);
      case 'complete':
        return runComplete(rest, io, languageFrom);
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
      io.stderr.write(`docker-explain: ${inert(err.message)}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}

function languageFrom(value: string | undefined): Language {
  if (value === undefined) return 'ko';
  if (value === 'ko' || value === 'en') return value;
  throw new UsageError('--lang은 ko 또는 en이어야 해요.');
}

const LINT_FORMATS = ['stylish', 'json', 'sarif', 'checkstyle', 'junit', 'gitlab', 'github'];

/** The lint report in the chosen format, ending with a line break (nothing for GitHub annotations when there is no finding). */
function formatReport(format: string, results: FileResult[], o: { language: Language; isTTY: boolean; incomplete: Incomplete }): string {
  const cwd = process.cwd();
  switch (format) {
    case 'json':
      return formatJson(results) + '\n';
    case 'sarif':
      return formatSarif(results, { language: o.language, cwd: corePath(cwd), version: VERSION }) + '\n';
    case 'checkstyle':
      return formatCheckstyle(results) + '\n';
    case 'junit':
      return formatJunit(results) + '\n';
    case 'gitlab':
      return formatGitlab(results, cwd) + '\n';
    case 'github': {
      const text = formatGithub(results, cwd);
      return text ? text + '\n' : '';
    }
    default:
      return formatStylish(results, o.isTTY, o.incomplete, corePath(cwd));
  }
}

function runCompose(argv: string[], io: CliIo): number {
  const [sub, ...rest] = argv;
  if (sub !== 'config') throw new UsageError(sub ? `알 수 없는 compose 명령이에요: ${sub}. \`compose config\`를 써요.` : '`compose config PATH`처럼 써요.');
  const args = parseArgs(rest, ['format'], ['profile']);
  const format = args.flags.get('format') ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new UsageError(`--format은 yaml 또는 json이어야 해요: ${format}`);
  if (args.positionals.length === 0) throw new UsageError('Compose 파일이나 폴더를 주세요.');
  io.stdout.write(composeConfig({ paths: args.positionals, profiles: args.lists.get('profile') ?? [], format }) + '\n');
  return 0;
}

function runLint(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['format', 'config', 'max-warnings', 'lang', 'print-config', 'stdin-filename'], [], ['no-inline-config', 'fix', 'fix-dry-run']);
  const printed = args.flags.get('print-config');
  if (printed !== undefined) return runPrintConfig(printed, args, io);
  const format = args.flags.get('format') ?? 'stylish';
  if (!LINT_FORMATS.includes(format)) throw new UsageError(`--format은 ${LINT_FORMATS.join(', ')} 중 하나여야 해요: ${format}`);
  const maxWarnings = parseCount(args.flags.get('max-warnings'), '--max-warnings', 0) ?? -1;
  if (args.positionals.length === 0) throw new UsageError('검사할 파일이나 폴더를 주세요.');
  const langFlag = args.flags.get('lang');
  const language = languageFrom(langFlag);
  const configPath = args.flags.get('config');
  if (configPath === '') throw new UsageError('--config에 빈 값을 줬어요. 설정 파일의 경로를 주세요.');
  const configs = new CliConfigs(configPath);
  let configBroken = false;
  const reportConfigProblems = (config: ResolvedConfig) => {
    for (const p of configs.takeNewProblems(config)) {
      if (p.severity === 'error') configBroken = true;
      const label = p.severity === 'error' ? '설정 오류' : '설정 경고';
      io.stderr.write(`docker-explain: ${inert(displayPath(p.file))}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${label}: ${inert(pick(p.message, language))}\n`);
    }
  };

  const stdin = stdinSource(args.positionals, args.flags.get('stdin-filename'));
  const { files, problems, skipped } = stdin ? { files: [stdin.file], problems: [], skipped: [] } : collectFiles(args.positionals);
  const inlineConfig = !args.booleans.has('no-inline-config');
  const fixMode = fixModeOf(args.booleans, stdin !== undefined);
  const fixes = { files: 0, applied: 0, diffs: [] as string[] };
  const composeProjects = new CliComposeProjects();
  const results: FileResult[] = [];
  // `--fix` on a Compose set: a file linted before another file of its set was written read that
  // file's old lines (`compose.yaml 줄 5` when the fix moved it to 4); it is linted again at the end.
  const written: string[] = [];
  const relints: { result: FileResult; after: number; files: ReadonlySet<string>; lint: () => FileResult['diagnostics'] }[] = [];
  for (const file of files) {
    const kind = fileKindOf(file);
    if (!kind) {
      problems.push({ path: file, message: 'Dockerfile, Compose 파일, 셸 스크립트, Markdown 중 어느 것으로도 보이지 않아요.' });
      continue;
    }
    const read = stdin ? readStdinSource(kind, language) : readSourceFile(file, kind, language);
    if ('problem' in read) {
      problems.push({ path: stdin ? stdin.label : file, message: read.problem });
      continue;
    }
    const text = read.text;
    if (isTooLargeToAnalyse(text.length)) {
      problems.push({ path: stdin ? stdin.label : file, message: tooLargeNotice(text.length, language) });
      continue;
    }
    // One file's failure is that file's problem: the others are still linted, and the run ends with exit 2.
    try {
      const config = configs.forFile(file);
      reportConfigProblems(config);
      // The --lang flag, when given, is the user's explicit choice for this run; otherwise the file's `language`.
      const effective = langFlag === undefined ? config : { ...config, language: undefined };
      const path = corePath(file);
      const doc = kind === 'compose' ? composeProjects.parse(path, text) : parseDocument(text, kind);
      const project = kind === 'compose' ? composeProjects.viewFor(path, config) : undefined;
      // A Dockerfile's `.dockerignore` (copy-ignored-file), read through the bounded reader; a refused one counts as absent.
      const dockerignoreScope = kind === 'dockerfile' ? cliReadScope(path) : undefined;
      const buildContext = dockerignoreScope ? buildContextFor(file, (p) => (dockerignoreScope.allows(corePath(p)) ? textOrUndefined(readBoundedText(p)) : undefined)) : undefined;
      const lint = { path, doc, config: effective, language, project, buildContext, inlineConfig };
      const result = lintFile(lint);
      if (result.ignored) continue;
      const label = stdin ? stdin.label : file;
      let diagnostics = result.diagnostics;
      if (fixMode) {
        const outcome = fixFile({ file, label, lint, diagnostics, mode: fixMode, encoding: read.encoding });
        diagnostics = outcome.diagnostics;
        if (outcome.note) io.stderr.write(`docker-explain: ${inert(label)}: ${inert(outcome.note)}\n`);
        if (outcome.problem) problems.push({ path: label, message: outcome.problem });
        if (outcome.written !== undefined && kind === 'compose') {
          composeProjects.fileChanged(path, outcome.written);
          written.push(path);
        }
        if (outcome.applied > 0) {
          fixes.files++;
          fixes.applied += outcome.applied;
          if (outcome.diff) fixes.diffs.push(outcome.diff);
        }
      }
      const fileResult = { file: label, diagnostics };
      results.push(fileResult);
      if (fixMode === 'write' && project) {
        const files = new Set(project.project.files.map((f) => f.path));
        relints.push({ result: fileResult, after: written.length, files, lint: () => lintFile({ ...lint, doc: composeProjects.parse(path, composeProjects.textOf(path) ?? doc.text), project: composeProjects.viewFor(path, config) }).diagnostics });
      }
    } catch (err) {
      problems.push({ path: file, message: `${internalErrorNotice(err)} 다른 파일은 그대로 검사했어요.` });
    }
  }
  for (const r of relints) if (written.slice(r.after).some((p) => r.files.has(p))) r.result.diagnostics = r.lint();
  for (const s of skipped) io.stderr.write(`docker-explain: ${inert(s.path)}: ${inert(s.message)}\n`);
  for (const p of problems) io.stderr.write(`docker-explain: ${inert(p.path)}: ${inert(p.message)}\n`);
  const incomplete = problems.length > 0 || configBroken;
  if (fixMode === 'diff') {
    io.stdout.write(fixes.diffs.join(''));
    io.stderr.write(fixes.applied ? `docker-explain: 고칠 수 있는 문제 ${fixes.applied}개 (파일 ${fixes.files}개). --fix로 적용해요.\n` : 'docker-explain: 고칠 수 있는 문제가 없어요.\n');
  } else {
    if (fixMode === 'write') io.stderr.write(fixes.applied ? `docker-explain: 파일 ${fixes.files}개에서 문제 ${fixes.applied}개를 고쳤어요. 남은 문제는 아래에 있어요.\n` : 'docker-explain: 고친 문제가 없어요.\n');
    io.stdout.write(formatReport(format, results, { language, isTTY: io.isTTY, incomplete: { unchecked: problems.length, configBroken } }));
  }
  if (incomplete) return 2;
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

/** `lint --print-config FILE`: the effective config of FILE with the origin of every value. */
function runPrintConfig(file: string, args: ReturnType<typeof parseArgs>, io: CliIo): number {
  if (file === '') throw new UsageError('--print-config에 파일 경로를 주세요.');
  if (args.positionals.length) throw new UsageError('--print-config에는 FILE 하나만 주세요. 다른 경로는 받지 않아요.');
  const format = args.flags.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--print-config의 --format은 json만 돼요: ${format}`);
  const configPath = args.flags.get('config');
  if (configPath === '') throw new UsageError('--config에 빈 값을 줬어요. 설정 파일의 경로를 주세요.');
  const config = new CliConfigs(configPath).forFile(file);
  return printConfig(io, { file, config, format, language: languageFrom(args.flags.get('lang')), cwd: process.cwd() });
}

/**
 * `lint -`: the text comes from standard input. `--stdin-filename` names it: its name says the
 * kind of file, its folder where the team config is looked up, and reports show it. Without
 * it the text is a Dockerfile in the current folder (as `hadolint -` reads it), shown as ‘<stdin>’.
 */
function stdinSource(positionals: string[], name: string | undefined): { file: string; label: string } | undefined {
  if (!positionals.includes('-')) {
    if (name !== undefined) throw new UsageError('--stdin-filename은 경로 대신 -(표준 입력)를 줄 때만 써요.');
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('-(표준 입력)는 다른 파일이나 폴더와 함께 줄 수 없어요.');
  if (name === undefined) return { file: 'Dockerfile', label: '<stdin>' };
  if (name === '' || !fileKindOf(path.basename(name))) {
    throw new UsageError(`--stdin-filename의 이름으로 파일 종류를 알 수 없어요: ${JSON.stringify(name)}. Dockerfile, compose.yaml처럼 주세요.`);
  }
  return { file: name, label: name };
}

/** Standard input read whole, bounded like a file on disk, and decoded by its byte order mark like one. */
function readStdinSource(kind: FileKind, language: Language): { text: string; encoding: FileEncoding } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(0);
  } catch {
    return { problem: language === 'ko' ? '표준 입력을 읽지 못했어요.' : 'Could not read standard input.' };
  }
  if (bytes.length > MAX_FILE_BYTES) return { problem: refusalNotice({ reason: 'too-large', size: bytes.length }, language) };
  const decoded = decodeFileBytes(bytes, kind === 'compose' ? 'decode' : 'refuse');
  return decoded.ok ? { text: decoded.text, encoding: decoded.encoding } : { problem: refusalNotice(decoded.refusal, language) };
}

/** A file the CLI could not check because the checker itself failed on it (a bug to report, not the file's fault). */
function internalErrorNotice(err: unknown): string {
  const what = err instanceof RangeError && /call stack/i.test(err.message) ? '파일 구조가 너무 깊어서' : '예상하지 못한 내부 오류로';
  return `${what} 이 파일을 검사하지 못했어요 (${err instanceof Error ? err.message : String(err)}).`;
}

function runExplain(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['line', 'column', 'format', 'command', 'error', 'lang']);
  const format = args.flags.get('format') ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format은 markdown 또는 json이어야 해요: ${format}`);
  const language = languageFrom(args.flags.get('lang'));
  const errorText = args.flags.get('error');
  if (errorText !== undefined) {
    if (args.positionals.length || args.flags.has('command') || args.flags.has('line') || args.flags.has('column')) {
      throw new UsageError('--error에는 FILE, --command, --line, --column을 함께 쓰지 않아요.');
    }
    return explainError(errorText === '-' ? readStdin() : errorText, format, language, io);
  }
  let result: HoverResult | null;
  const command = args.flags.get('command');
  if (command !== undefined) {
    if (args.positionals.length) throw new UsageError('--command와 FILE은 함께 쓸 수 없어요.');
    if (args.flags.has('line') || args.flags.has('column')) throw new UsageError('--command에는 --line과 --column을 쓰지 않아요. 명령 전체를 설명해요.');
    result = explainCommandLine(command, { language });
  } else {
    const [file] = args.positionals;
    if (!file || args.positionals.length > 1) throw new UsageError('설명할 파일 하나를 주세요.');
    const position = positionArgs(args);
    const read = readOneSourceFile(file, language, io);
    if (!read) return 2;
    try {
      result = explainAt(parseDocument(read.text, read.kind), position, { language });
    } catch (err) {
      io.stderr.write(`docker-explain: ${inert(file)}: ${inert(internalErrorNotice(err))}\n`);
      return 2;
    }
  }
  if (format === 'json') {
    io.stdout.write(JSON.stringify(result && { markdown: result.markdown, range: toOneBased(result.range), topics: result.topics, sources: result.sources }) + '\n');
  } else if (result) {
    io.stdout.write(inertLines(result.markdown) + '\n');
  }
  return 0;
}

function toOneBased(range: HoverResult['range']) {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** Most of standard input `--error -` reads: a long build log, cut to its end where the error is. */
const MAX_STDIN_CHARS = 2_000_000;

function readStdin(): string {
  let text: string;
  try {
    text = fs.readFileSync(0, 'utf8');
  } catch {
    throw new UsageError('표준 입력을 읽지 못했어요.');
  }
  return text.length > MAX_STDIN_CHARS ? text.slice(-MAX_STDIN_CHARS) : text;
}

/** `explain --error`: 0 with the explanation, 1 when the text holds no message we know. */
function explainError(text: string, format: string, language: Language, io: CliIo): number {
  if (text.trim() === '') throw new UsageError('--error에 설명할 오류 메시지를 주세요.');
  const result = explainDockerError(text, { language, files: readErrorWorkspace(process.cwd()) });
  if (format === 'json') {
    io.stdout.write(
      JSON.stringify({
        error: result?.error ?? null,
        title: result?.title ?? null,
        markdown: result?.markdown ?? null,
        sources: result?.sources ?? [],
        locations: (result?.locations ?? []).map((l) => ({ file: l.file, line: l.range.start.line + 1, column: l.range.start.character + 1 })),
      }) + '\n',
    );
  } else if (result) {
    io.stdout.write(inertLines(result.markdown) + '\n');
  } else {
    io.stderr.write('docker-explain: 아는 Docker 오류 메시지를 찾지 못했어요. Docker가 출력한 줄을 그대로 붙여 넣으세요.\n');
  }
  return result ? 0 : 1;
}

function textOrUndefined(read: ReturnType<typeof readBoundedText>): string | undefined {
  return typeof read === 'string' && !isTooLargeToAnalyse(read.length) ? read : undefined;
}
