import type { Instruction } from 'dockerfile-ast';
import type { Localized, Range } from '../../types';
import { fileKindOf } from '../../documents/fileKind';
import { parseDocument } from '../../documents/parsedDocument';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';
import type { CommandsDocument } from '../../documents/commandsDocument';
import type { ComposeDocument } from '../../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';
import { argumentsOf, flagsOf } from '../../documents/dockerfileAstMemo';
import { allServicePorts } from '../../model/composePorts';
import { parsePortMapping } from '../../model/portMapping';
import { flagsNamed } from '../../model/dockerCommand';
import { cleanPath, ignoredBy, parseDockerignore } from './dockerignore';
import type { ErrorMatch } from './matchError';

// Where in the workspace the cause of a matched message is written: the Compose `ports:` entry
// or `docker run -p` that publishes the port, the COPY that names a missing source and the
// .dockerignore pattern that leaves it out, the `container_name`/`--name`, the RUN that failed.
// Texts come in with their paths (the CLI reads them from disk, the extension from the
// workspace): nothing here touches a file system.

export interface WorkspaceFile {
  /** `/`-separated path as the caller names it (relative or absolute). */
  path: string;
  text: string;
}

export interface ErrorLocation {
  file: string;
  range: Range;
  /** What is written there, in one short sentence; `{name}` placeholders filled from `values`. */
  note: Localized;
  values: Record<string, string>;
}

/** Most locations one explanation lists. */
export const MAX_LOCATIONS = 10;
/** Files larger than this are not parsed for locations. */
const MAX_FILE_CHARS = 1_000_000;

const NOTES = {
  composePort: { ko: '서비스 {service}이/가 호스트 포트 {port}을/를 게시해요 ({spec}).', en: 'Service {service} publishes host port {port} ({spec}).' },
  runPort: { ko: '이 `docker` 명령이 호스트 포트 {port}을/를 게시해요 ({spec}).', en: 'This docker command publishes host port {port} ({spec}).' },
  copy: { ko: '이 {instruction}이/가 {path}을/를 복사하려고 해요.', en: 'This {instruction} copies {path}.' },
  ignored: { ko: '이 패턴 {pattern}이/가 {path}을/를 빌드 컨텍스트에서 빼요.', en: 'This pattern {pattern} leaves {path} out of the build context.' },
  composeName: { ko: '서비스 {service}의 `container_name`이 {name}이에요/예요.', en: 'Service {service} sets container_name {name}.' },
  runName: { ko: '이 `docker` 명령이 컨테이너 이름 {name}을/를 써요.', en: 'This docker command names its container {name}.' },
  run: { ko: '실패한 RUN 명령이에요.', en: 'The RUN step that failed.' },
  from: { ko: '이 FROM이 베이스 이미지 {image}을/를 써요.', en: 'This FROM uses the base image {image}.' },
  line: { ko: 'BuildKit이 가리킨 줄이에요: {instruction}.', en: 'The line BuildKit names: {instruction}.' },
  process: { ko: '이 {instruction}이/가 {command}을/를 실행해요.', en: 'This {instruction} runs {command}.' },
} satisfies Record<string, Localized>;

interface Parsed {
  file: WorkspaceFile;
  kind: 'dockerfile' | 'compose' | 'shell' | 'markdown' | 'dockerignore';
}

function classify(files: readonly WorkspaceFile[]): Parsed[] {
  const out: Parsed[] = [];
  for (const file of files) {
    if (file.text.length > MAX_FILE_CHARS) continue;
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    if (base === '.dockerignore' || base.endsWith('.dockerignore')) out.push({ file, kind: 'dockerignore' });
    else {
      const kind = fileKindOf(base);
      if (kind) out.push({ file, kind });
    }
  }
  return out;
}

