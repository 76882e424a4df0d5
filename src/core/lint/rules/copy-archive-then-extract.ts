import type { Instruction } from 'dockerfile-ast';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf, shippedStageIndexes } from './dockerfile/stages';
import { allCommands } from './dockerfile/commands';
import type { FoundCommand } from './dockerfile/commands';
import type { ShellWord } from './dockerfile/shell';
import { argumentsOf, flagsOf } from '../../documents/dockerfileAstMemo';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';
import { unquote } from './prefer-copy-over-add';
import { runsAsRoot } from './dockerfile/baseImage';
import { resolvePath, workdirAt } from './dockerfile/workdir';

// hadolint DL3010. `COPY app.tar.gz /tmp/` followed by `RUN tar -xf /tmp/app.tar.gz` keeps the
// archive in the COPY's layer for good: a later `rm` only hides it in a newer layer. `ADD` of a
// local tar archive (plain or compressed with gzip, bzip2, xz or zstd: BuildKit looks at the
// content, solver/llbsolver/file/unpack.go) unpacks it into the destination and never stores the
// archive; `RUN --mount=type=bind,source=app.tar.gz,…` reads it from the build context without a
// copy. Reported only where ADD would give the same files:
// - a local COPY (no --from) of one source named like a tar archive (zip is not unpacked by ADD,
//   and a plain .gz is copied as it is), in a stage that ends up in the image;
// - a later `tar -x` of that file in the image's stages, with only options that ADD's unpacking
//   also does (compression, -C, -v, -p): `--strip-components`, `--exclude`, member names or
//   `--no-same-owner` extract something else;
// - run as root: ADD writes the archive's owners, tar run by another USER writes that user;
// - the path tar reads is the path COPY wrote (both resolved against their WORKDIR), not only the
//   same file name: `COPY app.tar /tmp/` then `tar -xf /opt/app.tar` unpacks another file;
// - no checksum check of the archive in the RUN before tar (`sha256sum -c`, `echo … | sha256sum -c`):
//   ADD takes --checksum only for HTTP(S) and Git sources (BuildKit refuses it on a local file:
//   "checksum requires HTTP(S) or Git sources"), so it cannot verify a local archive first.
// hadolint also counts unzip, gunzip, zcat …: ADD would copy those files unchanged.

const ARCHIVE_NAME_IN_TEXT = /\.(?:tar|tgz|tbz2?|tb2|txz|tzst)\b/i;
const TAR_ARCHIVE = /\.(?:tar|tar\.(?:gz|bz2|xz|zst)|tgz|tbz2?|tb2|txz|tzst)$/i;
// GNU/busybox tar options that do no more than ADD's unpacking does.
const SHORT_SAME = 'xvfzjJaCp';
const LONG_SAME = new Set(['--extract', '--get', '--file', '--directory', '--gzip', '--gunzip', '--ungzip', '--bzip2', '--xz', '--zstd', '--verbose', '--auto-compress', '--preserve-permissions', '--same-permissions']);

interface ArchiveCopy {
  instruction: Instruction;
  /** The source word as written (range for the report) and its file name. */
  start: number;
  end: number;
  source: string;
  /** Where the archive is in the image (BASE_WORKDIR/… under the base image's folder): one path, or two when the destination may be a folder or the file itself. */
  paths: string[];
}

