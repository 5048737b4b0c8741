import fs from 'node:fs';

/**
 * Diagnosis only (TERM_BENCH_CPU=1): CPU time per process name between two
 * snapshots, from /proc. On a 2-core machine the pipeline's extra processes
 * (the pty's writer, main, Chromium's network side) compete with xterm for
 * CPU, so where the CPU went explains a ratio better than wall time does.
 */
export type CpuSnapshot = Map<string, { name: string; ticks: number }>;

/** Per thread, named "process/thread" (Chromium's processes differ by thread names: CrRendererMain, ...). */
export function cpuSnapshot(): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const procStat = statOf(`/proc/${pid}/stat`);
      const proc = procStat.name;
      // Children that ended and were reaped (the pty's shell and cat) count here, per parent.
      out.set(`${pid}/children`, { name: `${proc}/reaped-children`, ticks: procStat.childTicks });
      for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
        const t = statOf(`/proc/${pid}/task/${tid}/stat`);
        out.set(`${pid}/${tid}`, { name: `${proc}/${t.name}`, ticks: t.ticks });
      }
    } catch {
      /* the process ended while we looked */
    }
  }
  return out;
}

function statOf(file: string): { name: string; ticks: number; childTicks: number } {
  const stat = fs.readFileSync(file, 'utf8');
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  // Fields after the name start at index 3 (state); utime, stime, cutime, cstime are 14-17.
  return {
    name: stat.slice(stat.indexOf('(') + 1, close),
    ticks: Number(fields[11]) + Number(fields[12]),
    childTicks: Number(fields[13]) + Number(fields[14]),
  };
}

/** CPU milliseconds per process name between two snapshots, largest first. */
export function cpuBetween(a: CpuSnapshot, b: CpuSnapshot): string {
  const msPerTick = 1000 / 100; // USER_HZ is 100 on Linux
  const byName = new Map<string, number>();
  for (const [pid, { name, ticks }] of b) {
    const before = a.get(pid)?.ticks ?? 0;
    const d = (ticks - before) * msPerTick;
    if (d > 0) byName.set(name, (byName.get(name) ?? 0) + d);
  }
  return [...byName.entries()]
    .filter(([, ms]) => ms >= 30)
    .sort((x, y) => y[1] - x[1])
    .map(([n, ms]) => `${n} ${ms.toFixed(0)}ms`)
    .join(', ');
}