/** The places in `files` that the matched message points at (empty when none can be told). */
export function locateErrorCause(match: ErrorMatch, files: readonly WorkspaceFile[]): ErrorLocation[] {
  const parsed = classify(files);
  const values = match.values;
  let found: ErrorLocation[] = [];
  switch (match.record.locate) {
    case 'hostPort': {
      const port = Number(values.port);
      if (Number.isInteger(port) && port > 0) found = locateHostPort(parsed, port);
      break;
    }
    case 'copySource':
      if (values.path) found = locateCopySource(parsed, values.path);
      break;
    case 'containerName':
      if (values.name) found = locateContainerName(parsed, values.name);
      break;
    case 'dockerfile':
      found = locateInDockerfiles(parsed, match);
      break;
  }
  return found.slice(0, MAX_LOCATIONS);
}

function locateHostPort(files: Parsed[], port: number): ErrorLocation[] {
  const out: ErrorLocation[] = [];
  const publishes = (spec: string) => {
    const parsed = parsePortMapping(spec);
    return parsed.ok && parsed.mapping.host !== undefined && parsed.mapping.host.start <= port && port <= parsed.mapping.host.end;
  };
  for (const { file, kind } of files) {
    if (kind === 'compose') {
      const doc = parseDocument(file.text, 'compose') as ComposeDocument;
      for (const p of allServicePorts(doc)) {
        if (publishes(p.text)) out.push({ file: file.path, range: p.range, note: NOTES.composePort, values: { service: p.service.name, port: String(port), spec: p.text } });
      }
    } else if (kind === 'shell' || kind === 'markdown') {
      const doc = parseDocument(file.text, kind) as CommandsDocument;
      for (const command of doc.commands) {
        for (const flag of flagsNamed(command.parsed, 'publish')) {
          if (flag.value === undefined || !publishes(flag.value)) continue;
          const span = flag.valueSpan ?? flag.span;
          out.push({ file: file.path, range: doc.lines.range(span.start, span.end), note: NOTES.runPort, values: { port: String(port), spec: flag.value } });
        }
      }
    }
  }
  return out;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function instructionRange(doc: DockerfileDocument, instruction: Instruction): Range {
  const r = instruction.getRange();
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.start.line, character: doc.lines.lineText(r.start.line).length } };
}

function locateCopySource(files: Parsed[], missing: string): ErrorLocation[] {
  const target = cleanPath(missing).join('/');
  if (!target) return [];
  const out: ErrorLocation[] = [];
  const ignores = files.filter((f) => f.kind === 'dockerignore');
  for (const { file, kind } of files) {
    if (kind !== 'dockerfile') continue;
    const doc = parseDocument(file.text, 'dockerfile') as DockerfileDocument;
    let copies = false;
    for (const stage of doc.stages) {
      for (const instruction of stage.instructions) {
        const keyword = instruction.getKeyword().toUpperCase();
        if (keyword !== 'COPY' && keyword !== 'ADD') continue;
        // A source of another stage or image is not in the build context.
        if (flagsOf(instruction).some((f) => f.getName().toLowerCase() === 'from')) continue;
        const args = argumentsOf(instruction).map((a) => a.getValue());
        const sources = args.slice(0, -1).filter((a) => !a.startsWith('--'));
        const hit = sources.some((s) => cleanPath(s).join('/') === target);
        if (!hit) continue;
        copies = true;
        out.push({ file: file.path, range: instructionRange(doc, instruction), note: NOTES.copy, values: { instruction: keyword, path: target } });
      }
    }
    if (!copies) continue;
    // The .dockerignore of the context: BuildKit reads `<Dockerfile>.dockerignore` next to the
    // Dockerfile first, then `.dockerignore` at the context root (taken here as the Dockerfile's folder).
    const dir = dirOf(file.path);
    const own = ignores.find((f) => f.file.path === `${file.path}.dockerignore`) ?? ignores.find((f) => f.file.path === (dir ? `${dir}/.dockerignore` : '.dockerignore'));
    if (!own) continue;
    const verdict = ignoredBy(parseDockerignore(own.file.text), target);
    if (verdict.excluded && verdict.pattern) {
      const line = verdict.pattern.line;
      const lineText = own.file.text.split('\n')[line]?.replace(/\r$/, '') ?? '';
      out.push({
        file: own.file.path,
        range: { start: { line, character: 0 }, end: { line, character: lineText.length } },
        note: NOTES.ignored,
        values: { pattern: verdict.pattern.text, path: target },
      });
    }
  }
  return out;
}

