import { z } from 'zod';

/**
 * The wizard's steps, in order: the one list. The renderer's step navigation,
 * the resume point after a restart and the support report's step sections all
 * read it, so a new step cannot be shown by the page and refused by main.
 */
export const STEP_IDS = ['preflight', 'wsl', 'distro', 'go', 'network', 'verify', 'editor', 'finish'] as const;
export const StepName = z.enum(STEP_IDS);
export type StepName = z.infer<typeof StepName>;
