import type { Topic, TopicTable } from './types';
import { dockerfileTopics } from './topics/dockerfile';
import { composeTopics } from './topics/compose';
import { commandTopics } from './topics/commands';

export type { Topic, TopicTable } from './types';

const tables: TopicTable[] = [dockerfileTopics, composeTopics, commandTopics];

const registry = new Map<string, Topic>();
for (const table of tables) {
  for (const [id, topic] of Object.entries(table)) registry.set(id, { ...topic, id });
}

export function getTopic(id: string): Topic | undefined {
  return registry.get(id);
}

export function allTopics(): Topic[] {
  return [...registry.values()];
}