function locateContainerName(files: Parsed[], name: string): ErrorLocation[] {
  const out: ErrorLocation[] = [];
  for (const { file, kind } of files) {
    if (kind === 'compose') {
      const doc = parseDocument(file.text, 'compose') as ComposeDocument;
      for (const service of doc.services) {
        const pair = getPair(service.map, 'container_name');
        if (!pair || scalarText(pair.value) !== name) continue;
        const range = nodeRange(pair.value, doc.lines);
        if (range) out.push({ file: file.path, range, note: NOTES.composeName, values: { service: service.name, name } });
      }
    } else if (kind === 'shell' || kind === 'markdown') {
      const doc = parseDocument(file.text, kind) as CommandsDocument;
      for (const command of doc.commands) {
        for (const flag of flagsNamed(command.parsed, 'name')) {
          if (flag.value !== name) continue;
          const span = flag.valueSpan ?? flag.span;
          out.push({ file: file.path, range: doc.lines.range(span.start, span.end), note: NOTES.runName, values: { name } });
        }
      }
    }
  }
  return out;
}

/** `node:20` → `docker.io/library/node:20`, as BuildKit names an image in its messages. */
export function normalizeImage(ref: string): string {
  let name = ref;
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  if (slash < 0) name = `docker.io/library/${name}`;
  else if (!first.includes('.') && !first.includes(':') && first !== 'localhost') name = `docker.io/${name}`;
  const lastPart = name.slice(name.lastIndexOf('/') + 1);
  if (!lastPart.includes(':') && !name.includes('@')) name += ':latest';
  return name;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

function locateInDockerfiles(files: Parsed[], match: ErrorMatch): ErrorLocation[] {
  const out: ErrorLocation[] = [];
  const { values, record } = match;
  for (const { file, kind } of files) {
    if (kind !== 'dockerfile') continue;
    const doc = parseDocument(file.text, 'dockerfile') as DockerfileDocument;
    const instructions = doc.ast.getInstructions();
    if (record.id === 'run-step-failed' && values.command) {
      // BuildKit prints a shell-form RUN as `/bin/sh -c <script>` and an exec-form one as its words joined.
      const command = words(values.command.replace(/\\(["\\])/g, '$1'));
      const script = command.startsWith('/bin/sh -c ') ? command.slice('/bin/sh -c '.length) : command;
      for (const instruction of instructions) {
        if (instruction.getKeyword().toUpperCase() !== 'RUN') continue;
        const args = argumentsOf(instruction).map((a) => a.getValue());
        const content = words(instruction.getArgumentsContent() ?? '');
        const execForm = words(args.join(' ').replace(/[[\]",]/g, ' '));
        if (content === script || content.endsWith(` ${script}`) || execForm === script) {
          out.push({ file: file.path, range: instructionRange(doc, instruction), note: NOTES.run, values: {} });
        }
      }
    } else if (record.id === 'from-image-not-found' && values.image) {
      for (const stage of doc.stages) {
        const image = stage.from.getImage();
        if (image && normalizeImage(image) === values.image) {
          out.push({ file: file.path, range: instructionRange(doc, stage.from), note: NOTES.from, values: { image } });
        }
      }
    } else if (record.id === 'dockerfile-unknown-instruction' && values.instruction) {
      const line = values.line ? Number(values.line) - 1 : -1;
      for (const instruction of instructions) {
        const at = instruction.getRange().start.line;
        if (instruction.getKeyword() === values.instruction && (line < 0 || at === line)) {
          out.push({ file: file.path, range: instructionRange(doc, instruction), note: NOTES.line, values: { instruction: values.instruction } });
        }
      }
    } else {
      const command = values.command ?? values.path;
      if (!command) continue;
      for (const instruction of instructions) {
        const keyword = instruction.getKeyword().toUpperCase();
        if (keyword !== 'ENTRYPOINT' && keyword !== 'CMD') continue;
        const first = argumentsOf(instruction)[0]?.getValue().replace(/^\[?"?|"?,?$/g, '');
        if (first === command) out.push({ file: file.path, range: instructionRange(doc, instruction), note: NOTES.process, values: { instruction: keyword, command } });
      }
    }
  }
  return out;
}