// Tools whose -c/--check verifies files against a list of checksums (GNU coreutils, busybox, Perl's shasum).
const CHECKSUM_TOOLS = new Set(['md5sum', 'sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'b2sum', 'shasum', 'cksum']);

export const copyArchiveThenExtract = dockerfileRule(
  {
    id: 'copy-archive-then-extract',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: 'COPY한 tar 파일을 RUN에서 풀지 말고 ADD로 풀어요', en: 'Unpack a local tar archive with ADD, not COPY and RUN tar' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#adding-local-tar-archives',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypebind',
      'https://github.com/moby/buildkit/blob/v0.32.2/solver/llbsolver/file/unpack.go',
      'https://docs.docker.com/reference/dockerfile/#copy',
      'https://docs.docker.com/reference/dockerfile/#workdir',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert_copy.go',
    ],
    messages: {
      archiveStays: {
        ko: '‘{source}’은/는 COPY 레이어에 압축 파일 그대로 남아요. 줄 {line}에서 풀고 지워도 이미지는 그만큼 커요. ‘ADD {source} {target}’은/는 압축을 풀어서 넣고 압축 파일은 남기지 않아요. RUN --mount=type=bind로 복사 없이 풀어도 돼요.',
        en: '‘{source}’ stays in the COPY layer as an archive: unpacking and deleting it on line {line} does not shrink the image. ‘ADD {source} {target}’ unpacks it and keeps no archive; RUN --mount=type=bind unpacks it without a copy.',
      },
    },
    equivalents: { hadolint: ['DL3010'] },
  },
  (doc, report) => {
    // Most files name no tar archive at all: one scan of the text instead of reading every COPY.
    if (!ARCHIVE_NAME_IN_TEXT.test(doc.text)) return;
    const copies = archiveCopies(doc);
    if (!copies.length) return;
    const shipped = shippedStageIndexes(doc);
    // Each tar's extract is read once, not once per COPY; a tar that is no plain extract never matches.
    const tars: { found: FoundCommand; runLine: number; archive: string; extract: { archive: ShellWord; directory?: string } }[] = [];
    const commands = allCommands(doc);
    for (const found of commands) {
      if (found.resolved.program !== 'tar' || !shipped.has(found.script.stage.index)) continue;
      const extract = plainExtract(found.resolved.args);
      if (!extract) continue;
      const runLine = found.script.instruction.getRange().start.line;
      const archive = archivePath(doc, commands, found, runLine, extract.archive.text);
      if (archive !== undefined && !checkedBefore(commands, found)) tars.push({ found, runLine, archive, extract });
    }
    if (!tars.length) return;
    for (const copy of copies) {
      const line = copy.instruction.getRange().start.line;
      for (const { found, runLine, archive, extract } of tars) {
        if (runLine <= line) continue;
        if (!copy.paths.includes(archive)) continue;
        if (runsAsOtherUser(doc, found)) continue;
        report({
          range: doc.lines.range(copy.start, copy.end),
          messageId: 'archiveStays',
          data: { source: copy.source, line: runLine + 1, target: extract.directory ?? './' },
        });
        break;
      }
    }
  },
);

/** Local COPYs of one file named like a tar archive, in the stages that end up in the image. */
function archiveCopies(doc: DockerfileDocument): ArchiveCopy[] {
  const out: ArchiveCopy[] = [];
  let shipped: ReadonlySet<number> | undefined;
  for (const stage of doc.stages) {
    for (const instruction of stage.instructions) {
      if (keywordOf(instruction) !== 'COPY') continue;
      const args = argumentsOf(instruction);
      if (args.length !== 2) continue;
      const source = unquote(args[0].getValue(), doc.ast.getEscapeCharacter());
      if (!TAR_ARCHIVE.test(source) || /[$*?[]/.test(source) || /^[a-z][a-z0-9+.-]*:\/\//i.test(source)) continue;
      if (flagsOf(instruction).some((f) => f.getName().toLowerCase() === 'from')) continue;
      shipped ??= shippedStageIndexes(doc);
      if (!shipped.has(stage.index)) continue;
      const dest = unquote(args[1].getValue(), doc.ast.getEscapeCharacter());
      const paths = copiedPaths(doc, instruction, source, dest);
      if (!paths.length) continue;
      const range = args[0].getRange();
      out.push({ instruction, start: doc.lines.offsetAt(range.start), end: doc.lines.offsetAt(range.end), source, paths });
    }
  }
  return out;
}

/**
 * Where COPY puts one file: `dest/name` when dest ends in `/` (or is `.`/`..`); `dest` itself when
 * it is named like an archive; either one otherwise, since a destination without a slash is a
 * folder when the folder exists (`COPY app.tar /tmp` writes /tmp/app.tar) and the file's new
 * name when not. Empty when the WORKDIR is not known and dest is relative.
 */
function copiedPaths(doc: DockerfileDocument, instruction: Instruction, source: string, dest: string): string[] {
  const stage = doc.stages.find((s) => s.instructions.includes(instruction));
  if (!stage || dest.includes('$')) return [];
  const dir = dest.startsWith('/') ? '/' : workdirAt(doc, stage, instruction.getRange().start.line);
  const target = dir === undefined ? undefined : resolvePath(dir, dest);
  if (target === undefined) return [];
  const inside = resolvePath(target, basename(source));
  if (dest.endsWith('/') || /(^|\/)\.\.?$/.test(dest)) return inside ? [inside] : [];
  if (TAR_ARCHIVE.test(dest)) return [target];
  return inside ? [target, inside] : [target];
}

/** The path tar reads, resolved like COPY's; undefined when relative and the folder is not known (a variable WORKDIR, a cd earlier in the RUN). */
function archivePath(doc: DockerfileDocument, commands: readonly FoundCommand[], tar: FoundCommand, runLine: number, archive: string): string | undefined {
  if (archive.startsWith('/')) return resolvePath('/', archive);
  const moved = commands.some((c) => c.script === tar.script && c.position < tar.position && (c.resolved.program === 'cd' || c.resolved.program === 'pushd'));
  if (moved) return undefined;
  const dir = workdirAt(doc, tar.script.stage, runLine);
  return dir === undefined ? undefined : resolvePath(dir, archive);
}

/** Whether the same RUN checks checksums (`sha256sum -c`, `shasum -a 256 --check`) before this tar. */
function checkedBefore(commands: readonly FoundCommand[], tar: FoundCommand): boolean {
  return commands.some((c) => c.script === tar.script && c.position < tar.position && CHECKSUM_TOOLS.has(c.resolved.program ?? '') && c.resolved.args.some((a) => a.text === '--check' || (/^-[a-zA-Z]+$/.test(a.text) && a.text.includes('c'))));
}

/** The archive and `-C` folder of a `tar -x` whose options are all ones ADD's unpacking also does; undefined otherwise. */
function plainExtract(args: readonly ShellWord[]): { archive: ShellWord; directory?: string } | undefined {
  let extract = false;
  let archive: ShellWord | undefined;
  let directory: string | undefined;
  const others: ShellWord[] = [];
  // GNU tar reads a first word without a dash as bundled options (`tar xzf a.tgz`).
  const words = args.map((w, i) => (i === 0 && /^[a-zA-Z]+$/.test(w.text) && !w.quoted ? { ...w, text: `-${w.text}` } : w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const t = w.text;
    if (t.startsWith('--')) {
      const [name, value] = t.split(/=(.*)/s, 2);
      if (!LONG_SAME.has(name)) return undefined;
      if (name === '--extract' || name === '--get') extract = true;
      if (name === '--file' || name === '--directory') {
        const v = value ?? words[++i]?.text;
        if (name === '--file') archive = value !== undefined ? { ...w, text: value } : words[i];
        else directory = v;
      }
      continue;
    }
    if (t.startsWith('-') && t.length > 1) {
      const letters = t.slice(1);
      for (let k = 0; k < letters.length; k++) {
        const c = letters[k];
        if (!SHORT_SAME.includes(c)) return undefined;
        if (c === 'x') extract = true;
        if (c === 'f' || c === 'C') {
          const rest = letters.slice(k + 1);
          const value = rest ? { ...w, text: rest } : words[++i];
          if (c === 'f') archive = value;
          else directory = value?.text;
          break;
        }
      }
      continue;
    }
    others.push(w);
  }
  // A word left over names members to extract (or is the archive of `tar -x < file`): not ADD's result.
  if (!extract || !archive || archive.dynamic || others.length) return undefined;
  return { archive, directory };
}

/** Whether a USER other than root is in effect at the RUN (tar then writes files as that user). */
function runsAsOtherUser(doc: DockerfileDocument, found: FoundCommand): boolean {
  return !runsAsRoot(doc, found.script.stage, found.script.instruction.getRange().start.line);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
