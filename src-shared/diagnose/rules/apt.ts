import type { Rule } from '../types';
import { hit } from './util';

/** apt/dpkg: the lock held by unattended-upgrades on a fresh distro. Its network errors are network.ts's. */
const locked: Rule = (ctx) => {
  const line = ctx.first(/Could not get lock \/var\/(?:lib|cache)\/(?:dpkg|apt)|Unable to acquire the dpkg frontend lock|Unable to lock the administration directory|Unable to lock directory \/var\/lib\/apt/);
  return line ? [hit('APT_LOCKED', 0.95, line)] : [];
};

export const aptRules: Rule[] = [locked];
