import { Composer, Lexer, Parser } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';

/**
 * How deep YAML may nest (flow `[`/`{` and block levels together) before we refuse the file.
 * Real Compose files stay under 20. The yaml package builds its nodes by recursion; at a few
 * thousand levels that recursion reaches the stack limit, and a regular expression compiled
 * there makes V8 abort the whole process (review F1: 10 KB of `[` killed the CLI and the
 * extension host), which no `catch` can stop. A few hundred levels keep far from that edge.
 */
export const MAX_YAML_DEPTH = 256;

export interface TooDeep {
  /** Where the nesting passes the limit (the offset of the token that opened one level too many). */
  offset: number;
  limit: number;
}

export type BoundedParse = { ok: true; documents: Document.Parsed[] } | { ok: false; tooDeep: TooDeep };

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseAllDocuments` from the yaml package, with a depth check between its two halves. The
 * lexer and the CST parser are loops with an explicit stack (no recursion deeper than that
 * stack), so they run first, token by token, and the stack's height after each token is the
 * nesting depth at that point, counted exactly as the parser counts it: brackets inside
 * quoted scalars, comments and block scalars are text, not levels. Only when the whole text
 * stays within the limit does the recursive half (the composer, which builds the node tree)
 * run. One pass over the text, as before: the tokens are kept and handed on, not lexed twice.
 * Every document of the file, in order; an empty file gives one empty document (as
 * `parseDocument` does), never none.
 */
export function parseYamlBounded(text: string, options: Options, limit = MAX_YAML_DEPTH): BoundedParse {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  // The parser's stack holds the document below the content's levels.
  const maxStack = limit + 1;
  for (const lexeme of new Lexer().lex(text)) {
    const before = parser.offset;
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > maxStack) return { ok: false, tooDeep: { offset: Math.min(before, text.length), limit } };
  }
  for (const token of parser.end()) tokens.push(token);

  // forceDoc: a stream without documents still gives one (empty) document.
  const documents = Array.from(new Composer(options).compose(tokens, true, text.length));
  return { ok: true, documents };
}
