import * as fs from 'fs';
import { decodeFileBytes } from '../core/documents/fileText';
import { MAX_ANALYSED_CHARS } from '../core/documents/sizeLimit';
import type { DecodedFile, FileRefusal, RefusedRead, Utf16Policy } from '../core/documents/fileText';

// The one way the product reads a file from disk: sources, `.docker-explain.json`, `.env`,
// `.dockerignore`, included Compose files; in the CLI, the analysis worker and the extension
// host. A repository is written by someone else, so a name may point at anything:
// - only regular files: a named pipe would block the reading thread forever and a device such
//   as /dev/zero never ends (git stores symbolic links, so a clone can carry `x -> /dev/zero`);
// - never blocking: the file is opened with O_NONBLOCK (opening a FIFO for reading otherwise
//   waits for a writer) and its type is checked on the open descriptor, so a name swapped
//   between a check and the open cannot slip a pipe in;
// - bounded: refused above a size limit before its bytes are read, and never more than the
//   limit is read even if the file grows meanwhile;
// - decoded by src/core/documents/fileText.ts (BOM-aware, UTF-16 decoded or refused).
// Nothing throws: every outcome is text or a refusal with a reason the caller turns into a notice.

/** UTF-8 needs at most 3 bytes per UTF-16 unit: a file this large is over the analysis limit in any encoding. */
export const MAX_FILE_BYTES = 3 * MAX_ANALYSED_CHARS;

export interface ReadOptions {
  /** Refuse files above this many bytes (default MAX_FILE_BYTES). */
  maxBytes?: number;
  /** What a UTF-16 file (with a BOM) gets: decoded, or refused with a notice (default). */
  utf16?: Utf16Policy;
}

export type BoundedRead = DecodedFile;

/** A file's bytes as read, undecoded (for `--fix`, which compares them with the text it fixed). */
export type BoundedBytes = { ok: true; bytes: Buffer } | { ok: false; refusal: FileRefusal };

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0; // undefined on Windows, where opening a pipe by name does not wait

export function readBounded(file: string, options: ReadOptions = {}): BoundedRead {
  const read = readBoundedBytes(file, options.maxBytes);
  return read.ok ? decodeFileBytes(read.bytes, options.utf16 ?? 'refuse') : read;
}

/** The bytes of a file, read with the same checks and limit as readBounded, not decoded. */
export function readBoundedBytes(file: string, maxBytes: number = MAX_FILE_BYTES): BoundedBytes {
  let fd: number | undefined;
  try {
    // A cheap refusal first: on Windows (no O_NONBLOCK) this is what keeps pipes and devices out.
    const named = fs.statSync(file);
    const early = refuseByStat(named, maxBytes);
    if (early) return { ok: false, refusal: early };
    fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
    const st = fs.fstatSync(fd);
    const late = refuseByStat(st, maxBytes);
    if (late) return { ok: false, refusal: late };
    const buffer = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        // Exactly the expected size plus one byte: the file grew while we read it.
        if (length > maxBytes) return { ok: false, refusal: { reason: 'too-large', size: length } };
        break;
      }
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (err) {
    return { ok: false, refusal: refusalOf(err) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The text, or undefined for a missing file; a file that is there but refused is a refusal. */
export function readBoundedText(file: string, options: ReadOptions = {}): string | undefined | RefusedRead {
  const r = readBounded(file, options);
  if (r.ok) return r.text;
  return r.refusal.reason === 'missing' || r.refusal.reason === 'not-dir' ? undefined : { refused: r.refusal };
}

function refuseByStat(st: fs.Stats, maxBytes: number): FileRefusal | undefined {
  if (st.isDirectory()) return { reason: 'directory' };
  if (!st.isFile()) return { reason: 'not-regular' };
  if (st.size > maxBytes) return { reason: 'too-large', size: st.size };
  return undefined;
}

/** The reason behind a system error. */
export function refusalOf(err: unknown): FileRefusal {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { reason: 'missing' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'denied' };
    case 'EISDIR':
      return { reason: 'directory' };
    case 'ELOOP':
      return { reason: 'loop' };
    case 'ENOTDIR':
      return { reason: 'not-dir' };
    case 'ENXIO': // opening a socket or a write-only end
      return { reason: 'not-regular' };
    default:
      return { reason: 'other', code: code ?? String(err) };
  }
}

/** A path with every symbolic link resolved, with `/` separators (the core's form); undefined when it cannot be resolved. */
export function realPathOf(file: string): string | undefined {
  try {
    return fs.realpathSync(file).replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

/** The reader for `.docker-explain.json` files (and files they extend): bounded, never blocking. */
export function readConfigFile(file: string): string | undefined | RefusedRead {
  return readBoundedText(file, { utf16: 'refuse' });
}
