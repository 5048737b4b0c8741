import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPreset } from '../../../src-shared/preset/problems';
import { type Preset, PRESET_FORMAT } from '../../../src-shared/preset/schema';
import { presetToWinget, VSCODE_WINGET_ID, wingetYaml } from '../../../src-shared/preset/winget';
import { WingetConfiguration, wingetProblems } from '../../../src-shared/preset/winget-schema';
import { toYaml } from '../../../src-shared/preset/yaml';
import { EXIT_CODES } from '../../../src-main/services/unattended/outcome';

// js-yaml (installed with electron-builder) is an independent YAML reader: what winget would parse.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const EXAMPLES = path.resolve(__dirname, '../../../docs/presets');
function example(name: string): Preset {
  const r = readPreset(readFileSync(path.join(EXAMPLES, name), 'utf8'));
  if (!r.ok) throw new Error(`${name} invalid`);
  return r.preset;
}

function setScriptOf(c: WingetConfiguration): string {
  const s = c.properties?.resources?.find((r) => r.resource === 'PSDscResources/Script')?.settings?.SetScript;
  if (typeof s !== 'string') throw new Error('no SetScript');
  return s;
}

describe('the winget configuration schema (rules of winget-cli configuration.schema.0.2.json)', () => {
  const ok = { properties: { configurationVersion: '0.2.0', resources: [{ resource: 'Microsoft.WinGet.DSC/WinGetPackage', settings: { id: 'x' } }] } };
  it('accepts a minimal valid file', () => {
    expect(WingetConfiguration.safeParse(ok).success).toBe(true);
  });
  it.each([
    ['configurationVersion not semver', { properties: { configurationVersion: '0.2' } }],
    ['configurationVersion missing', { properties: { resources: [] } }],
    ['a resource without "resource"', { properties: { configurationVersion: '0.2.0', resources: [{ id: 'a' }] } }],
    ['a resource name over 128', { properties: { configurationVersion: '0.2.0', resources: [{ resource: 'x'.repeat(129) }] } }],
    ['dependsOn not unique', { properties: { configurationVersion: '0.2.0', resources: [{ resource: 'a', dependsOn: ['b', 'b'] }] } }],
    ['a description over 512', { properties: { configurationVersion: '0.2.0', resources: [{ resource: 'a', directives: { description: 'd'.repeat(513) } }] } }],
    ['settings not an object', { properties: { configurationVersion: '0.2.0', resources: [{ resource: 'a', settings: 'x' }] } }],
  ])('refuses %s', (_name, bad) => {
    expect(WingetConfiguration.safeParse(bad).success).toBe(false);
  });
  it('finds a dependsOn that names no resource', () => {
    expect(wingetProblems({ properties: { configurationVersion: '0.2.0', resources: [{ resource: 'a', id: 'a', dependsOn: ['nope'] }] } })).toEqual(['a depends on unknown id nope']);
  });
});

