import * as fs from 'fs';
import * as path from 'path';
import { completeAt, fileKindOf, isTooLargeToAnalyse, parseDocument, tooLargeNotice } from '../core';
import type { Language } from '../core';
import { parseDotEnv } from '../core/compose/interpolate';
import { parseArgs, parseCount, UsageError } from './args';
import { readSourceFile } from './files';
import { inert } from './inert';
import type { CliIo } from './run';

// `docker-explain complete FILE --line L --column C --format json`: the completion items of the
// editor at that place (1-based, like every other position the CLI prints or reads), for other
// editors' plugins and for tests. Each item: label, kind, detail, documentation (Markdown), insertText.

export function runComplete(argv: string[], io: CliIo, language: (value: string | undefined) => Language): number {
  const args = parseArgs(argv, ['line', 'column', 'format', 'lang']);
  const format = args.flags.get('format') ?? 'json';
  if (format !== 'json') throw new UsageError(`--format은 json이어야 해요: ${format}`);
  const lang = language(args.flags.get('lang'));
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('완성 목록을 볼 파일 하나를 주세요.');
  const line = parseCount(args.flags.get('line'), '--line', 1);
  const column = parseCount(args.flags.get('column'), '--column', 1);
  if (line === undefined || column === undefined) throw new UsageError('--line과 --column은 1 이상의 정수여야 해요.');
  const kind = fileKindOf(file);
  if (!kind) throw new UsageError(`어떤 종류의 파일인지 모르겠어요: ${file}`);
  const read = readSourceFile(file, kind, lang);
  if ('problem' in read) {
    io.stderr.write(`docker-explain: ${inert(file)}: ${inert(read.problem)}\n`);
    return 2;
  }
  if (isTooLargeToAnalyse(read.text.length)) {
    io.stderr.write(`docker-explain: ${inert(file)}: ${tooLargeNotice(read.text.length, lang)}\n`);
    return 2;
  }
  const envNames = kind === 'compose' ? dotEnvNames(path.join(path.dirname(file), '.env')) : undefined;
  const list = completeAt(parseDocument(read.text, kind), { line: line - 1, character: column - 1 }, { language: lang, envNames });
  const items = list.items.map((i) => ({ label: i.label, kind: i.kind, detail: i.detail, documentation: i.documentation, insertText: i.insertText }));
  io.stdout.write(`${JSON.stringify({ items })}\n`);
  return 0;
}

/** The names of a Compose project's `.env`, or none when it cannot be read. */
function dotEnvNames(file: string): string[] | undefined {
  try {
    return [...parseDotEnv(fs.readFileSync(file, 'utf8')).keys()];
  } catch {
    return undefined;
  }
}
