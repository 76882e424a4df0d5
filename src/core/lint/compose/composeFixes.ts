// Quick fixes for the Compose rules, computed in the core so that the editor and (later) the
// CLI offer the same edits. Each function returns text edits only when the result is sure:
// a host port no service of the project publishes, a name the project does not use yet, a
// declaration in the file of the set that already holds the section. Titles are plain text
// (quick-fix menus render no Markdown); values are quoted ‘…’.

import { isMap, isScalar } from '../../documents/yamlNodes';
import type { Node, Pair } from 'yaml';
import type { Range } from '../../types';
import { fill } from '../../types';
import type { ComposeDocument } from '../../documents/composeDocument';
import { getPair } from '../../documents/composeDocument';
import type { ServicePort } from '../../model/composePorts';
import type { PortMapping } from '../../model/portMapping';
import { formatRange } from '../../model/portMapping';
import type { Fix, FixEdit } from '../types';
import type { DeclarationSection, ProjectView } from './projectView';
import { basename } from '../../compose/paths';

/** How far above the clashing port we look for a free one. */
const PORT_SEARCH = 1000;

/** Replaces `name` where it is written inside `range` (quotes kept) by `replacement`. */
export function renameFix(doc: ComposeDocument, range: Range, name: string, replacement: string, title: Fix['title']): Fix | undefined {
  const start = doc.lines.offsetAt(range.start);
  const at = doc.text.slice(start, doc.lines.offsetAt(range.end)).indexOf(name);
  if (at < 0 || name === replacement) return undefined;
  return { title, edits: [{ range: doc.lines.range(start + at, start + at + name.length), newText: replacement }] };
}

/** "‘db’으로/로 바꾸기": a reference replaced by the nearest name that exists. */
export function useNameFix(doc: ComposeDocument, range: Range, name: string, suggestion: string): Fix | undefined {
  return renameFix(doc, range, name, suggestion, { ko: fill('‘{suggestion}’으로/로 바꾸기', { suggestion }), en: `Change to ‘${suggestion}’` });
}

/**
 * A clashing host port: the next host port no entry of the project holds (same protocol, any
 * address), and the same entry published on 127.0.0.1 only, which leaves the other
 * interfaces to the first service (on its own port when the first one holds every interface:
 * Docker cannot give 127.0.0.1:8080 to one container while another has 0.0.0.0:8080).
 * `free` says whether no other entry of the project holds a candidate (an index lookup).
 */
export function hostPortFixes(doc: ComposeDocument, port: ServicePort, free: (candidate: PortMapping) => boolean): Fix[] {
  if (!port.parsed.ok) return [];
  const mapping = port.parsed.mapping;
  const host = mapping.host;
  if (!host || host.start !== host.end) return [];
  const nextFree = (hostIp: string | undefined) => {
    for (let p = host.start + 1; p <= Math.min(65535, host.start + PORT_SEARCH); p++) if (free({ ...mapping, hostIp, host: { start: p, end: p } })) return p;
    return undefined;
  };
  const fixes: Fix[] = [];
  const next = nextFree(mapping.hostIp);
  if (next !== undefined) {
    const edit = port.syntax === 'short' ? shortEdit(doc, port, { ...mapping, host: { start: next, end: next } }) : publishedEdit(doc, port, next);
    if (edit) fixes.push({ title: { ko: fill('호스트 포트를 ‘{port}’으로/로 바꾸기', { port: next }), en: `Change the host port to ‘${next}’` }, edits: [edit] });
  }
  if (mapping.hostIp === undefined || mapping.hostIp === '0.0.0.0') {
    const loopback = { ...mapping, hostIp: '127.0.0.1' };
    const p = free(loopback) ? host.start : nextFree('127.0.0.1');
    if (p !== undefined) {
      const target = { ...loopback, host: { start: p, end: p } };
      const edits = port.syntax === 'short' ? [shortEdit(doc, port, target)] : loopbackLongEdits(doc, port, p === host.start ? undefined : p);
      if (edits.length > 0 && edits.every((e) => e !== undefined)) {
        const text = `127.0.0.1:${p}:${formatRange(mapping.container)}${port.text.includes('/') ? `/${mapping.protocol}` : ''}`;
        const title = port.syntax === 'short' ? { ko: fill('이 컴퓨터에서만 접속하게 ‘{text}’으로/로 바꾸기', { text }), en: `Publish on this computer only: ‘${text}’` } : { ko: fill('이 컴퓨터에서만 접속하게 host_ip를 ‘127.0.0.1’로 쓰기(‘{text}’)', { text }), en: `Publish on this computer only: host_ip ‘127.0.0.1’ (‘${text}’)` };
        fixes.push({ title, edits: edits as FixEdit[] });
      }
    }
  }
  return fixes;
}

