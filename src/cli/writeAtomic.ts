import * as fs from 'fs';
import * as path from 'path';

// `--fix` writes a file whole or not at all: the new text goes to a temporary file next to the
// real one (same folder, so the same file system) with the same permission bits, and a rename
// replaces the original in one step, so a reader or a crash never sees half a file. A symbolic
// link is followed (its target is written; the link stays a link). A UTF-8 byte order mark is
// kept. Only UTF-8 files are rewritten: `fixableEncoding` says whether writing the text back
// would give the same bytes everywhere the fixes did not touch.

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Whether the file's bytes are exactly the UTF-8 of `text` (after an optional BOM): false for UTF-16 or invalid bytes. */
export function fixableEncoding(file: string, text: string): boolean {
  const raw = fs.readFileSync(file);
  const body = raw.subarray(0, 3).equals(BOM) ? raw.subarray(3) : raw;
  return body.equals(Buffer.from(text, 'utf8'));
}

export function writeFileAtomic(file: string, text: string): void {
  const real = fs.realpathSync(file);
  const st = fs.statSync(real);
  const bom = fs.readFileSync(real).subarray(0, 3).equals(BOM);
  const mode = st.mode & 0o7777;
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.docker-explain-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bom ? Buffer.concat([BOM, Buffer.from(text, 'utf8')]) : text, { mode, flag: 'wx' });
    fs.chmodSync(tmp, mode); // the umask may have taken bits away
    fs.renameSync(tmp, real);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
