import type { Instruction } from 'dockerfile-ast';
import type { DockerfileDocument } from '../../../documents/dockerfileDocument';
import { joinContinuations } from './runScript';
import { keywordOf } from './stages';

// The `$VARS` that Docker itself expands ("Environment replacement" in the Dockerfile
// reference): in ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR, and in
// ARG defaults (BuildKit's UndefinedVar checks those too). Not in RUN/CMD/ENTRYPOINT: their
// shell does the expanding, with the container's environment. Not in ONBUILD: it runs in
// someone else's build, with their variables. Docker's own quoting applies: `'$X'` and `\$X`
// are literal.

export const EXPANDING_INSTRUCTIONS: ReadonlySet<string> = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

export interface DockerVariableUse {
  name: string;
  /** `-`, `:-`, `+`, `:+`, `?`, `:?` when written (`${A:-x}`). */
  modifier?: string;
  /** Offsets of the whole `$A` / `${A…}`. */
  start: number;
  end: number;
}

// The head of `${NAME…}`; it ends at the next `}`, found once (below), not by `[^}]*\}` from every `$`.
const BRACED = /\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+?])?/y;
const BARE = /[A-Za-z_][A-Za-z0-9_]*/y;

export function dockerVariableUses(doc: DockerfileDocument, instruction: Instruction): DockerVariableUse[] {
  const keyword = keywordOf(instruction);
  if (!EXPANDING_INSTRUCTIONS.has(keyword)) return [];
  const from = doc.lines.offsetAt(instruction.getInstructionRange().end);
  const to = doc.lines.offsetAt(instruction.getRange().end);
  // Most instructions hold no `$` at all: nothing to join and read.
  const dollar = doc.text.indexOf('$', from);
  if (dollar < 0 || dollar >= to) return [];
  // A COPY/ADD of a here-document: its body is file content, not something Docker expands.
  if ((keyword === 'COPY' || keyword === 'ADD') && /<<-?["']?[A-Za-z_]/.test(instruction.getRawArgumentsContent() ?? '')) return [];
  const escape = doc.ast.getEscapeCharacter();
  const { text, offsets } = joinContinuations(doc.text, from, to, escape);
  const out: DockerVariableUse[] = [];
  let inDouble = false;
  // The next `}` at or after the current `$`: kept between `$`s, so `${A:-` × 20,000 with no `}`
  // costs one search, not one to the end per `$` (review F9, undefined-variable).
  let nextClose = -1;
  let closeSearchedFrom = Infinity;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escape) {
      i++;
      continue;
    }
    if (c === '"') inDouble = !inDouble;
    else if (c === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      if (close < 0) break;
      i = close;
    } else if (c === '$') {
      if (closeSearchedFrom > i || (nextClose >= 0 && nextClose <= i)) {
        nextClose = text.indexOf('}', i + 1);
        closeSearchedFrom = i;
      }
      BRACED.lastIndex = i + 1;
      const braced = nextClose >= 0 ? BRACED.exec(text) : null;
      if (braced) {
        out.push({ name: braced[1], modifier: braced[2], start: offsets[i], end: offsets[nextClose] + 1 });
        i = nextClose;
        continue;
      }
      BARE.lastIndex = i + 1;
      const bare = BARE.exec(text);
      if (!bare) continue;
      const endIndex = i + bare[0].length;
      out.push({ name: bare[0], modifier: undefined, start: offsets[i], end: offsets[endIndex] + 1 });
      i = endIndex;
    }
  }
  return out;
}
