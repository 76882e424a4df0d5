import * as fs from 'fs';
import { explainAt, fileKindOf, lintDocument, parseDocument } from '../core';
import type { HoverResult, Language, LintDiagnostic } from '../core';
import { parseArgs, UsageError } from './args';
import { collectFiles, describeIoError } from './files';
import { formatJson, formatStylish } from './format';
import type { FileResult } from './format';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  isTTY: boolean;
}

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
        io.stdout.write('0.1.0\n');
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
  const language = languageFrom(args.flags.get('lang'));

  const { files, problems } = collectFiles(args.positionals);
  const results: FileResult[] = [];
  for (const file of files) {
    const kind = fileKindOf(file);
    if (!kind || (kind !== 'dockerfile' && kind !== 'compose')) {
      problems.push({ path: file, message: 'Dockerfile이나 Compose 파일로 보이지 않아요.' });
      continue;
    }
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      problems.push({ path: file, message: describeIoError(err) });
      continue;
    }
    const diagnostics: LintDiagnostic[] = lintDocument(parseDocument(text, kind), { language });
    results.push({ file, diagnostics });
  }
  for (const p of problems) io.stderr.write(`docker-explain: ${p.path}: ${p.message}\n`);
  if (format === 'json') io.stdout.write(formatJson(results) + '\n');
  else io.stdout.write(formatStylish(results, io.isTTY));
  if (problems.length) return 2;
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
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
    const doc = parseDocument(command, 'shell');
    const start = command.search(/\S/);
    result = explainAt(doc, { line: 0, character: Math.max(0, start) }, { language });
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
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      io.stderr.write(`docker-explain: ${file}: ${describeIoError(err)}\n`);
      return 2;
    }
    result = explainAt(parseDocument(text, kind), { line: line - 1, character: column - 1 }, { language });
  }
  if (format === 'json') {
    io.stdout.write(JSON.stringify(result && { markdown: result.markdown, range: toOneBased(result.range), topics: result.topics }) + '\n');
  } else if (result) {
    io.stdout.write(result.markdown + '\n');
  }
  return 0;
}

function toOneBased(range: HoverResult['range']) {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
