import type { Rule } from '../types';
import { hit } from './util';

/** git as Go uses it: authentication prompts Go disables, and git missing altogether. */
const auth: Rule = (ctx) => {
  const line = ctx.first(/Permission denied \(publickey\)|terminal prompts disabled|could not read (?:Username|Password)|Authentication failed for|Cannot prompt because user interactivity has been disabled|Host key verification failed|fatal: Could not read from remote repository/i);
  return line ? [hit('GIT_AUTH', 0.88, line)] : [];
};

const missing: Rule = (ctx) => {
  const line = ctx.first(/exec: "git": executable file not found|missing Git command|(?:^|\s)git: (?:command )?not found|'git' is not recognized|Command 'git' not found/);
  return line ? [hit('GIT_MISSING', 0.95, line)] : [];
};

export const gitRules: Rule[] = [auth, missing];
