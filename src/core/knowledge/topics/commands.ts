import type { TopicTable } from '../types';
import { buildTopics } from './commands/build';
import { commonCommandTopics } from './commands/common';
import { composeCommandTopics } from './commands/compose';
import { everydayTopics } from './commands/everyday';
import { manageTopics } from './commands/manage';
import { runTopics } from './commands/run';

// docker CLI commands and flags. Facts checked against https://docs.docker.com/reference/cli/docker/
// Ids: `cli.<subcommand words joined by dots>` for a command (`cli.compose.up`) and
// `cli.<subcommand>.--<long flag>` for a flag (`cli.run.--publish`).
export const commandTopics: TopicTable = {
  ...commonCommandTopics,
  ...runTopics,
  ...buildTopics,
  ...composeCommandTopics,
  ...manageTopics,
  ...everydayTopics,
};
