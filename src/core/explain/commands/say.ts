import type { Language } from '../../types';
import { pick } from '../../types';
import { getTopic } from '../../knowledge';
import type { Topic } from '../../knowledge/types';
import { SafeMarkdown, fillMarkdown } from '../markdown';
import type { MarkdownValues } from '../markdown';

/** Reads command topics and their templates in one language. */
export class CommandSay {
  constructor(readonly lang: Language) {}

  topic(id: string): Topic | undefined {
    return getTopic(id);
  }

  /** A filled template of a topic, or '' when it is missing (the tests catch missing ones). */
  t(topicId: string, name: string, values: MarkdownValues = {}): string {
    const template = getTopic(topicId)?.templates?.[name];
    return template ? fillMarkdown(pick(template, this.lang), values) : '';
  }

  /** The filled template as a value for another template (our words, inserted as they are). */
  md(topicId: string, name: string, values: MarkdownValues = {}): SafeMarkdown {
    return SafeMarkdown.ours(this.t(topicId, name, values));
  }

  summary(topic: Topic, values: MarkdownValues = {}): string {
    return fillMarkdown(pick(topic.summary, this.lang), values);
  }
}

/** The knowledge id of a subcommand key: `compose up` → `cli.compose.up`. */
export function commandTopicId(key: string): string {
  return `cli.${key.replace(/ /g, '.')}`;
}

// Subcommands whose flags mean what `docker run`'s flags of the same name mean.
const RUN_FAMILY = new Set(['create', 'exec', 'compose run', 'compose exec']);

/** The most specific topic for a flag of a subcommand, falling back to `docker run`'s. */
export function flagTopic(key: string, long: string): Topic | undefined {
  const own = getTopic(`${commandTopicId(key)}.--${long}`);
  if (own) return own;
  if (RUN_FAMILY.has(key)) return getTopic(`cli.run.--${long}`);
  return undefined;
}
