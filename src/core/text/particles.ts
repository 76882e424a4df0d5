// Korean particles (조사) after a value we only know at run time: `{keyword}`은/는 must become
// "`FROM`은" but "`COPY`는". The choice depends on how the value's last syllable is read aloud,
// which for code (English words, acronyms, numbers, paths) is a guess. The guess below:
//
// - Hangul: the syllable's own final consonant (받침); ㄹ counts apart for 으로/로.
// - Digits: the trailing number read as a Sino-Korean numeral, as Korean developers say port
//   numbers: 8080 → 팔천팔십 (ends in 십, ㅂ) → "8080은"; 80 → 팔십; 443 → 사백사십삼; 22 → 이십이 → "22는";
//   1 → 일 (ㄹ) → "127.0.0.1로"; 1000 → 천; 10000 → 만. A number after a dot ("22.04", an IP's
//   last group) is read the same way: digit by digit or as a whole it ends alike.
// - Latin letters, the trailing run of letters only (`node:18-alpine` → "alpine", `NET_ADMIN` → "ADMIN"):
//   * Spelled letter by letter when it has no vowel letter (npm, CMD, tcp, html, ssh), is one
//     letter (`z`, `conf.d`), or is a two-letter capital acronym (IP, ID, OS) or `ip`/`ok`. Letter names that
//     end in a consonant: L, R (엘, 알 → ㄹ) and M, N (엠, 엔); every other letter name ends in a vowel.
//   * Otherwise read as an English word the way Korean loanwords are written: -m, -n, -ng end
//     in a consonant (`FROM`은, `run`은, `string`은); -l and -le in ㄹ (`SHELL`로, `Dockerfile`로);
//     silent -e after m/n/l likewise (`volume`은, `alpine`은, `file`로); a short vowel followed
//     by p, t, k, ck, c or b is read with 받침 (`app`은, `apt-get`은, `exec`은, `stack`은, `web`은),
//     except a few loanwords that end in 으 (체크, 허브), and a few long vowels keep 받침 as
//     loanwords (`timeout`은, `group`은, `sleep`은); every other ending is read with
//     a vowel (으 added or a vowel sound: `build`는, `node`는, `docker`는, `redis`는, `nginx`는,
//     `root`는, `host`는, `HEALTHCHECK`는).
// - A unit right after a number (`1GiB`, `512 MB`, `30s`, `2h`) is read as the unit's Korean
//   name: 기비바이트 → "`1GiB`는", 초 → "`30s`는", 시간 → "`2h`은"; a bare `m` (메가 or 분) keeps both forms.
// - Anything else (a symbol such as `/`, `*`, `.`, `…`, an empty value, another script) cannot
//   be read reliably, and a wrong guess reads worse than both forms, so the particle keeps
//   both forms: 은(는), 이(가), 을(를), 과(와), (으)로, (이)에요.
// Markdown code marks, quotes and closing brackets after the value are not read; a trailing
// parenthetical is skipped the way Korean orthography attaches a particle to the word before
// the parenthesis: "`web`(줄 3)이에요" reads `web`.

/** How a text's last spoken syllable ends. */
export type FinalSound = 'none' | 'rieul' | 'other' | 'unknown';

/**
 * Particle pairs a template may write, the form after a final consonant first. Longest first so
 * a regular expression alternation tries `이에요/예요` before `이/가`.
 */
export const PARTICLE_PAIRS = [
  '이라는/라는',
  '이라고/라고',
  '이에요/예요',
  '이었어요/였어요',
  '이나/나',
  '이랑/랑',
  '으로/로',
  '은/는',
  '이/가',
  '을/를',
  '과/와',
] as const;

export type ParticlePair = (typeof PARTICLE_PAIRS)[number];

