import type { Concept, ConceptId } from './types';
import { CONCEPT_IDS } from './types';
import { whyContainers } from './whyContainers';
import { containersVsVms } from './containersVsVms';
import { imagesContainers } from './imagesContainers';
import { layers } from './layers';
import { buildPushPullRun } from './buildPushPullRun';
import { runFlow } from './runFlow';
import { volumes } from './volumes';
import { networks } from './networks';
import { ports } from './ports';
import { isolation } from './isolation';
import { multiStage } from './multiStage';
import { compose } from './compose';
import { envArgs } from './envArgs';
import { cmdEntrypoint } from './cmdEntrypoint';

export type { Concept, ConceptDiagram, ConceptId, ConceptSection, ConceptExample, Diagram, Shape, Tone } from './types';
export { CONCEPT_IDS } from './types';

/** In learning order: the panel lists them like this. */
const concepts: readonly Concept[] = [
  whyContainers,
  containersVsVms,
  imagesContainers,
  layers,
  buildPushPullRun,
  runFlow,
  volumes,
  networks,
  ports,
  isolation,
  multiStage,
  compose,
  envArgs,
  cmdEntrypoint,
];

export function allConcepts(): readonly Concept[] {
  return concepts;
}

export function isConceptId(id: unknown): id is ConceptId {
  return typeof id === 'string' && (CONCEPT_IDS as readonly string[]).includes(id);
}

export function getConcept(id: string): Concept | undefined {
  return concepts.find((c) => c.id === id);
}
