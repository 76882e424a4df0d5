import type { TopicTable } from '../types';
import { composeTopLevelTopics } from './compose/topLevel';
import { composeImageTopics } from './compose/serviceImage';
import { composeNetworkTopics } from './compose/serviceNetwork';
import { composeStorageTopics } from './compose/serviceStorage';
import { composeLifecycleTopics } from './compose/serviceLifecycle';

// Compose keys and values. Facts checked against https://docs.docker.com/reference/compose-file/
// Ids: `compose.<top-level key>` (`compose.volumes`), `compose.service.<key>[.<sub key>]`
// (`compose.service.deploy.resources.limits`), plus `compose.common` (shared sentences),
// `compose.unknownKey`, `compose.extension*` and `compose.yaml.*` for the generic hovers.
// The table from YAML paths to these ids is src/core/explain/compose/schema.ts.
export const composeTopics: TopicTable = {
  ...composeTopLevelTopics,
  ...composeImageTopics,
  ...composeNetworkTopics,
  ...composeStorageTopics,
  ...composeLifecycleTopics,
};
