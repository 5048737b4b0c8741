import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src-main/harness/cli';

describe('harness arguments for presets', () => {
  it('--preset FILE alone is read by the window; with --unattended the app arguments pass through to the run', () => {
    expect(parseArgs(['--machine', 'win11-healthy', '--preset', 'lab.json'])).toMatchObject({ preset: 'lab.json', unattended: null });
    expect(parseArgs(['--machine', 'm', '--unattended', '--preset', 'lab.json'])).toMatchObject({ preset: null, unattended: ['--unattended', '--preset', 'lab.json'] });
  });

  it('refuses what cannot mean anything: --resume without --unattended, an unattended run on a read-only report, --preset with no file', () => {
    expect(() => parseArgs(['--resume'])).toThrow(/--resume goes with --unattended/);
    expect(() => parseArgs(['--replay', 'r.json', '--unattended'])).toThrow(/read-only/);
    expect(() => parseArgs(['--preset'])).toThrow(/needs a value/);
  });
});
