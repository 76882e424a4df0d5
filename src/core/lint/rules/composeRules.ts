import type { Rule } from '../types';
import { noDuplicateHostPort } from './no-duplicate-host-port';

export const composeRules: readonly Rule[] = [noDuplicateHostPort];
