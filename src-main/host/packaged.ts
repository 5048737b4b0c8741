/**
 * Whether this process is the installed app. Main sets it from
 * `app.isPackaged` as its first act; everything else (harness, CLI, vitest)
 * is a development run. Before main says so, a guess that fails closed: an
 * Electron process not started through Electron's default app (`electron .`
 * sets process.defaultApp) is treated as installed.
 *
 * In the installed app the test hooks below are ignored: they would let
 * anyone who can set a user environment variable choose the bash that runs
 * as root inside the distro, or the machine the wizard believes it is on.
 */
let packaged: boolean = Boolean(process.versions.electron) && !(process as NodeJS.Process & { defaultApp?: boolean }).defaultApp;

export function setPackaged(value: boolean): void {
  packaged = value;
}

export function isPackaged(): boolean {
  return packaged;
}

/** The environment variables tests and developers use to point the app at other folders. */
export type DevHook = 'GWS_SCRIPTS_DIR' | 'GWS_MACHINES_DIR' | 'GWS_RESUME_DIR';

/** A development hook's value, or undefined in the installed app (and when unset or empty). */
export function devHook(name: DevHook, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (packaged) return undefined;
  const value = env[name];
  return value ? value : undefined;
}

/** Electron's resources folder (installed app: next to app.asar); undefined outside Electron. */
export function resourcesPath(): string | undefined {
  const dir = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  return typeof dir === 'string' && dir.length > 0 ? dir : undefined;
}
