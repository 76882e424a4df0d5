import { isMap, isScalar } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { Range } from '../types';
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileDocument } from '../documents/dockerfileDocument';
import type { ComposeDocument } from '../documents/composeDocument';
import { nodeRange, pairRange, scalarText } from '../documents/composeDocument';
import { declarations } from '../model/dockerfileVariables';
import type { OutlineKind, OutlineSymbol } from './types';

// The outline (and breadcrumbs): a Dockerfile's global ARGs, then its stages with their
// instructions; a Compose file's top-level sections with their services, volumes, networks,
// secrets and configs, and each service's keys.

const DETAIL_LENGTH = 60;

export function dockerfileOutline(doc: DockerfileDocument): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const instruction of doc.globalArgs) {
    const range = instruction.getRange();
    const names = declarations(instruction).map((d) => d.name);
    out.push({ name: names.join(' ') || 'ARG', detail: 'ARG', kind: 'argument', range, selectionRange: declarations(instruction)[0]?.nameRange ?? range, children: [] });
  }
  for (const stage of doc.stages) {
    const from = stage.from;
    const image = from.getImage() ?? '';
    const last = stage.instructions[stage.instructions.length - 1];
    const range: Range = { start: from.getRange().start, end: last.getRange().end };
    const children: OutlineSymbol[] = stage.instructions.slice(1).map((instruction) => {
      const r = instruction.getRange();
      const keyword = instruction.getKeyword().toUpperCase();
      return { name: keyword, detail: firstLine(doc, instruction), kind: 'instruction', range: r, selectionRange: instruction.getInstructionRange(), children: [] };
    });
    out.push({
      name: stage.name ?? image ?? `FROM`,
      detail: stage.name !== undefined ? `FROM ${image}` : 'FROM',
      kind: 'stage',
      range,
      selectionRange: stage.nameRange ?? from.getImageRange() ?? from.getInstructionRange(),
      children,
    });
  }
  return out;
}

const SECTION_KINDS: Record<string, OutlineKind> = { services: 'service', volumes: 'volume', networks: 'network', secrets: 'secret', configs: 'config' };

export function composeOutline(doc: ComposeDocument): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const document of doc.documents) {
    const root = document.contents;
    if (!isMap(root)) continue;
    for (const pair of root.items) {
      const symbol = pairSymbol(doc, pair, 'key');
      if (!symbol) continue;
      const entryKind = isScalar(pair.key) ? SECTION_KINDS[String(pair.key.value)] : undefined;
      if (entryKind && isMap(pair.value)) {
        symbol.kind = 'section';
        for (const entry of pair.value.items) {
          const child = pairSymbol(doc, entry, entryKind);
          if (!child) continue;
          if (entryKind === 'service' && isMap(entry.value)) {
            for (const key of entry.value.items) {
              const grandchild = pairSymbol(doc, key, 'key');
              if (grandchild) child.children.push(grandchild);
            }
          }
          symbol.children.push(child);
        }
      } else if (isScalar(pair.key) && pair.key.value === 'include') symbol.kind = 'include';
      out.push(symbol);
    }
  }
  return out;
}

function pairSymbol(doc: ComposeDocument, pair: Pair<unknown, unknown>, kind: OutlineKind): OutlineSymbol | undefined {
  if (!isScalar(pair.key)) return undefined;
  const selectionRange = nodeRange(pair.key as Node, doc.lines);
  const range = pairRange(pair, doc.lines);
  if (!selectionRange || !range) return undefined;
  const value = scalarText(pair.value as Node | null);
  return { name: String(pair.key.value), detail: value === undefined ? '' : shorten(value), kind, range, selectionRange, children: [] };
}

function shorten(text: string): string {
  const first = text.split(/\r?\n/)[0].trim();
  return first.length > DETAIL_LENGTH ? `${first.slice(0, DETAIL_LENGTH - 1)}…` : first;
}

/** What follows the keyword on the instruction's first line, as written (flags included), with `…` when it goes on. */
function firstLine(doc: DockerfileDocument, instruction: Instruction): string {
  const keyword = instruction.getInstructionRange();
  const escape = doc.ast.getEscapeCharacter();
  let text = doc.lines.lineText(keyword.start.line).slice(keyword.end.character).trim();
  const more = instruction.getRange().end.line > keyword.start.line;
  if (more && text.endsWith(escape)) text = text.slice(0, -1).trimEnd();
  return shorten(more ? `${text} …` : text);
}
