import type { DockerfileDocument, DockerfileStage } from '../../../documents/dockerfileDocument';
import type { FoundCommand } from './commands';
import { allCommands } from './commands';
import { lineage, keywordOf } from './stages';
import { argumentsOf } from '../../../documents/dockerfileAstMemo';
import { perDocument } from '../../../documents/derived';
import { stageBase } from './baseImage';
import { aptSourcesLayout } from '../../../knowledge/baseImages';
import type { AptSourcesLayout } from '../../../knowledge/baseImages';

// Where the base image keeps its apt sources, and `sed -i` edits of them. Debian 12 and Ubuntu
// 24.04 images moved the sources to deb822 files (/etc/apt/sources.list.d/debian.sources,
// ubuntu.sources); Debian's image has no /etc/apt/sources.list at all, Ubuntu's keeps one that
// holds only a comment. Older images have only /etc/apt/sources.list. A sed on the file the image
// does not use changes nothing: apt-mirror-after-update must not count it as a mirror switch, and
// apt-sources-file reports it.

export const LEGACY_LIST = '/etc/apt/sources.list';
export const DEB822_FILE: Record<'debian' | 'ubuntu', string> = {
  debian: '/etc/apt/sources.list.d/debian.sources',
  ubuntu: '/etc/apt/sources.list.d/ubuntu.sources',
};

const APT_SOURCES = /^\/etc\/apt\/sources\.list(?:\.d\/[^\s/]+)?$/;

export interface SourcesEdit {
  found: FoundCommand;
  /** The file words the sed edits, as written. */
  files: { text: string; start: number; end: number }[];
}

const editsOf = perDocument((doc: DockerfileDocument): SourcesEdit[] => {
  const out: SourcesEdit[] = [];
  for (const found of allCommands(doc)) {
    const { program, args } = found.resolved;
    if (program !== 'sed') continue;
    if (!args.some((a) => a.text === '-i' || /^-[a-zA-Z]*i/.test(a.text) || a.text.startsWith('--in-place'))) continue;
    const files = args.filter((a) => !a.dynamic && APT_SOURCES.test(a.text)).map((a) => ({ text: a.text, start: a.start, end: a.end }));
    if (files.length > 0) out.push({ found, files });
  }
  return out;
});

/** `sed -i … <apt sources file>…` calls, with the apt sources files they name (words whose value is known). */
export function sourcesEdits(doc: DockerfileDocument): SourcesEdit[] {
  if (!doc.text.includes('/etc/apt/sources.list')) return [];
  return editsOf(doc);
}

/** The base image's apt sources layout for a stage, when its image is one we know. */
export function stageSourcesLayout(doc: DockerfileDocument, stage: DockerfileStage): { layout: AptSourcesLayout; image: string } | undefined {
  const { image, ref } = stageBase(doc, stage);
  if (!image) return undefined;
  const layout = aptSourcesLayout(ref);
  return layout ? { layout, image } : undefined;
}

/**
 * Whether `file` holds the image's apt sources when the edit runs: it is the file the base image
 * uses, or the Dockerfile wrote or copied it before (a redirect, tee/cp/mv, COPY/ADD).
 */
export function sourcesFileInUse(doc: DockerfileDocument, edit: SourcesEdit, file: string, layout: AptSourcesLayout): boolean {
  // Other files under sources.list.d come from the Dockerfile or a setup script: assume they are read.
  if (file !== LEGACY_LIST && file !== DEB822_FILE.debian && file !== DEB822_FILE.ubuntu) return true;
  // Ubuntu 24.04's /etc/apt/sources.list exists (a comment) but lists nothing, so it counts as unused.
  if (file === (layout.deb822 ? DEB822_FILE[layout.distro] : LEGACY_LIST)) return true;
  return writtenBefore(doc, edit.found, file);
}

interface SourcesWrite {
  file: string;
  /** Document offset of the write. */
  offset: number;
  stage: number;
}

const KNOWN_FILES = [LEGACY_LIST, DEB822_FILE.debian, DEB822_FILE.ubuntu];
/** Every place the Dockerfile writes one of the three well-known sources files, found once per document. */
const sourcesWrites = perDocument((doc: DockerfileDocument): SourcesWrite[] => {
  const out: SourcesWrite[] = [];
  for (const stage of doc.stages) {
    for (const instruction of stage.instructions) {
      const keyword = keywordOf(instruction);
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      const args = argumentsOf(instruction);
      const dest = args[args.length - 1]?.getValue() ?? '';
      const offset = doc.lines.offsetAt(instruction.getRange().start);
      for (const file of KNOWN_FILES) {
        if (dest === file || dest === '/etc/apt' || dest === '/etc/apt/' || dest === file.slice(0, file.lastIndexOf('/') + 1)) out.push({ file, offset, stage: stage.index });
      }
    }
  }
  // tee, cp, mv, touch, ln … name the file as a word.
  for (const found of allCommands(doc)) {
    if (found.resolved.program === 'sed') continue;
    for (const word of found.command.words) {
      if (KNOWN_FILES.includes(word.text)) out.push({ file: word.text, offset: word.start, stage: found.script.stage.index });
    }
  }
  // A redirect (`> /etc/apt/sources.list`) is not a word: look at the text.
  const starts = doc.stages.map((s) => doc.lines.offsetAt(s.from.getRange().start));
  for (const file of KNOWN_FILES) {
    for (let at = doc.text.indexOf(file); at >= 0; at = doc.text.indexOf(file, at + 1)) {
      const next = doc.text[at + file.length];
      if (next && /[.\w]/.test(next)) continue;
      if (!/>\s*['"]?$/.test(doc.text.slice(Math.max(0, at - 4), at))) continue;
      let stage = -1;
      for (let i = 0; i < starts.length && starts[i] <= at; i++) stage = i;
      if (stage >= 0) out.push({ file, offset: at, stage });
    }
  }
  return out;
});

function writtenBefore(doc: DockerfileDocument, sed: FoundCommand, file: string): boolean {
  const stages = new Set(lineage(doc, sed.script.stage).map((s) => s.index));
  const until = sed.command.words[0].start;
  return sourcesWrites(doc).some((w) => w.file === file && w.offset < until && stages.has(w.stage));
}
