import type { Instruction } from 'dockerfile-ast';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { argumentsOf, flagsOf } from '../../documents/dockerfileAstMemo';
import { resolveText } from '../../model/dockerfileVariables';
import { GlobMatcher } from '../config/glob';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';

// BuildKit's CopyIgnoredFile (dockerfile2llb/validations.go validateCopySourcePath, called for
// every local source of ADD and of COPY without --from, after variables are expanded): a source
// that the ignore file excludes, or that sits in an excluded folder, is not in the build context,
// so the copy fails or copies less than it says. Read as BuildKit reads it:
// - the ignore file (moby/patternmatcher ignorefile.ReadAll): `#` lines are comments, lines are
//   trimmed, patterns are cleaned and a leading `/` dropped; each pattern is matched against the
//   whole path from the context root (not at any depth, unlike .gitignore);
// - BuildKit skips the check when any pattern starts with `!`: an exception can bring a file of
//   an excluded folder back, which a static reading cannot settle. So do we;
// - `.` and `/` (the whole context) count only when a pattern excludes every entry (`*`, `**`, `**/*`).
// Patterns whose syntax our matcher reads differently from Go's (`\` escapes, `{…}`, `[!…]`, `**`
// glued to a name) are left out, which can only make us quieter. Sources with a variable we
// cannot resolve, URLs, git sources, heredocs and the JSON form are left alone.

export const copyIgnoredFile = dockerfileRule(
  {
    id: 'copy-ignored-file',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '.dockerignore가 뺀 파일은 COPY할 수 없어요', en: 'Do not copy files excluded by .dockerignore' },
    sources: [
      'https://docs.docker.com/build/concepts/context/#dockerignore-files',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerui/config.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/CopyIgnoredFile.md',
    ],
    messages: {
      ignored: {
        ko: '‘{source}’은/는 {ignoreFile}의 ‘{pattern}’ 패턴에 걸려서 빌드 컨텍스트에 들어가지 않아요. 그래서 {keyword}이/가 찾지 못해요. 패턴을 고치거나 {keyword}에서 빼세요.',
        en: '‘{source}’ is left out of the build context by the pattern ‘{pattern}’ of {ignoreFile}, so this {keyword} cannot find it. Fix the pattern or drop the source.',
      },
    },
    equivalents: { buildkit: 'CopyIgnoredFile' },
  },
  (doc, report, _options, context) => {
    const ignore = context.buildContext?.dockerignore;
    if (!ignore) return;
    const patterns = readIgnoreFile(ignore.text);
    if (!patterns || patterns.length === 0) return;
    const ignoreFile = ignore.file.slice(Math.max(ignore.file.lastIndexOf('/'), ignore.file.lastIndexOf('\\')) + 1);
    for (const instruction of doc.ast.getInstructions()) {
      const keyword = keywordOf(instruction);
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      if (keyword === 'COPY' && flagsOf(instruction).some((f) => f.getName().toLowerCase() === 'from')) continue;
      for (const { source, range } of localSources(doc, instruction)) {
        const path = cleanPath(source);
        if (path === undefined) continue;
        const root = path === '.' || path === '/';
        const hit = root ? patterns.find((p) => ROOT_PATTERNS.has(p.pattern)) : patterns.find((p) => p.matcher.matches(path));
        if (hit) report({ range, messageId: 'ignored', data: { source, pattern: hit.pattern, ignoreFile, keyword } });
      }
    }
  },
);

const ROOT_PATTERNS = new Set(['*', '**', '**/*']);

interface IgnorePatternLine {
  pattern: string;
  matcher: GlobMatcher;
}

/** The exclusion patterns, or undefined when an exception (`!`) makes BuildKit skip the check. */
function readIgnoreFile(text: string): IgnorePatternLine[] | undefined {
  const out: IgnorePatternLine[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const raw = i === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (raw.startsWith('#')) continue;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('!')) return undefined;
    const pattern = cleanPath(trimmed);
    if (pattern === undefined || pattern === '' || pattern === '.' || /[\\{}]|\[!|\*\*[^/]|[^/]\*\*/.test(pattern)) continue;
    out.push({ pattern, matcher: new GlobMatcher(`/${pattern}`) });
  }
  return out;
}

/** Go's filepath.Clean for a context path, without the leading `/`; undefined when it leaves the context. */
function cleanPath(p: string): string | undefined {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  if (parts.length === 0) return p.startsWith('/') ? '/' : '.';
  return parts.join('/');
}

/** The sources of a COPY/ADD in plain form that come from the build context, with variables resolved. */
function localSources(doc: DockerfileDocument, instruction: Instruction): { source: string; range: ReturnType<Instruction['getRange']> }[] {
  const content = instruction.getRawArgumentsContent() ?? '';
  if (/^\s*(?:--\S+\s+)*\[/.test(content) || /<<-?["']?[A-Za-z_]/.test(content)) return [];
  const args = argumentsOf(instruction);
  const line = instruction.getRange().start.line;
  const out: { source: string; range: ReturnType<Instruction['getRange']> }[] = [];
  for (const arg of args.slice(0, -1)) {
    const written = arg.getValue();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written) || written.startsWith('git@')) continue;
    const source = resolveText(doc, written, line);
    if (source === undefined || source.startsWith('/') || source === '') continue;
    out.push({ source, range: arg.getRange() });
  }
  return out;
}
