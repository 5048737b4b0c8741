import { distroScriptSpec } from '../../host/commands/distro';
import { wsl } from '../../host/commands/wsl';
import type { CommandSpec } from '../../host/types';

/**
 * The CommandSpecs of the Distro step. Ids are what a replay transcript
 * answers by; the key is the distro name where there is one. argv only: the
 * distro name and paths are single arguments, never parts of a command line.
 */
const MIN = 60_000;

export const distroCommands = {
  /** Store download. It can sit at 0.0 % for ever behind a proxy: the timeout hands over to --web-download. */
  install: (name: string) =>
    wsl('wsl.install-distro', ['--install', '-d', name, '--no-launch'], { key: name, mutates: true, timeoutMs: 20 * MIN, title: `wsl --install -d ${name}` }),
  installWeb: (name: string) =>
    wsl('wsl.install-distro-web', ['--install', '-d', name, '--no-launch', '--web-download'], { key: name, mutates: true, timeoutMs: 40 * MIN, title: `wsl --install -d ${name} --web-download` }),
  /** Conversion copies the whole file system: minutes, sometimes an hour on a big distro. */
  setVersion: (name: string) => wsl('wsl.set-version', ['--set-version', name, '2'], { key: name, mutates: true, timeoutMs: 90 * MIN, title: `wsl --set-version ${name} 2` }),
  setDefaultVersion: () => wsl('wsl.set-default-version', ['--set-default-version', '2'], { mutates: true, timeoutMs: 2 * MIN }),
  export: (name: string, file: string) => wsl('wsl.export', ['--export', name, file], { key: name, mutates: true, timeoutMs: 120 * MIN, title: `wsl --export ${name}` }),
  unregister: (name: string) => wsl('wsl.unregister', ['--unregister', name], { key: name, mutates: true, timeoutMs: 5 * MIN }),
  terminate: (name: string) => wsl('wsl.terminate', ['--terminate', name], { key: name, mutates: true, timeoutMs: 2 * MIN }),
  shutdown: () => wsl('wsl.shutdown', ['--shutdown'], { mutates: true, timeoutMs: 2 * MIN }),

  /**
   * Distro-side scripts, as root. A script that needs secret or bulky data
   * reads it from stdin after its own text (see distro-create-user.sh): the
   * payload is appended here, so spec.stdin is exactly what bash receives.
   */
  createUser: (distro: string, username: string, scriptText: string, password: string) =>
    withPayload(distroScriptSpec('distro.create-user', { name: distro, user: 'root', script: 'distro-create-user.sh', args: [username] }, scriptText, { mutates: true, timeoutMs: 2 * MIN, title: `useradd ${username}` }), password),
  wslconfRead: (distro: string, scriptText: string) =>
    distroScriptSpec('distro.wslconf-read', { name: distro, user: 'root', script: 'distro-wslconf-read.sh', args: [] }, scriptText, { timeoutMs: MIN }),
  wslconfWrite: (distro: string, scriptText: string, mode: 'write' | 'remove', expectedSha: string | null, newSha: string | null, base64: string) =>
    withPayload(
      distroScriptSpec('distro.wslconf-write', { name: distro, user: 'root', script: 'distro-wslconf-write.sh', args: [mode, expectedSha ?? 'absent', newSha ?? '-'] }, scriptText, { mutates: true, timeoutMs: MIN }),
      base64,
    ),
};

function withPayload(spec: CommandSpec, line: string): CommandSpec {
  const script = typeof spec.stdin === 'string' ? spec.stdin : '';
  return { ...spec, stdin: `${script}${script.endsWith('\n') ? '' : '\n'}${line}\n` };
}
