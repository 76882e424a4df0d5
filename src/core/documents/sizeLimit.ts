import type { Language, Localized } from '../types';
import { fill, pick } from '../types';

/**
 * Above this many characters a file is not analysed: the editor shows one notice instead of
 * hovers and diagnostics, and the CLI reports the file as skipped. Parsing is linear but not
 * free (the YAML parser alone needs seconds for megabytes), and the editor parses on the
 * extension host's only thread, so a bigger file would freeze every extension while typing.
 * One limit for the editor and the CLI, so both give the same answer for the same file.
 */
export const MAX_ANALYSED_CHARS = 2 * 1024 * 1024;

export function isTooLargeToAnalyse(length: number): boolean {
  return length > MAX_ANALYSED_CHARS;
}

const TOO_LARGE: Localized = {
  ko: '파일이 너무 커서({size}) Docker 해설이 검사하지 않았어요. {limit}까지 검사해요. 편집은 그대로 할 수 있어요.',
  en: 'This file is too large ({size}) for Docker 해설 to check; the limit is {limit}. Editing is unaffected.',
};

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)}MB` : `${Math.ceil(chars / 1024)}KB`;
}

/** The one notice an oversized file gets, with its size and the limit. */
export function tooLargeNotice(length: number, language: Language): string {
  return fill(pick(TOO_LARGE, language), { size: formatSize(length), limit: formatSize(MAX_ANALYSED_CHARS) });
}
