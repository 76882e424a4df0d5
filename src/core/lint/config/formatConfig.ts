import { format } from 'jsonc-parser';
import type { TextEdit } from '../../types';
import { LineIndex } from '../../documents/lineIndex';
import { tooDeep } from './parseConfig';

// "Format Document" for `.docker-explain.json`. In the editor the file has a language of its own,
// so that VS Code's JSON service (which honours a file's "$schema" and adds English problems)
// leaves it alone; its JSON formatter went with it. This gives formatting back with
// jsonc-parser's formatter, which keeps comments and trailing commas where they are.

export interface ConfigFormatOptions {
  tabSize: number;
  insertSpaces: boolean;
}

/** The edits that format `text`, in the file's own line ending; none for a file nested too deep to read. */
export function formatConfigText(text: string, options: ConfigFormatOptions): TextEdit[] {
  if (tooDeep(text) !== undefined) return [];
  const lines = new LineIndex(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return format(text, undefined, { tabSize: options.tabSize, insertSpaces: options.insertSpaces, eol, insertFinalNewline: text.endsWith('\n') }).map((edit) => ({
    range: lines.range(edit.offset, edit.offset + edit.length),
    newText: edit.content,
  }));
}
