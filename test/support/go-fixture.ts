import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Go tarballs for tests, in the official layout (one top-level go/ directory).
 *  - debianGoTarball(): Debian's golang-go GOROOT (/usr/lib/go, go1.19) packed
 *    as go/, cached in the temp dir across test files and benches. test/ and
 *    pkg/linux_amd64 (prebuilt std archives, which official tarballs also
 *    dropped in Go 1.20) are left out to keep it small; go rebuilds std into
 *    the build cache.
 *  - fakeGoTarball(): a tiny go/ whose bin/go is a shell script answering
 *    `version`, `env` and `run` like Go does, for the many install/fault cases.
 */
export interface GoTarball {
  readonly path: string;
  readonly version: string;
  readonly filename: string;
  readonly sha256: string;
  readonly size: number;
}

const DEBIAN_GOROOT = '/usr/lib/go';

export function debianGoAvailable(): string | null {
  try {
    fs.accessSync(path.join(DEBIAN_GOROOT, 'bin', 'go'), fs.constants.X_OK);
    return null;
  } catch {
    return `${DEBIAN_GOROOT}/bin/go not found (Debian golang-go)`;
  }
}

export async function debianGoTarball(): Promise<GoTarball> {
  const version = fs.readFileSync(path.join(DEBIAN_GOROOT, 'VERSION'), 'utf8').split('\n')[0]!.trim();
  const filename = `${version}.linux-amd64.tar.gz`;
  const dir = path.join(os.tmpdir(), 'gws-go-fixture');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, filename);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    // tar -h follows Debian's symlinks (src -> /usr/share/go-1.19/src) so the tree is self-contained.
    await pipeToFile(
      ['tar', '-C', DEBIAN_GOROOT, '-chf', '-', '--exclude=./pkg/linux_amd64', '--exclude=./test', '--transform', 's,^\\.,go,', '.'],
      ['gzip', '-1', '-n'],
      tmp,
    );
    fs.renameSync(tmp, file);
  }
  return describe(file, version, filename);
}

export interface FakeGoOptions {
  readonly version: string;
  /** Incompressible padding, to make extraction take measurable time. */
  readonly padBytes?: number;
  /** bin/go that fails to run (wrong architecture stand-in). */
  readonly broken?: boolean;
  /** Extra top-level entry besides go/ (a malformed tarball). */
  readonly extraTopLevel?: boolean;
}

export async function fakeGoTarball(dir: string, o: FakeGoOptions): Promise<GoTarball> {
  const work = fs.mkdtempSync(path.join(dir, 'fake-'));
  const bin = path.join(work, 'go', 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(work, 'go', 'VERSION'), `${o.version}\n`);
  const script = o.broken
    ? '#!/bin/sh\necho "cannot execute binary file: Exec format error" >&2\nexit 126\n'
    : [
        '#!/bin/sh',
        'case "$1" in',
        `  version) echo "go version ${o.version} linux/amd64" ;;`,
        '  env) shift; for k in "$@"; do case $k in GOROOT) (cd "$(dirname "$0")/.." && pwd) ;; GOPATH) echo "$HOME/go" ;; esac; done ;;',
        '  run) echo "hello from go-wsl-setup" ;;',
        '  *) exit 2 ;;',
        'esac',
        '',
      ].join('\n');
  fs.writeFileSync(path.join(bin, 'go'), script, { mode: 0o755 });
  if (o.padBytes) {
    fs.mkdirSync(path.join(work, 'go', 'pkg'), { recursive: true });
    for (let i = 0; i * 1024 * 1024 < o.padBytes; i++) {
      fs.writeFileSync(path.join(work, 'go', 'pkg', `pad${i}.bin`), randomBytes(Math.min(1024 * 1024, o.padBytes - i * 1024 * 1024)));
    }
  }
  if (o.extraTopLevel) fs.writeFileSync(path.join(work, 'README'), 'not official layout\n');
  const filename = `${o.version}.linux-amd64.tar.gz`;
  const file = path.join(dir, `${path.basename(work)}-${filename}`);
  const entries = o.extraTopLevel ? ['go', 'README'] : ['go'];
  await pipeToFile(['tar', '-C', work, '-cf', '-', ...entries], ['gzip', '-1', '-n'], file);
  fs.rmSync(work, { recursive: true, force: true });
  return describe(file, o.version, filename);
}

function describe(file: string, version: string, filename: string): GoTarball {
  const bytes = fs.readFileSync(file);
  return { path: file, version, filename, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/** argvA | argvB > file, with argv arrays (no shell). */
function pipeToFile(argvA: string[], argvB: string[], file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(file, 'w');
    const a = spawn(argvA[0]!, argvA.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
    const b = spawn(argvB[0]!, argvB.slice(1), { stdio: ['pipe', out, 'inherit'] });
    a.stdout.pipe(b.stdin!);
    let codes = 0;
    const done = (code: number | null) => {
      if (code !== 0) reject(new Error(`${argvA[0]} | ${argvB[0]} failed (${String(code)})`));
      else if (++codes === 2) {
        fs.closeSync(out);
        resolve();
      }
    };
    a.on('exit', done);
    b.on('exit', done);
  });
}
