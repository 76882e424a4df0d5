import type { Language } from '../../types';
import { pick } from '../../types';
import { getTopic } from '../../knowledge';

/**
 * Fills a knowledge template for one language. Korean templates write a particle pair right
 * after a placeholder (`{value}은/는`, `{stage}이에요/예요`) because the right particle depends
 * on the value's last sound; `fillKo` picks it. Unknown placeholders stay visible, like `fill`.
 */
export function fillTemplate(template: string, values: Record<string, string | number>, lang: Language): string {
  return template.replace(/\{(\w+)\}(이에요\/예요|은\/는|이\/가|을\/를|과\/와|으로\/로)?/g, (whole, key: string, pair: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(values, key)) return whole;
    const value = String(values[key]);
    if (!pair) return value;
    if (lang !== 'ko') return value;
    return value + particle(value, pair);
  });
}

/** The particle of `pair` (`은/는`, …) that follows `text` when read aloud in Korean. */
export function particle(text: string, pair: string): string {
  const [withFinal, withoutFinal] = pair.split('/');
  const final = finalSound(text);
  if (pair === '으로/로') return final === 'none' || final === 'rieul' ? withoutFinal : withFinal;
  return final === 'none' ? withoutFinal : withFinal;
}

type Final = 'none' | 'rieul' | 'other';

/** Whether the last spoken syllable of `text` ends in a consonant (받침). */
function finalSound(text: string): Final {
  // Look at what is read: drop Markdown code marks, closing brackets and quotes.
  const visible = text.replace(/[`'"\])}>\s.,:;!?]+$/g, '');
  const last = visible.charAt(visible.length - 1);
  if (!last) return 'none';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    if (jong === 0) return 'none';
    return jong === 8 ? 'rieul' : 'other';
  }
  if (/[0-9]/.test(last)) {
    // 영 일 이 삼 사 오 육 칠 팔 구
    return '1'.includes(last) || '78'.includes(last) ? 'rieul' : '036'.includes(last) ? 'other' : 'none';
  }
  const lower = last.toLowerCase();
  if (lower === 'l') return 'rieul';
  // Read as English words: "-m", "-n", "-ng" end in a consonant (`npm은`), "-l" in ㄹ (`html로`);
  // most other endings are read with a vowel (`build는`, `node를`).
  if (lower === 'm' || lower === 'n' || /ng$/i.test(visible)) return 'other';
  return 'none';
}

/** Template names asked for but missing from the knowledge data; the tests require it to stay empty. */
export const missingTemplates = new Set<string>();

/** Reads templates of one topic in one language. */
export class Say {
  constructor(readonly lang: Language) {}

  /** The filled template, or '' when the topic or template is missing (tests catch that). */
  t(topicId: string, name: string, values: Record<string, string | number> = {}): string {
    const template = getTopic(topicId)?.templates?.[name];
    if (!template) {
      missingTemplates.add(`${topicId}#${name}`);
      return '';
    }
    return fillTemplate(pick(template, this.lang), values, this.lang);
  }

  has(topicId: string, name: string): boolean {
    return getTopic(topicId)?.templates?.[name] !== undefined;
  }

  /** A short list for a hover line: the first `max` items, then "외 N개" / "and N more". */
  list(items: string[], max = 4): string {
    if (items.length <= max) return items.join(', ');
    const rest = items.length - max;
    return `${items.slice(0, max).join(', ')}${this.lang === 'ko' ? ` 외 ${rest}개` : ` and ${rest} more`}`;
  }
}