/** The particle of `pair` that follows `text` when `text` is read aloud in Korean. */
export function particle(text: string, pair: string): string {
  const [withFinal, withoutFinal] = pair.split('/');
  if (withFinal === undefined || withoutFinal === undefined) return pair;
  const final = finalSound(text);
  if (final === 'unknown') return bothForms(withFinal, withoutFinal);
  // 으로 is the only pair where ㄹ acts like a vowel: "`html`로", "파일로".
  if (withFinal.startsWith('으') && final === 'rieul') return withoutFinal;
  return final === 'none' ? withoutFinal : withFinal;
}

/** `text` followed by the right particle of `pair`. */
export function withParticle(text: string, pair: string): string {
  return text + particle(text, pair);
}

/** Both forms, the way Korean UIs write a particle they cannot choose: 은(는), (으)로, (이)에요. */
function bothForms(withFinal: string, withoutFinal: string): string {
  if (withFinal === '이에요') return '(이)에요';
  if (withFinal === '이었어요') return '(이)었어요';
  const extra = withFinal.slice(0, withFinal.length - withoutFinal.length);
  if (withFinal.endsWith(withoutFinal) && extra.length === 1) return `(${extra})${withoutFinal}`;
  return `${withFinal}(${withoutFinal})`;
}

// Marks that are not read: Markdown code marks, quotes, closing brackets, spaces. A dot, colon
// or comma right before a particle belongs to the value (`.`, `host:`) and is not skipped.
const UNREAD_TRAILING = /[`'"\]}>\s”’」』》〉]+$/u;

/** Whether the last spoken syllable of `text` ends in a consonant (받침), and whether that is ㄹ. */
export function finalSound(text: string): FinalSound {
  const visible = readableEnd(text);
  if (!visible) return 'unknown';
  const last = visible.charAt(visible.length - 1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    if (jong === 0) return 'none';
    return jong === 8 ? 'rieul' : 'other';
  }
  if (/[0-9]/.test(last)) return numberFinal(/[0-9]+$/.exec(visible)?.[0] ?? last);
  if (/[A-Za-z]/.test(last)) {
    const unit = unitAfterNumber(visible);
    if (unit !== undefined) return unit;
    return latinFinal(/[A-Za-z]+$/.exec(visible)?.[0] ?? last);
  }
  return 'unknown';
}

const READ_TAIL = 200;

/** `text` without what is not read at its end: closing marks, a trailing parenthetical, a path's last `/`. */
function readableEnd(text: string): string {
  // Only the end is read; a bounded tail keeps every regular expression below linear on huge values.
  let visible = text.slice(-READ_TAIL);
  for (let guard = 0; guard < 8; guard++) {
    const before = visible;
    visible = visible.replace(UNREAD_TRAILING, '');
    if (visible.endsWith(')') || visible.endsWith('）')) {
      const open = matchingOpen(visible);
      const head = open > 0 ? visible.slice(0, open).replace(UNREAD_TRAILING, '') : '';
      // "`web`(줄 3)" reads `web`; a text that is only a parenthesis is read inside it.
      visible = head ? head : visible.slice(0, -1);
    }
    // "/app/" is read "app"; a lone "/" stays and is unreadable.
    if (visible.length > 1 && visible.endsWith('/')) visible = visible.slice(0, -1);
    if (visible === before) break;
  }
  return visible;
}

/** Index of the `(` that the final `)` closes, or -1. */
function matchingOpen(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === ')' || ch === '）') depth++;
    else if (ch === '(' || ch === '（') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// Sino-Korean digit names: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_FINAL: Record<string, FinalSound> = {
  '0': 'other', '1': 'rieul', '2': 'none', '3': 'other', '4': 'none',
  '5': 'none', '6': 'other', '7': 'rieul', '8': 'rieul', '9': 'none',
};

/**
 * The last syllable of a number read as a Sino-Korean numeral. Only trailing zeros change it:
 * 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), then every four places 만 (ㄴ), 억 (ㄱ), 조 (none), 경 (ㅇ).
 */
function numberFinal(digits: string): FinalSound {
  const n = digits.replace(/^0+/, '');
  if (!n) return 'other'; // 영 (or 공)
  const zeros = n.length - n.replace(/0+$/, '').length;
  if (zeros === 0) return DIGIT_FINAL[n.charAt(n.length - 1)] ?? 'unknown';
  const place = zeros % 4; // 1 십, 2 백, 3 천
  if (place !== 0) return 'other';
  const myriad = zeros / 4; // 1 만, 2 억, 3 조, 4 경
  return myriad === 3 ? 'none' : myriad <= 4 ? 'other' : 'unknown';
}

// Units written right after a number are read as the unit's Korean name, not letter by letter
// nor as an English word: `1GiB` 기비바이트, `512MB` 메가바이트, `30s` 초, `500ms` 밀리초,
// `2h` 시간, `1g` 기가. A bare `m` is 메가 for sizes but 분 for durations: both forms.
const UNIT_FINAL: Record<string, FinalSound> = {
  b: 'none', kb: 'none', mb: 'none', gb: 'none', tb: 'none', pb: 'none', // …바이트
  kib: 'none', mib: 'none', gib: 'none', tib: 'none', pib: 'none',
  k: 'none', g: 'none', t: 'none', p: 'none', // 킬로, 기가, 테라, 페타
  ki: 'none', mi: 'none', gi: 'none', ti: 'none', // 키비, 메비, 기비, 테비
  ns: 'none', us: 'none', ms: 'none', s: 'none', // 나노초, 마이크로초, 밀리초, 초
  h: 'other', // 시간
  m: 'unknown', // 메가 or 분
};

/** The final sound of a unit written right after a number (`1GiB`, `512 MB`, `10s`), if it is one. */
function unitAfterNumber(visible: string): FinalSound | undefined {
  const m = /[0-9] ?([A-Za-z]{1,3})$/.exec(visible);
  if (!m) return undefined;
  return UNIT_FINAL[m[1].toLowerCase()];
}

/** Letter names: 엘 and 알 end in ㄹ, 엠 and 엔 in another consonant, the rest in a vowel. */
function letterFinal(letter: string): FinalSound {
  const l = letter.toLowerCase();
  if (l === 'l' || l === 'r') return 'rieul';
  if (l === 'm' || l === 'n') return 'other';
  return 'none';
}

// Loanwords whose short-vowel ending is still written with 으: 체크, 허브, 서브.
const READ_WITH_VOWEL = /(check|hub|sub)$/;
// Long vowels that still end in 받침 as loanwords: 타임아웃, 그룹, 슬립, 웹훅.
const LONG_WITH_FINAL = /(out|oup|eep|ook)$/;
// Lowercase words that are said letter by letter although a vowel starts them: 아이피, 오케이.
const SAID_AS_LETTERS = /^(ip|ok)$/;

/** The final sound of a run of Latin letters, read as letters or as an English word (see the top). */
function latinFinal(word: string): FinalSound {
  const lower = word.toLowerCase();
  const last = lower.charAt(lower.length - 1);
  const spelled =
    lower.length === 1 || !/[aeiouy]/.test(lower) || (word.length === 2 && word === word.toUpperCase()) || SAID_AS_LETTERS.test(lower);
  if (spelled) return letterFinal(last);
  if (lower.endsWith('ng') || last === 'm' || last === 'n') return 'other';
  if (last === 'l') return 'rieul';
  if (last === 'e') {
    const beforeE = lower.charAt(lower.length - 2);
    if (beforeE === 'l') return 'rieul';
    if ((beforeE === 'm' || beforeE === 'n') && /[aeiou]/.test(lower.charAt(lower.length - 3))) return 'other';
    return 'none';
  }
  if (READ_WITH_VOWEL.test(lower)) return 'none';
  if (LONG_WITH_FINAL.test(lower)) return 'other';
  // A short vowel (one vowel letter after a consonant or at the start) before p, t, k, c, b,
  // or the doubled pp, tt, ck: 앱, 겟, 스택, 이그젝, 웹.
  const stop = /(?:^|[^aeiou])[aeiou](?:p|pp|t|tt|k|ck|c|b)$/.exec(lower);
  if (stop) return 'other';
  return 'none';
}
