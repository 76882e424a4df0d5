import type { TopicTable } from '../types';

// docker CLI commands and flags. Facts checked against https://docs.docker.com/reference/cli/docker/
export const commandTopics: TopicTable = {};
