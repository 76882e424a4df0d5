import type { TopicTable } from '../types';
import { dockerfileCommonTopics } from './dockerfile/common';
import { dockerfileInstructionTopics } from './dockerfile/instructions';
import { dockerfileFlagTopics } from './dockerfile/flags';
import { dockerfileMountTopics } from './dockerfile/mounts';
import { dockerfileSyntaxTopics } from './dockerfile/syntax';
import { dockerfileProcessTopics } from './dockerfile/process';

// Every Dockerfile topic: instructions, flags, mounts, directives and other syntax, and the
// shared layer/cache sentences. Facts checked against https://docs.docker.com/reference/dockerfile/
export const dockerfileTopics: TopicTable = {
  ...dockerfileCommonTopics,
  ...dockerfileInstructionTopics,
  ...dockerfileFlagTopics,
  ...dockerfileMountTopics,
  ...dockerfileSyntaxTopics,
  ...dockerfileProcessTopics,
};
