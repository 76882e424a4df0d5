import * as fs from 'fs';
import * as path from 'path';
import { refusalNotice } from '../core/documents/fileText';
import { readBoundedBytes } from '../node/readBounded';

// `--fix` writes a file whole or not at all: the new text goes to a temporary file next to the
// real one (same folder, so the same file system) with the same permission bits, and a rename
// replaces the original in one step, so a reader or a crash never sees half a file. A symbolic
// link is followed (its target is written; the link stays a link). A UTF-8 byte order mark is
// kept; line breaks are the text's own (the fix engine writes a fix's line breaks as the file's).
// The file is read once, just before writing, by the reader lint uses (regular files only, never
// blocking, the same size limit): its bytes must still be exactly the UTF-8 of the text the fixes
// started from (after an optional BOM), so a UTF-16 file, invalid bytes, or a file changed since
// it was linted are never overwritten. A text the fixes did not change never gets here (fixFile
// returns first), so there is no 'unchanged' outcome.

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export type WriteOutcome = 'written' | 'not-utf8' | 'changed-on-disk';

/** Replaces the file's text `before` with `after`, keeping its mode and BOM. */
export function writeFixedFile(file: string, before: string, after: string): WriteOutcome {
  const real = fs.realpathSync(file);
  const read = readBoundedBytes(real);
  if (!read.ok) {
    // Grown past the limit since it was linted: changed. A pipe or device swapped in, or a file gone or locked: not written, said why.
    if (read.refusal.reason === 'too-large') return 'changed-on-disk';
    throw new Error(refusalNotice(read.refusal, 'ko'));
  }
  const raw = read.bytes;
  const bom = raw.subarray(0, 3).equals(BOM);
  const body = bom ? raw.subarray(3) : raw;
  if (!body.equals(Buffer.from(before, 'utf8'))) return Buffer.from(body.toString('utf8'), 'utf8').equals(body) ? 'changed-on-disk' : 'not-utf8';
  const mode = fs.statSync(real).mode & 0o7777;
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.docker-explain-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bom ? Buffer.concat([BOM, Buffer.from(after, 'utf8')]) : after, { mode, flag: 'wx' });
    fs.chmodSync(tmp, mode); // the umask may have taken bits away
    fs.renameSync(tmp, real);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return 'written';
}
