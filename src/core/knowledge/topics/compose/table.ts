import type { Topic, TopicTable } from '../../types';

/** A topic as written in a table file: the id is the table key. */
export type TopicDraft = Omit<Topic, 'id'>;

export function table(drafts: Record<string, TopicDraft>): TopicTable {
  const out: TopicTable = {};
  for (const [id, draft] of Object.entries(drafts)) out[id] = { ...draft, id };
  return out;
}

/** Docker's Compose file reference; `services/#ports` etc. */
export const REF = 'https://docs.docker.com/reference/compose-file/';
