import { ApiError } from '../../../src-shared/contract';
import type { ScriptRun, ScriptRunner } from '../../distro-scripts/run';
import { sha256, type TargetIO } from '../../files/target-io';
import type { RunResult } from '../../host/types';
import { distroScripts } from './commands';

/**
 * /etc/wsl.conf inside a distro, reached through the shared script runner: a
 * read script that prints the bytes base64-encoded, and a write script that
 * does compare-and-swap + temp file + fsync + rename as root. It plugs into
 * the same backup/undo journal as a Windows file.
 */
export function distroWslConf(scripts: ScriptRunner, distro: string): TargetIO {
  return {
    describe: { kind: 'distro-file', distro, path: '/etc/wsl.conf' },
    async read() {
      const r = await scripts.run(distroScripts.wslconfRead(distro));
      if (r.exit !== 'ok') throw hostFailed('could not read /etc/wsl.conf', r.result);
      const status = /^GWS-STATUS (present|absent)\s*$/m.exec(r.stdout)?.[1];
      const b64 = /^GWS-B64 ?([A-Za-z0-9+/=]*)\s*$/m.exec(r.stdout)?.[1];
      if (status === undefined || b64 === undefined) throw hostFailed('unexpected answer reading /etc/wsl.conf', r.result);
      return status === 'absent' ? null : new Uint8Array(Buffer.from(b64, 'base64'));
    },
    async write(bytes, expectedSha256) {
      const b64 = Buffer.from(bytes).toString('base64');
      check(await scripts.run(distroScripts.wslconfWrite(distro, 'write', expectedSha256, sha256(bytes), b64)), 'written');
    },
    async remove(expectedSha256) {
      check(await scripts.run(distroScripts.wslconfWrite(distro, 'remove', expectedSha256, null, '')), 'removed');
    },
  };
}

function check(r: ScriptRun<'distro-wslconf-write.sh'>, want: string) {
  if (r.exit === 'conflict') throw new ApiError('CONFLICT', '/etc/wsl.conf changed since the preview; preview again');
  if (r.exit !== 'done' || !new RegExp(`^GWS-RESULT ${want}\\s*$`, 'm').test(r.stdout)) throw hostFailed('could not write /etc/wsl.conf', r.result);
}

export function hostFailed(message: string, r: RunResult, findings: readonly string[] = []): ApiError {
  // Output tails only: enough to diagnose, bounded, and never the stdin we sent.
  return new ApiError('HOST_FAILED', message, {
    id: r.id,
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    findings,
    stdout: r.stdout.slice(-2000),
    stderr: r.stderr.slice(-2000),
  });
}
