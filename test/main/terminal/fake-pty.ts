import type { PtyProcess, PtySpawner } from '../../../src-main/terminal';

/** A pty double: the test pushes bytes and exits; the session's calls are recorded. */
export class FakePty implements PtyProcess {
  readonly pid = 2 ** 22 + 12345; // above Linux's default pid_max: never a real process
  private dataListeners: ((d: Uint8Array) => void)[] = [];
  private exitListeners: ((e: { exitCode: number; signal?: number }) => void)[] = [];
  readonly written: string[] = [];
  readonly resizes: [number, number][] = [];
  paused = false;
  exited = false;

  onData(l: (d: Uint8Array | string) => void): void {
    this.dataListeners.push(l);
  }
  onExit(l: (e: { exitCode: number; signal?: number }) => void): void {
    this.exitListeners.push(l);
  }
  write(d: string): void {
    if (this.exited) throw new Error('EBADF: write after exit');
    this.written.push(d);
  }
  resize(c: number, r: number): void {
    if (this.exited) throw new Error('ioctl(2) failed, EBADF');
    this.resizes.push([c, r]);
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
  kill(): void {
    this.exit(0, 1);
  }
  push(bytes: Uint8Array): void {
    for (const l of this.dataListeners) l(bytes);
  }
  exit(exitCode: number, signal = 0): void {
    this.exited = true;
    for (const l of this.exitListeners) l({ exitCode, signal });
  }
}

export function fakeSpawner(): { spawn: PtySpawner; ptys: FakePty[] } {
  const ptys: FakePty[] = [];
  return {
    ptys,
    spawn: () => {
      const p = new FakePty();
      ptys.push(p);
      return p;
    },
  };
}
