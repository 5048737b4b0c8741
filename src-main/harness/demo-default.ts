import fs from 'node:fs';
import { makeDistroSandbox, type DistroSandbox } from './distro-sandbox';

/** The recorded machine the journey was recorded for: Windows 11, WSL 2 and Ubuntu-24.04 ready, no Go yet. */
export const DEMO_MACHINE = 'journey-win11-ubuntu-no-go';

export interface DemoDefault {
  readonly machine: string;
  /** null: the distro side cannot be played here; the demo runs on the recording alone. */
  readonly sandbox: DistroSandbox | null;
  /** Printed on start: what runs for real and what does not. */
  readonly message: string;
}

/** Why this machine cannot play the distro side (it runs the distro's bash scripts itself), or null. */
export function sandboxUnavailable(platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = fs.existsSync): string | null {
  if (platform === 'win32') return 'the distro scripts need a Linux or macOS shell, and this is Windows';
  if (!exists('/bin/bash')) return 'there is no /bin/bash';
  return null;
}

/**
 * What plain `npm run demo` starts (no --machine, --replay, --local-distro or
 * --recorded; null otherwise): the journey machine, with its distro played for
 * real in a new temporary sandbox as --local-distro does, so Install Go,
 * Network and Verify really run (downloads from the real mirrors). Where that
 * cannot work, the recording alone, and the message says so.
 */
export function demoDefault(
  args: { machine: string | null; replay: string | null; localDistro: string | null; recorded: boolean },
  why: string | null = sandboxUnavailable(),
): DemoDefault | null {
  if (args.machine !== null || args.replay !== null || args.localDistro !== null || args.recorded) return null;
  if (why !== null) {
    return {
      machine: DEMO_MACHINE,
      sandbox: null,
      message: `The distro side cannot run here (${why}): the demo answers from the recording only, and the steps inside the distro (Install Go, Network, Verify) stop with "not recorded".`,
    };
  }
  const sandbox = makeDistroSandbox({});
  return {
    machine: DEMO_MACHINE,
    sandbox,
    message: `The distro side runs for real in a temporary sandbox (${sandbox.root}, user ${sandbox.user}); it is deleted when the demo stops. Start with --recorded for the recording alone.`,
  };
}
