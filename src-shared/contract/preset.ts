import { z } from 'zod';
import { Empty, invoke } from './define';
import { LocalizedText } from './app';
import { Preset, PRESET_CHOICES } from '../preset/schema';

/**
 * The preset main read at start (docs/preset.md): the page shows its choices
 * (locked ones with a lock) or, when it is invalid, only its problems, by
 * JSON path in both languages, and nothing else runs. Main enforces the
 * locks itself (src-main/ipc/preset-locks.ts): the page cannot forge them.
 */
export const PresetChoiceKey = z.enum(PRESET_CHOICES);

export const PresetInfo = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }).strict(),
  z.object({ status: z.literal('ok'), source: z.string().max(1024), preset: Preset, locked: z.array(PresetChoiceKey) }).strict(),
  z
    .object({
      status: z.literal('invalid'),
      source: z.string().max(1024),
      problems: z.array(z.object({ path: z.string().max(1024), code: z.string().max(64), message: LocalizedText })).max(200),
    })
    .strict(),
]);
export type PresetInfo = z.infer<typeof PresetInfo>;

export const presetInvoke = {
  'preset.get': invoke(Empty, PresetInfo),
  /**
   * Save the finished journey's choices as a preset: main builds it from what it did (never from the page),
   * asks where in its own save dialog, checks and writes it. Cancelled: saved false.
   */
  'preset.save': invoke(Empty, z.object({ saved: z.boolean(), path: z.string().max(1024).nullable() })),
} as const;
