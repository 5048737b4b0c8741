import type { ScriptCall } from '../../distro-scripts/run';
import { wsl } from '../../host/commands/wsl';

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
};

/**
 * The Distro step's distro-side scripts, as root, for the shared runner. A
 * script that needs secret or bulky data reads one line from stdin after its
 * own text (see distro-create-user.sh): the password or the base64 file goes
 * there, never into argv.
 */
export const distroScripts = {
  createUser: (distro: string, username: string, password: string): ScriptCall<'distro-create-user.sh'> => ({
    id: 'distro.create-user',
    script: 'distro-create-user.sh',
    distro,
    user: 'root',
    args: [username],
    stdinLine: password,
    mutates: true,
    timeoutMs: 2 * MIN,
    title: `useradd ${username}`,
  }),
  wslconfRead: (distro: string): ScriptCall<'distro-wslconf-read.sh'> => ({ id: 'distro.wslconf-read', script: 'distro-wslconf-read.sh', distro, user: 'root', args: [], timeoutMs: MIN }),
  wslconfWrite: (distro: string, mode: 'write' | 'remove', expectedSha: string | null, newSha: string | null, base64: string): ScriptCall<'distro-wslconf-write.sh'> => ({
    id: 'distro.wslconf-write',
    script: 'distro-wslconf-write.sh',
    distro,
    user: 'root',
    args: [mode, expectedSha ?? 'absent', newSha ?? '-'],
    stdinLine: base64,
    mutates: true,
    timeoutMs: MIN,
  }),
};
