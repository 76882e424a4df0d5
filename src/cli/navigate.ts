import { loadProject, parseDocument } from '../core';
import type { Language, ParsedDocument } from '../core';
import { SymbolIndex, composeOutline, definitionsAt, dockerfileOutline, dockerfilesNamed, projectIndexFiles } from '../core/navigate';
import type { IndexedFile, OutlineSymbol } from '../core/navigate';
import { parseArgs, UsageError } from './args';
import { CliComposeProjects, cliReadScope, scopedReader } from './composeProjects';
import { CliConfigs, corePath } from './config';
import { positionArgs, readOneSourceFile } from './files';
import { inert } from './inert';
import type { CliIo } from './run';
import { displayPath } from './displayPath';

// `docker-explain symbols FILE` and `docker-explain definition FILE --line L --column C`: the
// editor's outline and go-to-definition from the same core (src/core/navigate), for scripts,
// tests and editors without our extension. Positions are 1-based here, like every linter's.

type Format = 'text' | 'json';

function formatOf(value: string | undefined): Format {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format은 text 또는 json이어야 해요: ${format}`);
  return format;
}

function readDocument(file: string, language: Language, io: CliIo): { doc: ParsedDocument; kind: 'dockerfile' | 'compose' } | undefined {
  const read = readOneSourceFile(file, language, io, ['dockerfile', 'compose']);
  return read && { doc: parseDocument(read.text, read.kind), kind: read.kind as 'dockerfile' | 'compose' };
}

export function runSymbols(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['format']);
  const format = formatOf(args.flags.get('format'));
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('개요를 볼 파일 하나를 주세요.');
  const read = readDocument(file, 'ko', io);
  if (!read) return 2;
  const symbols = read.doc.kind === 'dockerfile' ? dockerfileOutline(read.doc) : read.doc.kind === 'compose' ? composeOutline(read.doc) : [];
  if (format === 'json') io.stdout.write(JSON.stringify({ symbols: symbols.map(toJson) }) + '\n');
  else io.stdout.write(symbols.flatMap((s) => toLines(s, 0)).join('\n') + (symbols.length ? '\n' : ''));
  return 0;
}

interface JsonSymbol {
  name: string;
  kind: string;
  detail: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  children: JsonSymbol[];
}

function toJson(s: OutlineSymbol): JsonSymbol {
  return {
    name: s.name,
    kind: s.kind,
    detail: s.detail,
    line: s.selectionRange.start.line + 1,
    column: s.selectionRange.start.character + 1,
    endLine: s.range.end.line + 1,
    endColumn: s.range.end.character + 1,
    children: s.children.map(toJson),
  };
}

function toLines(s: OutlineSymbol, depth: number): string[] {
  const head = `${'  '.repeat(depth)}${s.selectionRange.start.line + 1}:${s.selectionRange.start.character + 1} ${s.kind} ${inert(s.name)}${s.detail ? ` (${inert(s.detail)})` : ''}`;
  return [head, ...s.children.flatMap((c) => toLines(c, depth + 1))];
}

export function runDefinition(argv: string[], io: CliIo): number {
  const args = parseArgs(argv, ['line', 'column', 'format']);
  const format = formatOf(args.flags.get('format'));
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('정의를 찾을 파일 하나를 주세요.');
  const position = positionArgs(args);
  const read = readDocument(file, 'ko', io);
  if (!read) return 2;
  const filePath = corePath(file);
  const index = indexFor(filePath, read.doc);
  const locations = definitionsAt(index, filePath, position).map((l) => ({
    file: displayPath(l.path),
    line: l.range.start.line + 1,
    column: l.range.start.character + 1,
  }));
  if (format === 'json') io.stdout.write(JSON.stringify({ locations }) + '\n');
  else io.stdout.write(locations.map((l) => `${inert(l.file)}:${l.line}:${l.column}\n`).join(''));
  return 0;
}

/** A Dockerfile alone; a Compose file with its project (its set, includes, extends files) and the Dockerfiles its build.target values name. */
function indexFor(filePath: string, doc: ParsedDocument): SymbolIndex {
  if (doc.kind !== 'compose') return new SymbolIndex([{ path: filePath, doc }]);
  const projects = new CliComposeProjects();
  projects.parse(filePath, doc.text);
  const set = projects.fileSetOf(filePath, new CliConfigs(undefined).forFile(filePath)) ?? [filePath];
  const read = scopedReader(cliReadScope(filePath));
  const project = loadProject({ files: set, readFile: (p) => (p === filePath ? doc.text : read(p)), parse: (p, text) => projects.parse(p, text) as never });
  const files: IndexedFile[] = projectIndexFiles(project);
  if (!files.some((f) => f.path === filePath)) files.unshift({ path: filePath, doc });
  const dockerfiles: IndexedFile[] = [];
  for (const p of dockerfilesNamed(new SymbolIndex(files))) {
    const text = read(p);
    if (text !== undefined) dockerfiles.push({ path: p, doc: parseDocument(text, 'dockerfile') });
  }
  return new SymbolIndex([...files, ...dockerfiles]);
}

