import { ApiError } from '../../../src-shared/contract';
import { sha256, type TargetIO } from '../../files/target-io';
import type { ScriptText } from '../../distro-scripts';
import type { Host, RunResult } from '../../host/types';
import { distroCommands } from './commands';


/**
 * /etc/wsl.conf inside a distro, reached through the Host: a read script that
 * prints the bytes base64-encoded, and a write script that does
 * compare-and-swap + temp file + fsync + rename as root. It plugs into the
 * same backup/undo journal as a Windows file.
 */
export function distroWslConf(host: Host, scripts: ScriptText, distro: string): TargetIO {
  return {
    describe: { kind: 'distro-file', distro, path: '/etc/wsl.conf' },
    async read() {
      const r = await host.run(distroCommands.wslconfRead(distro, scripts('distro-wslconf-read.sh')));
      if (r.exitCode !== 0) throw hostFailed('could not read /etc/wsl.conf', r);
      const status = /^GWS-STATUS (present|absent)\s*$/m.exec(r.stdout)?.[1];
      const b64 = /^GWS-B64 ?([A-Za-z0-9+/=]*)\s*$/m.exec(r.stdout)?.[1];
      if (status === undefined || b64 === undefined) throw hostFailed('unexpected answer reading /etc/wsl.conf', r);
      return status === 'absent' ? null : new Uint8Array(Buffer.from(b64, 'base64'));
    },
    async write(bytes, expectedSha256) {
      const b64 = Buffer.from(bytes).toString('base64');
      const r = await host.run(distroCommands.wslconfWrite(distro, scripts('distro-wslconf-write.sh'), 'write', expectedSha256, sha256(bytes), b64));
      check(r, 'written');
    },
    async remove(expectedSha256) {
      const r = await host.run(distroCommands.wslconfWrite(distro, scripts('distro-wslconf-write.sh'), 'remove', expectedSha256, null, ''));
      check(r, 'removed');
    },
  };
}

function check(r: RunResult, want: string) {
  if (r.exitCode === 20) throw new ApiError('CONFLICT', '/etc/wsl.conf changed since the preview; preview again');
  if (r.exitCode !== 0 || !new RegExp(`^GWS-RESULT ${want}\\s*$`, 'm').test(r.stdout)) throw hostFailed('could not write /etc/wsl.conf', r);
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
