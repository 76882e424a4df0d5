import type { Instruction } from 'dockerfile-ast';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { argumentsOf, flagsOf } from '../../documents/dockerfileAstMemo';

// ADD does two surprising things COPY does not: it fetches URLs and git repositories, and it
// unpacks local tar archives. For a plain local file it behaves like COPY, and COPY says so.
// We stay silent whenever ADD's extra behaviour may be wanted: a URL or git source, a tar
// archive (or a glob/variable that might be one), or an ADD-only flag (--checksum, …).
//
// Sources are read as BuildKit reads them: quotes and backslashes are removed when the words are
// expanded (instructions/commands.go SourcesAndDest.Expand with the shell lexer), so
// `ADD "https://…" /x` downloads like `ADD https://… /x`. BuildKit decides whether to unpack by
// the file's content, not its name (solver/llbsolver/file/unpack.go isArchivePath: a tar, plain or
// compressed with gzip, bzip2, xz or zstd); from the name we can only guess, so a name ending in
// any of those compressions may be an archive and is left alone.

const ARCHIVE = /\.(?:tar|tgz|tbz2?|tb2|txz|tzst|gz|gzip|bz2|xz|zst|zstd)$/i;
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export const preferCopyOverAdd = dockerfileRule(
  {
    id: 'prefer-copy-over-add',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '로컬 파일은 ADD 대신 COPY로 복사해요', en: 'Use COPY rather than ADD for local files' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
      'https://docs.docker.com/reference/dockerfile/#add',
      'https://github.com/moby/buildkit/blob/v0.32.2/solver/llbsolver/file/unpack.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/instructions/commands.go',
    ],
    messages: {
      useCopy: {
        ko: '‘ADD {sources}’ 줄은 빌드 컨텍스트의 일반 파일을 복사할 뿐이에요. 이럴 땐 COPY가 맞아요. ADD는 URL을 내려받고 tar 압축을 풀기도 해서, 읽는 사람이 그런 동작을 기대하게 돼요.',
        en: '‘ADD {sources}’ only copies local files; use COPY. ADD also downloads URLs and unpacks tar archives, which readers then have to rule out.',
      },
    },
    equivalents: { hadolint: ['DL3020'] },
    fixable: true,
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      if (keywordOf(instruction) !== 'ADD') continue;
      const sources = addSources(instruction, doc.ast.getEscapeCharacter());
      if (!sources || !sources.length) continue;
      const flags = flagsOf(instruction);
      if (flags.some((f) => ADD_ONLY_FLAGS.has(f.getName().toLowerCase()))) continue;
      if (sources.some((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@') || ARCHIVE.test(s) || /[$*?[]/.test(s))) continue;
      const keyword = instruction.getInstructionRange();
      report({
        range: keyword,
        messageId: 'useCopy',
        data: { sources: sources.join(' ') },
        fixes: [{ title: { ko: 'COPY로 바꾸기', en: 'Change to COPY' }, edits: [{ range: keyword, newText: instruction.getInstruction() === 'add' ? 'copy' : 'COPY' }] }],
      });
    }
  },
);

/** The sources of an ADD (every path but the last), from JSON or plain form; undefined for heredocs. */
function addSources(instruction: Instruction, escape: string): string[] | undefined {
  const content = instruction.getArgumentsContent() ?? '';
  if (/<<-?["']?[A-Za-z_]/.test(content)) return undefined;
  const jsonStart = content.replace(/^(?:--\S+\s+)*/, '');
  if (jsonStart.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(jsonStart);
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return (value as string[]).slice(0, -1);
    } catch {
      return undefined;
    }
  }
  const args = argumentsOf(instruction).map((a) => unquote(a.getValue(), escape));
  return args.length >= 2 ? args.slice(0, -1) : undefined;
}

/** A word as the shell lexer leaves it: quotes removed, an escaped character kept (outside single quotes). */
export function unquote(word: string, escape = '\\'): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else out += c;
    } else if (c === escape && i + 1 < word.length) {
      out += word[++i];
    } else if (c === '"') {
      quote = quote === '"' ? undefined : '"';
    } else if (c === "'" && !quote) {
      quote = "'";
    } else out += c;
  }
  return out;
}