/**
 * Long syntax on 127.0.0.1: `host_ip` set to it (the value replaced when the entry has one, else a
 * `host_ip:` line under `published:`, or `, host_ip: …` in a flow map), and `published` moved
 * when another entry holds the port there too. Nothing when the map's layout is not one we can
 * edit safely (no `published` written as a plain pair).
 */
function loopbackLongEdits(doc: ComposeDocument, port: ServicePort, published: number | undefined): (FixEdit | undefined)[] {
  if (!isMap(port.node)) return [undefined];
  const edits: (FixEdit | undefined)[] = [];
  const hostIp = getPair(port.node, 'host_ip');
  if (hostIp) {
    const node = hostIp.value;
    if (!isScalar(node) || !node.range) return [undefined];
    const raw = doc.text.slice(node.range[0], node.range[1]);
    const q = raw.startsWith('"') || raw.startsWith("'") ? raw[0] : '';
    edits.push({ range: doc.lines.range(node.range[0], node.range[1]), newText: `${q}127.0.0.1${q}` });
  } else {
    const pair = getPair(port.node, 'published');
    const key = pair?.key as Node | null | undefined;
    const value = pair?.value as Node | null | undefined;
    if (!key?.range || !value?.range) return [undefined];
    const end = value.range[1];
    if (port.node.flow) {
      edits.push({ range: doc.lines.range(end, end), newText: ', host_ip: 127.0.0.1' });
    } else {
      const keyPos = doc.lines.positionAt(key.range[0]);
      const valueEnd = doc.lines.positionAt(end);
      // Only when `published:` and its value sit on one line: the new line goes right after it.
      if (valueEnd.line !== keyPos.line) return [undefined];
      const lineEnd = doc.lines.offsetAt({ line: keyPos.line, character: doc.lines.lineText(keyPos.line).length });
      const indent = doc.lines.lineText(keyPos.line).slice(0, keyPos.character).replace(/[^ \t]/g, ' ');
      edits.push({ range: doc.lines.range(lineEnd, lineEnd), newText: `\n${indent}host_ip: 127.0.0.1` });
    }
  }
  if (published !== undefined) edits.push(publishedEdit(doc, port, published));
  return edits;
}

function quoteOf(doc: ComposeDocument, range: Range): string {
  const first = doc.text[doc.lines.offsetAt(range.start)];
  return first === "'" ? "'" : '"';
}

function shortEdit(doc: ComposeDocument, port: ServicePort, target: PortMapping): FixEdit | undefined {
  const ip = target.hostIp === undefined ? '' : target.hostIp.includes(':') ? `[${target.hostIp}]:` : `${target.hostIp}:`;
  const protocol = port.text.includes('/') ? `/${target.protocol}` : '';
  const text = `${ip}${formatRange(target.host ?? target.container)}:${formatRange(target.container)}${protocol}`;
  // Quoted, as quote-port-mapping asks (an unquoted `a:b` can read as a base-60 number in YAML 1.1).
  const q = quoteOf(doc, port.range);
  return { range: port.range, newText: `${q}${text}${q}` };
}

function publishedEdit(doc: ComposeDocument, port: ServicePort, value: number): FixEdit | undefined {
  const node = isMap(port.node) ? getPair(port.node, 'published')?.value : undefined;
  if (!isScalar(node) || !node.range) return undefined;
  const range = doc.lines.range(node.range[0], node.range[1]);
  const raw = doc.text.slice(node.range[0], node.range[1]);
  const q = raw.startsWith('"') || raw.startsWith("'") ? raw[0] : '';
  return { range, newText: `${q}${value}${q}` };
}

/** A `container_name` clash: the name followed by the service's name (or a number), unused in the project. */
export function containerRenameFix(doc: ComposeDocument, range: Range, name: string, service: string, used: ReadonlySet<string>): Fix | undefined {
  let candidate = name.endsWith(`-${service}`) || name === service ? `${name}-2` : `${name}-${service}`;
  for (let i = 2; used.has(candidate) && i < 1000; i++) candidate = `${name}-${i}`;
  if (used.has(candidate)) return undefined;
  return renameFix(doc, range, name, candidate, { ko: fill('컨테이너 이름을 ‘{name}’으로/로 바꾸기', { name: candidate }), en: `Rename the container to ‘${candidate}’` });
}

