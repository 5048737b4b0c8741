import { spawn, type ChildProcess } from 'node:child_process';
import { windowsPaths } from './commands/windows-paths';

/**
 * Cancel must really cancel: kill the whole process tree, not just the direct
 * child (wsl.exe and bash both start children that would otherwise live on).
 * On POSIX the child leads its own process group (spawned detached), so one
 * signal to -pid reaches every descendant. On Windows, taskkill /T walks the tree.
 * It cannot reach an elevated process from our normal rights ("Access is
 * denied"), so elevated actions are never stopped here: the elevation runner
 * asks their elevated side to end its own tree (see elevation.ts).
 */
export function killTree(child: ChildProcess, platform: NodeJS.Platform = process.platform): void {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (platform === 'win32') {
    const killer = spawn(windowsPaths.taskkill, ['/PID', String(pid), '/T', '/F'], {
      windowsHide: true,
      stdio: 'ignore',
    });
    killer.on('error', () => child.kill('SIGKILL'));
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Not a group leader (or already gone): fall back to the child itself.
    try {
      child.kill('SIGKILL');
    } catch {
      /* already exited */
    }
  }
}
