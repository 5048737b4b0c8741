import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetJsonSchemaText } from '../../../src-shared/preset/json-schema';

const FILE = path.resolve(__dirname, '../../../docs/preset.schema.json');

/**
 * docs/preset.schema.json is generated from the zod schema. This test fails
 * when the file is out of date; regenerate with
 *   UPDATE_PRESET_SCHEMA=1 npx vitest run test/shared/preset/json-schema.test.ts
 */
describe('docs/preset.schema.json', () => {
  it('is what z.toJSONSchema makes of the preset schema today', () => {
    const now = presetJsonSchemaText();
    if (process.env.UPDATE_PRESET_SCHEMA === '1') writeFileSync(FILE, now);
    expect(existsSync(FILE), 'docs/preset.schema.json missing: run with UPDATE_PRESET_SCHEMA=1').toBe(true);
    expect(readFileSync(FILE, 'utf8'), 'docs/preset.schema.json is out of date: run with UPDATE_PRESET_SCHEMA=1').toBe(now);
  });

  it('forbids unknown keys and pins the format, as the zod schema does', () => {
    const s = JSON.parse(readFileSync(FILE, 'utf8')) as { additionalProperties?: unknown; required?: string[]; properties: Record<string, { const?: unknown }> };
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toContain('format');
    expect(s.properties.format?.const).toBe('go-wsl-setup.preset/1');
  });
});
