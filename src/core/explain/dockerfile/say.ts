import type { Language } from '../../types';
import { fill, pick } from '../../types';
import { getTopic } from '../../knowledge';

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
    // Korean templates write a particle pair after a value (`{value}은/는`); `fill` picks one.
    return fill(pick(template, this.lang), values);
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
