import * as path from 'path';
import { completeAt, parseDocument } from '../core';
import type { Language } from '../core';
import { parseDotEnv } from '../core/compose/dotEnv';
import { parseArgs, UsageError } from './args';
import { readText } from './composeProjects';
import { positionArgs, readOneSourceFile } from './files';
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
  const position = positionArgs(args);
  const read = readOneSourceFile(file, lang, io);
  if (!read) return 2;
  const envNames = read.kind === 'compose' ? dotEnvNames(path.join(path.dirname(file), '.env')) : undefined;
  const list = completeAt(parseDocument(read.text, read.kind), position, { language: lang, envNames });
  const items = list.items.map((i) => ({ label: i.label, kind: i.kind, detail: i.detail, documentation: i.documentation, insertText: i.insertText }));
  io.stdout.write(`${JSON.stringify({ items })}\n`);
  return 0;
}

/**
 * The names of a Compose project's `.env`, or none when it cannot be read. Through the bounded
 * reader: a `.env` that is a FIFO or a device must not hang the command.
 */
function dotEnvNames(file: string): string[] | undefined {
  const text = readText(file);
  return text === undefined ? undefined : [...parseDotEnv(text).keys()];
}
