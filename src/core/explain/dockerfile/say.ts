import type { Language } from '../../types';
import { pick } from '../../types';
import { getTopic } from '../../knowledge';
import { SafeMarkdown, fillMarkdown, joinMarkdown } from '../markdown';
import type { MarkdownValues } from '../markdown';

/** Template names asked for but missing from the knowledge data; the tests require it to stay empty. */
export const missingTemplates = new Set<string>();

/** Reads templates of one topic in one language. */
export class Say {
  constructor(readonly lang: Language) {}

  /** The filled template, or '' when the topic or template is missing (tests catch that). */
  t(topicId: string, name: string, values: MarkdownValues = {}): string {
    const template = getTopic(topicId)?.templates?.[name];
    if (!template) {
      missingTemplates.add(`${topicId}#${name}`);
      return '';
    }
    // Korean templates write a particle pair after a value (`{value}은/는`); `fill` picks one.
    return fillMarkdown(pick(template, this.lang), values);
  }

  has(topicId: string, name: string): boolean {
    return getTopic(topicId)?.templates?.[name] !== undefined;
  }

  /** The filled template as a value for another template (our words, inserted as they are). */
  md(topicId: string, name: string, values: MarkdownValues = {}): SafeMarkdown {
    return SafeMarkdown.ours(this.t(topicId, name, values));
  }

  /** A short list for a hover line: the first `max` items, then "외 N개" / "and N more". */
  list(items: SafeMarkdown[], max = 4): SafeMarkdown {
    if (items.length <= max) return joinMarkdown(items, ', ');
    const rest = items.length - max;
    return SafeMarkdown.ours(`${joinMarkdown(items.slice(0, max), ', ').markdown}${this.lang === 'ko' ? ` 외 ${rest}개` : ` and ${rest} more`}`);
  }
}