/**
 * Declares a volume or network at the top level: in the linted file when it has the section,
 * else in the file of the set that has it (the base file, usually), else in the linted file
 * with a new section at its end.
 */
export function declareFix(view: ProjectView, doc: ComposeDocument, section: DeclarationSection, name: string): Fix | undefined {
  let target: { doc: ComposeDocument; file?: string } = { doc };
  if (!hasSection(doc, section)) {
    const other = view.alone ? undefined : view.project.files.find((f) => f.path !== view.file && (f.role === 'main' || f.role === 'override') && f.doc && hasSection(f.doc, section));
    if (other?.doc) target = { doc: other.doc, file: other.path };
  }
  const edit = declareEdit(target.doc, section, name);
  if (!edit) return undefined;
  const where = target.file ? basename(target.file) : undefined;
  const title = where
    ? { ko: fill('{file}의 최상위 {section}에 ‘{name}’ 선언하기', { file: where, section, name }), en: `Declare ‘${name}’ under the top-level ${section} of ${where}` }
    : { ko: fill('최상위 {section}에 ‘{name}’ 선언하기', { section, name }), en: `Declare ‘${name}’ under the top-level ${section}` };
  return { title, edits: [target.file ? { ...edit, file: target.file } : edit] };
}

function hasSection(doc: ComposeDocument, section: string): boolean {
  const root = doc.yaml.contents;
  return isMap(root) && getPair(root, section) !== undefined;
}

function keyText(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? name : JSON.stringify(name);
}

function declareEdit(doc: ComposeDocument, section: string, name: string): FixEdit | undefined {
  const root = doc.yaml.contents;
  if (!isMap(root)) return undefined;
  const key = keyText(name);
  const text = doc.text;
  const at = (offset: number) => doc.lines.positionAt(offset);
  const pair = getPair(root, section) as Pair<Node, Node | null> | undefined;
  const indent = ' '.repeat(childIndent(doc, root));
  if (!pair) {
    const end = at(text.length);
    const lead = text.length === 0 || text.endsWith('\n') ? '' : '\n';
    return { range: { start: end, end }, newText: `${lead}${section}:\n${indent}${key}:\n` };
  }
  const value = pair.value;
  const keyEnd = pair.key?.range?.[1];
  if (keyEnd === undefined) return undefined;
  // `volumes:` with nothing after it: the first entry goes on the next line.
  if (value === null || (isScalar(value) && value.value === null)) {
    const eol = lineEnd(text, keyEnd);
    return { range: { start: at(eol), end: at(eol) }, newText: `\n${indent}${key}:` };
  }
  if (!isMap(value) || !value.range) return undefined;
  if (value.flow) {
    const lastFlow = value.items[value.items.length - 1] as Pair<Node, Node | null> | undefined;
    if (lastFlow) {
      const after = Math.max(lastFlow.key?.range?.[1] ?? 0, lastFlow.value?.range?.[1] ?? 0);
      return after > 0 ? { range: { start: at(after), end: at(after) }, newText: `, ${key}: {}` } : undefined;
    }
    const close = text.lastIndexOf('}', value.range[1]);
    if (close < value.range[0]) return undefined;
    return { range: { start: at(close), end: at(close) }, newText: ` ${key}: {} ` };
  }
  const first = value.items[0]?.key as Node | undefined;
  const last = value.items[value.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (!first?.range || !last?.key?.range) return undefined;
  const column = at(first.range[0]).character;
  const end = Math.max(last.key.range[1], last.value?.range?.[1] ?? 0);
  const eol = lineEnd(text, end);
  return { range: { start: at(eol), end: at(eol) }, newText: `\n${' '.repeat(column)}${key}:` };
}

/** The indentation of a top-level section's entries in this file (that of its services), 2 by default. */
function childIndent(doc: ComposeDocument, root: import('yaml').YAMLMap): number {
  for (const item of root.items) {
    const value = (item as Pair<Node, Node | null>).value;
    if (isMap(value) && !value.flow) {
      const key = value.items[0]?.key as Node | undefined;
      if (key?.range) return doc.lines.positionAt(key.range[0]).character;
    }
  }
  return 2;
}

function lineEnd(text: string, offset: number): number {
  const eol = text.indexOf('\n', offset);
  if (eol < 0) return text.length;
  return eol > 0 && text[eol - 1] === '\r' ? eol - 1 : eol;
}
