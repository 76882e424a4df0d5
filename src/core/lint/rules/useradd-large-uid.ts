import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands } from './dockerfile/commands';
import type { ShellWord } from './dockerfile/shell';
import { stageBase } from './dockerfile/baseImage';
import { useraddGrowsLogs } from '../../knowledge/baseImages';
import { shippedStageIndexes } from './dockerfile/stages';

// hadolint DL3046. shadow-utils' useradd before 4.13 writes the new user's empty record into
// /var/log/lastlog (292 bytes per UID on x86-64/arm64) and /var/log/faillog (32 bytes per UID)
// at offset UID × record size. On a disk that makes a sparse file; a layer is a tar archive
// written by Go's archive/tar, which stores the holes as zeros (moby/moby#5419, open), so the
// layer and every unpacked copy of the image hold the whole file: 292 MB for UID 1,000,000.
// `-l` (`--no-log-init`) skips both writes. shadow 4.13 writes nothing past the end of the file
// (knowledge/baseImages.ts useraddGrowsLogs). Reported only on images known to ship an older
// shadow: when the base image's release is not known (node:14.1.0, a company image) we cannot
// say the file grows, so we say nothing rather than guess.
// Only stages that end up in the image: BuildKit writes a layer archive for those (a discarded
// stage is archived only by `--cache-to …,mode=max`). Only UIDs written as a number from 100000 up (hadolint's threshold, 29 MB of lastlog) are
// reported: a `$UID` from a build argument is not known here.

const THRESHOLD = 100_000;
const LASTLOG_RECORD = 292;
// shadow's get_uid() refuses a value that does not fit uid_t or is (uid_t)-1, so useradd stops
// with an error before it writes anything: 2^32 − 2 is the largest UID it creates.
const MAX_UID = 2 ** 32 - 2;
// useradd(8): the options that take a value, short and long.
const SHORT_WITH_VALUE = 'bcdefgGkKpPRsuZ';
const LONG_WITH_VALUE = new Set(['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups', '--skel', '--key', '--password', '--root', '--prefix', '--shell', '--uid', '--selinux-user', '--selinux-range']);

export const useraddLargeUid = dockerfileRule(
  {
    id: 'useradd-large-uid',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '큰 UID로 useradd할 때 -l을 붙여요', en: 'Pass -l to useradd with a large UID' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#user',
      'https://github.com/shadow-maint/shadow/blob/4.13/src/useradd.c',
      'https://github.com/shadow-maint/shadow/blob/4.12.3/src/useradd.c',
      'https://docs.docker.com/build/cache/backends/#cache-mode',
      'https://github.com/docker-library/official-images/blob/37079fb336f572a88700cf32e5e1f6be54a04e8f/library/node',
    ],
    messages: {
      growsLogs: {
        ko: '‘{image}’의 useradd는 -l 없이 UID가 {uid}인 사용자를 만들면 /var/log/lastlog를 {size} 크기로 늘려요. 레이어는 빈 부분도 0으로 채워 저장해서 이미지가 그만큼 커져요. ‘useradd -l’(--no-log-init)을 쓰세요.',
        en: 'Without -l, useradd in ‘{image}’ grows /var/log/lastlog to {size} for UID {uid}. A layer stores the empty part as zeros, so the image grows by as much. Use ‘useradd -l’ (--no-log-init).',
      },
    },
    equivalents: { hadolint: ['DL3046'] },
    fixable: true,
  },
  (doc, report) => {
    let shipped: ReadonlySet<number> | undefined;
    for (const found of allCommands(doc)) {
      if (found.resolved.program !== 'useradd') continue;
      shipped ??= shippedStageIndexes(doc);
      if (!shipped.has(found.script.stage.index)) continue;
      const { args } = found.resolved;
      if (skipsLogs(args)) continue;
      const uid = uidOf(args);
      if (uid === undefined || uid < THRESHOLD || uid > MAX_UID) continue;
      const base = stageBase(doc, found.script.stage);
      if (useraddGrowsLogs(base.ref) !== true) continue;
      const word = found.command.words[found.resolved.programIndex];
      const at = doc.lines.positionAt(word.end);
      // The exec form is a JSON array: the option goes in as its own string after the program's.
      const insert = found.script.exec ? ', "-l"' : ' -l';
      report({
        range: doc.lines.range(word.start, word.end),
        messageId: 'growsLogs',
        data: { uid: String(uid), size: humanSize(uid * LASTLOG_RECORD), image: base.image ?? '' },
        fixes: [{ title: { ko: '-l 붙이기', en: 'Add -l' }, edits: [{ range: { start: at, end: at }, newText: insert }] }],
      });
    }
  },
);

/**
 * `-l`, `--no-log-init` or a prefix of it that names no other option (getopt_long takes those:
 * `--no-log`, `--no-l`), or `l` among bundled short flags before one that takes a value (`-lm`, `-rlu 1`).
 */
function skipsLogs(args: readonly ShellWord[]): boolean {
  for (const a of args) {
    const t = a.text;
    if (t.length >= '--no-l'.length && '--no-log-init'.startsWith(t)) return true;
    if (t === '--') return false;
    if (!/^-[a-zA-Z]/.test(t) || t.startsWith('--')) continue;
    for (const c of t.slice(1)) {
      if (c === 'l') return true;
      if (SHORT_WITH_VALUE.includes(c)) break;
    }
  }
  return false;
}

/** The UID given with `-u N`, `-uN`, `--uid N`, `--uid=N` or a bundle ending in `u`; undefined when absent or not a plain number. */
function uidOf(args: readonly ShellWord[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    let value: ShellWord | string | undefined;
    if (t === '--uid') value = args[i + 1];
    else if (t.startsWith('--uid=')) value = args[i].dynamic ? undefined : t.slice('--uid='.length);
    else if (LONG_WITH_VALUE.has(t)) {
      i++;
      continue;
    } else if (/^-[a-zA-Z]/.test(t) && !t.startsWith('--')) {
      const letters = t.slice(1);
      const at = [...letters].findIndex((c) => SHORT_WITH_VALUE.includes(c));
      if (at < 0) continue;
      if (letters[at] !== 'u') {
        if (at === letters.length - 1) i++; // the option's value is the next word
        continue;
      }
      value = at === letters.length - 1 ? args[i + 1] : (args[i].dynamic ? undefined : letters.slice(at + 1));
    } else continue;
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      if (value.dynamic) return undefined;
      value = value.text;
    }
    return /^\d+$/.test(value) ? Number(value) : undefined;
  }
  return undefined;
}

/** 292000000 → ‘292MB’, 423000000000 → ‘423GB’ (decimal units, rounded). */
function humanSize(bytes: number): string {
  if (bytes >= 1e9) return `${Math.round(bytes / 1e8) / 10}GB`;
  return `${Math.round(bytes / 1e6)}MB`;
}
