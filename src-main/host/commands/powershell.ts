import type { CommandSpec } from '../types';
import { windowsPaths } from './windows-paths';

/**
 * PowerShell is only ever run with -EncodedCommand: the script is a constant
 * of ours, encoded as UTF-16LE base64, so nothing the user typed can change
 * its text. Data reaches it as JSON in an environment variable (GWS_DATA),
 * read with ConvertFrom-Json: data, never code.
 */
export function encodePowerShell(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

export function powershellSpec(
  id: string,
  script: string,
  data: unknown,
  extra: Partial<Pick<CommandSpec, 'timeoutMs' | 'mutates' | 'elevated' | 'title' | 'key'>> = {},
): CommandSpec {
  return {
    id,
    argv: [
      windowsPaths.powershell,
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-OutputFormat',
      'Text',
      '-EncodedCommand',
      encodePowerShell(script),
    ],
    env: data === undefined ? {} : { GWS_DATA: JSON.stringify(data) },
    decode: 'auto',
    timeoutMs: 60_000,
    ...extra,
  };
}
