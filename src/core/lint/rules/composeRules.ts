import type { Rule } from '../types';
import { noDuplicateHostPort } from './no-duplicate-host-port';
import { noDuplicateContainerName } from './no-duplicate-container-name';
import { validPortMapping } from './valid-port-mapping';
import { quotePortMapping } from './quote-port-mapping';
import { noUndefinedService } from './no-undefined-service';
import { noUndeclaredVolume } from './no-undeclared-volume';
import { noUndeclaredNetwork } from './no-undeclared-network';
import { validVolumeSpec } from './valid-volume-spec';
import { noDuplicateMountTarget } from './no-duplicate-mount-target';
import { requireImageTag } from './require-image-tag';
import { noObsoleteVersion } from './no-obsolete-version';
import { noDockerSocketMount } from './no-docker-socket-mount';
import { noPrivileged } from './no-privileged';
import { yamlSyntax } from './yaml-syntax';
import { composeSchema } from './compose-schema';

/** Compose rules, in the order of the table (require-image-tag also reads Dockerfiles). */
export const composeRules: readonly Rule[] = [
  noDuplicateHostPort,
  noDuplicateContainerName,
  validPortMapping,
  quotePortMapping,
  noUndefinedService,
  noUndeclaredVolume,
  noUndeclaredNetwork,
  validVolumeSpec,
  noDuplicateMountTarget,
  requireImageTag,
  noObsoleteVersion,
  noDockerSocketMount,
  noPrivileged,
  yamlSyntax,
  composeSchema,
];
