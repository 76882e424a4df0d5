import type { Language, Localized } from '../types';
import { fill, pick } from '../types';
import { tooLargeNotice } from './sizeLimit';

// Turning a file's bytes into text, and the one Korean notice for every file the product
// refuses to read. Pure: the Node side (src/node/readBounded.ts) does the reading and hands
// the bytes here, so the CLI, the analysis worker and the extension host decode the same way.
//
// Encodings: UTF-8, with or without a byte order mark (Windows editors write one). UTF-16 is
// recognised only by its byte order mark: YAML 1.2 (§5.2) allows UTF-16 with a BOM, and the YAML
// reader compose-go uses (go-yaml v3, readerc.go `yaml_parser_determine_encoding`) decodes it
// by the BOM, so a Compose file is decoded; a Dockerfile, a shell
// script or a config in UTF-16 is refused with a notice, never read as NUL-separated UTF-8 and
// reported clean.

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';
export type Utf16Policy = 'decode' | 'refuse';

/** Why a file was not read. */
export type RefusalReason = 'missing' | 'denied' | 'directory' | 'not-regular' | 'too-large' | 'utf16' | 'loop' | 'not-dir' | 'other';

export interface FileRefusal {
  reason: RefusalReason;
  /** The size in bytes, for `too-large`. */
  size?: number;
  /** The system's error code, for `other`. */
  code?: string;
}

export type DecodedFile = { ok: true; text: string; encoding: FileEncoding } | { ok: false; refusal: FileRefusal };

/** Decodes a file's bytes by its byte order mark (UTF-8 when there is none); the BOM itself is dropped. */
export function decodeFileBytes(bytes: Uint8Array, utf16: Utf16Policy): DecodedFile {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  const le = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    if (utf16 === 'refuse') return { ok: false, refusal: { reason: 'utf16' } };
    return { ok: true, text: decodeUtf16(bytes.subarray(2), le), encoding: le ? 'utf-16le' : 'utf-16be' };
  }
  return { ok: true, text: decodeUtf8(bytes), encoding: 'utf-8' };
}

/** A text that still starts with U+FEFF (an editor's buffer, a test) loses it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf8(bytes: Uint8Array): string {
  // TextDecoder exists in browsers and in Node; invalid sequences become U+FFFD, like fs's 'utf8'.
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = Math.floor(bytes.length / 2);
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode takes its units as arguments: a bounded number per call
  for (let start = 0; start < units; start += CHUNK) {
    const end = Math.min(units, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) codes[i - start] = littleEndian ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1];
    parts.push(String.fromCharCode(...codes));
  }
  // An odd last byte is half a character: shown as U+FFFD, like a decoder would.
  if (bytes.length % 2 === 1) parts.push('\ufffd');
  return parts.join('');
}

const NOTICES: Record<Exclude<RefusalReason, 'too-large'>, Localized> = {
  missing: { ko: '파일이나 폴더가 없어요.', en: 'No such file or folder.' },
  denied: { ko: '읽을 권한이 없어요.', en: 'Permission denied.' },
  directory: { ko: '파일이 아니라 폴더예요.', en: 'This is a folder, not a file.' },
  'not-regular': { ko: '일반 파일이 아니에요. 파이프나 장치 파일은 읽지 않아요.', en: 'Not a regular file: pipes and devices are not read.' },
  utf16: { ko: 'UTF-16으로 저장된 파일이라 읽지 않았어요. UTF-8로 저장하면 검사해요.', en: 'This file is saved as UTF-16 and was not read; save it as UTF-8 to have it checked.' },
  loop: { ko: '심볼릭 링크가 자기 자신을 가리켜요.', en: 'The symbolic link points at itself.' },
  'not-dir': { ko: '경로 중간에 폴더가 아닌 파일이 있어요.', en: 'A part of the path is a file, not a folder.' },
  other: { ko: '읽지 못했어요 ({code}).', en: 'Could not read the file ({code}).' },
};

/** The one notice for a refused file, in the user's language. */
export function refusalNotice(refusal: FileRefusal, language: Language): string {
  if (refusal.reason === 'too-large') return tooLargeNotice(refusal.size ?? 0, language);
  return fill(pick(NOTICES[refusal.reason], language), { code: refusal.code ?? '?' });
}

/** Both languages of the notice, for messages that carry both (config problems). */
export function refusalMessage(refusal: FileRefusal): Localized {
  return { ko: refusalNotice(refusal, 'ko'), en: refusalNotice(refusal, 'en') };
}

/** What a reader answers for a file that is there but was not read. */
export interface RefusedRead {
  refused: FileRefusal;
}

export function isRefused(read: unknown): read is RefusedRead {
  return typeof read === 'object' && read !== null && 'refused' in read;
}
