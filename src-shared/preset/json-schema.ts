import { z } from 'zod';
import { Preset, PRESET_FORMAT } from './schema';

/**
 * The JSON Schema published as docs/preset.schema.json, generated from the
 * zod schema so the two cannot drift (a test compares them). Checks that are
 * code (URL, GOPRIVATE, e-mail) appear as plain strings: the file helps
 * editors; `go-wsl-doctor preset check` is the authority.
 */
export function presetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Preset, { target: 'draft-2020-12', io: 'input' }),
    title: `go-wsl-setup preset (${PRESET_FORMAT})`,
    description: 'What a person would otherwise choose in the go-wsl-setup wizard; each choice { value, locked? }. See docs/preset.md.',
  };
}

export function presetJsonSchemaText(): string {
  return `${JSON.stringify(presetJsonSchema(), null, 2)}\n`;
}