describe('preset winget output', () => {
  for (const name of ['classroom.preset.json', 'company-proxy-ca.preset.json']) {
    it(`${name}: the YAML parses back to a configuration valid by the 0.2 rules`, () => {
      const config = presetToWinget(example(name));
      const text = wingetYaml(config, name);
      expect(text).toContain('configurationVersion: "0.2.0"');
      const parsed = WingetConfiguration.parse(yaml.load(text));
      expect(parsed).toEqual(config);
      expect(wingetProblems(parsed)).toEqual([]);
    });
  }

  it('uses the published resources: the two optional features, WinGetPackage for the wizard, the Script last depending on all', () => {
    const r = presetToWinget(example('classroom.preset.json')).properties?.resources ?? [];
    expect(r.filter((x) => x.resource === 'PSDscResources/WindowsOptionalFeature').map((x) => x.settings?.Name)).toEqual(['Microsoft-Windows-Subsystem-Linux', 'VirtualMachinePlatform']);
    expect(r.filter((x) => x.resource === 'Microsoft.WinGet.DSC/WinGetPackage').map((x) => x.settings?.id)).toEqual(['GoWslSetup.GoOnWslSetup', VSCODE_WINGET_ID]);
    const last = r[r.length - 1];
    expect(last?.resource).toBe('PSDscResources/Script');
    expect(last?.dependsOn).toEqual(r.slice(0, -1).map((x) => x.id));
  });

  it('installs VS Code only when the preset names it', () => {
    const r = presetToWinget({ format: PRESET_FORMAT }).properties?.resources ?? [];
    expect(r.some((x) => x.settings?.id === VSCODE_WINGET_ID)).toBe(false);
    const none = presetToWinget({ format: PRESET_FORMAT, editor: { value: { editor: 'none' } } }).properties?.resources ?? [];
    expect(none.some((x) => x.settings?.id === VSCODE_WINGET_ID)).toBe(false);
  });

  it('the Script runs the installed wizard with --unattended --preset and carries the preset as data', () => {
    const p = example('company-proxy-ca.preset.json');
    const s = setScriptOf(presetToWinget(p));
    expect(s).toContain("@('--unattended', '--preset',");
    const body = s.slice(s.indexOf("@'\n") + 3, s.indexOf("\n'@"));
    expect(JSON.parse(body)).toEqual(p);
  });

  it('the Script reads the unattended run\'s exit codes as the app defines them (restart apart, every other non-zero fails)', () => {
    const s = setScriptOf(presetToWinget(example('classroom.preset.json')));
    expect(s).toContain(`if ($p.ExitCode -eq ${EXIT_CODES.restart}) { throw`);
    expect(s).toContain(`(${EXIT_CODES.failed} failed, ${EXIT_CODES.invalid} invalid preset, ${EXIT_CODES['needs-person']} needs a person)`);
    expect(s).toContain('if ($p.ExitCode -ne 0) { throw');
    expect(EXIT_CODES.done).toBe(0);
  });

  it('--package-id and --wizard-exe are used, and refused when they could break out of their quotes', () => {
    const c = presetToWinget({ format: PRESET_FORMAT }, { packageId: 'Contoso.GoWslSetup', wizardExe: 'C:\\Program Files\\Go on WSL Setup\\Go on WSL Setup.exe' });
    expect(c.properties?.resources?.find((r) => r.id === 'go-wsl-setup')?.settings?.id).toBe('Contoso.GoWslSetup');
    expect(setScriptOf(c)).toContain("$exe = 'C:\\Program Files\\Go on WSL Setup\\Go on WSL Setup.exe'");
    expect(() => presetToWinget({ format: PRESET_FORMAT }, { wizardExe: "C:\\x'; Remove-Item C:\\ -Recurse; '.exe" })).toThrow(/exe path/);
    expect(() => presetToWinget({ format: PRESET_FORMAT }, { packageId: '--source evil' })).toThrow(/package ID/);
  });

  it('no preset text can end the here-string early or change the YAML (property: any description)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (description) => {
        const p: Preset = { format: PRESET_FORMAT, description };
        const c = presetToWinget(p);
        const s = setScriptOf(c);
        expect(s.split('\n').filter((l) => l.startsWith("'@"))).toHaveLength(1);
        expect(yaml.load(wingetYaml(c, 'x.json'))).toEqual(c);
      }),
      // The examples are what a soak run found: YAML refuses a raw C1 control (U+0080) anywhere in the stream.
      { numRuns: 200, examples: [['\u0080'], ['a\u009f\nb'], ['\ufffe'], ['x\ud800y']] },
    );
  });
});

describe('toYaml', () => {
  it('round-trips nested maps, lists, odd keys and strings through an independent reader', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (v) => {
        // YAML has no -0 and JSON numbers beyond doubles are out of scope.
        const clean = JSON.parse(JSON.stringify(v, (_k, x: unknown) => (Object.is(x, -0) ? 0 : x))) as Parameters<typeof toYaml>[0];
        expect(yaml.load(toYaml(clean))).toEqual(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps multi-line text verbatim (literal blocks included), whatever the lines hold', () => {
    const line = fc.string({ maxLength: 20, unit: fc.constantFrom('a', ' ', '\t', '#', ':', '-', "'", '"', '@', '|', '\r', '\\', '中') });
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 6 }), (ls) => {
        const v = { k: { script: ls.join('\n') }, list: [ls.join('\n'), 'x'] };
        expect(yaml.load(toYaml(v))).toEqual(v);
      }),
      { numRuns: 1000 },
    );
    expect(toYaml({ s: 'a\nb' })).toBe('s: |-\n  a\n  b\n');
    // JSON.stringify leaves these raw; a YAML reader may see a line break in three of them.
    const odd = { 'k\u2028': 'a\u0085b\u2029c\ufeff', m: 'x\u2028\ny' };
    expect(toYaml(odd)).not.toMatch(/[\u0085\u2028\u2029\ufeff]/);
    expect(yaml.load(toYaml(odd))).toEqual(odd);
    // Found by the property above: an empty first line, then an indented one.
    expect(yaml.load(toYaml({ s: '\n a' }))).toEqual({ s: '\n a' });
  });
});
