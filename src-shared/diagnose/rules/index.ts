import type { Rule } from '../types';
import { aptRules } from './apt';
import { gitRules } from './git';
import { goRules } from './go';
import { hypervRules } from './hyperv';
import { localizedRules } from './localized';
import { pendingRestart } from './pending-restart';
import { networkRules } from './network';
import { windowsRules } from './windows';
import { wslConfRule } from './wsl-conf';
import { wslRules } from './wsl';
import { inboxUsageOnly } from './wsl-inbox-help';

/** Every signal rule, by area. Order matters only to break exact confidence ties. */
export const ALL_RULES: readonly Rule[] = [...hypervRules, ...windowsRules, ...wslRules, inboxUsageOnly, wslConfRule, ...goRules, ...networkRules, ...gitRules, ...aptRules, ...localizedRules, pendingRestart];
