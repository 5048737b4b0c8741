import { readdirSync, readFileSync } from 'node:fs';

/**
 * Killing a pty's shell is not enough: `sleep 1000 &`, a build, or a server the
 * user started would live on, reparented to init. On Linux we find the whole tree
 * from /proc before the first signal (once the shell dies its children lose the
 * link to it). On Windows node-pty's kill() already ends every process attached
 * to the pseudo console.
 */
export function listDescendants(rootPid: number): number[] {
  if (process.platform !== 'linux') return [];
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = readPpid(name);
    if (ppid === null) continue;
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const out: number[] = [];
  const queue = [rootPid];
  // Bounded: a pid is visited once, and /proc lists finitely many.
  const seen = new Set<number>(queue);
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    for (const child of children.get(pid) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function readPpid(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: parse after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null; // it exited while we looked
  }
}

/** Running, i.e. not gone and not a zombie (a zombie is dead; it only waits for its parent to reap it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but is not ours to signal.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function signalAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Ask politely (SIGHUP, what a closing terminal sends), then SIGKILL whatever is
 * still alive after `graceMs`. Resolves when all are gone or the deadline passes.
 */
export async function killTree(pids: readonly number[], graceMs: number): Promise<void> {
  signalAll(pids, 'SIGHUP');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && pids.some(isAlive)) await sleep(25);
  const left = pids.filter(isAlive);
  if (left.length === 0) return;
  signalAll(left, 'SIGKILL');
  const hardDeadline = Date.now() + 2000;
  while (Date.now() < hardDeadline && left.some(isAlive)) await sleep(25);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
