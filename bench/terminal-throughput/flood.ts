/**
 * Realistic terminal output for the throughput bench: coloured build/log lines
 * (16, 256 and true-colour SGR), long unbroken lines that wrap many times, and
 * Chinese status text (wide cells). Deterministic (seeded), CRLF line ends (the
 * bench's pty runs with -onlcr, so these bytes reach xterm unchanged), and it
 * never contains '~', which the bench types to measure keystroke echo.
 */
export function makeFlood(totalBytes: number, seed = 42): Buffer {
  let state = seed >>> 0;
  const rand = (n: number) => {
    // xorshift32: fast, deterministic, good enough to vary lines.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)] as T;
  const words = ['go', 'build', 'module', 'download', 'golang.org/x/net', 'verifying', 'checksum', 'linux/amd64', 'GOPATH', 'cache', 'compile', 'link', 'test', 'ok', 'PASS', 'vet'];
  const cjk = ['正在下载', '安装完成', '校验和', '解压缩', '环境变量', '代理设置', '网络连接', '请稍候', '已完成', '错误', '警告', '发行版', '内核版本', '中文字符'];
  const levels = ['\x1b[32mINFO\x1b[0m', '\x1b[33mWARN\x1b[0m', '\x1b[1;31mERROR\x1b[0m', '\x1b[36mDEBUG\x1b[0m'];

  const lines: string[] = [];
  let size = 0;
  // Build a 2 MiB block of varied lines, then repeat it: xterm's cost per byte is what matters.
  const block = Math.min(totalBytes, 2 * 1024 * 1024);
  let n = 0;
  while (size < block) {
    n++;
    const kind = rand(10);
    let line: string;
    if (kind < 5) {
      const msg = Array.from({ length: 4 + rand(10) }, () => pick(words)).join(' ');
      line = `${pick(levels)} 2024-06-${String(1 + rand(28)).padStart(2, '0')}T12:${String(rand(60)).padStart(2, '0')}:00Z \x1b[1;34mpkg/${pick(words)}\x1b[0m ${msg} n=${n}`;
    } else if (kind < 7) {
      const text = Array.from({ length: 3 + rand(8) }, () => pick(cjk)).join('，');
      line = `\x1b[38;5;${16 + rand(216)}m${text}\x1b[0m 进度 ${rand(101)}%`;
    } else if (kind < 9) {
      // A long line (300-2000 cols) that wraps several times, with true-colour runs.
      const parts: string[] = [];
      const len = 300 + rand(1700);
      let l = 0;
      while (l < len) {
        const w = pick(words);
        parts.push(rand(5) === 0 ? `\x1b[38;2;${rand(256)};${rand(256)};${rand(256)}m${w}\x1b[0m` : w);
        l += w.length + 1;
      }
      line = parts.join(' ');
    } else {
      line = `\x1b[2K\r[${'#'.repeat(rand(40)).padEnd(40, '.')}] ${rand(101)}% ${pick(cjk)} ✓ 😀`;
    }
    lines.push(line + '\r\n');
    size += Buffer.byteLength(line) + 2;
  }
  const unit = Buffer.from(lines.join(''), 'utf8');
  const out = Buffer.alloc(totalBytes);
  for (let o = 0; o < totalBytes; o += unit.length) unit.copy(out, o, 0, Math.min(unit.length, totalBytes - o));
  // The cut at the end may split a character or escape sequence; end on a clean line instead.
  const lastNl = out.lastIndexOf(0x0a);
  out.fill(0x20, lastNl + 1);
  if (out.includes('~')) throw new Error('the flood must not contain the echo marker');
  return out;
}
