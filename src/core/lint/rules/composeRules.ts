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
import { noUndeclaredSecret } from './no-undeclared-secret';
import { noUndeclaredConfig } from './no-undeclared-config';
import { requiredVariable } from './required-variable';
import { validExtends } from './valid-extends';

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
  noUndeclaredSecret,
  noUndeclaredConfig,
  requiredVariable,
  validExtends,
];
