import zlib from 'node:zlib';
import type http from 'node:http';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

/**
 * A GOPROXY on 127.0.0.1 that serves small modules at real module paths
 * (golang.org/x/tools/gopls ...), built for a test: each main package prints
 * its own module path and version from the build info, so `gopls version`
 * after `go install` proves which module and version were really installed.
 * The protocol is the documented one (go.dev/ref/mod#goproxy-protocol):
 * $module/@v/list, $version.info, $version.mod, $version.zip, with upper-case
 * letters escaped as !lower.
 */
export interface FakeModule {
  readonly module: string;
  readonly version: string;
  /** Path of the main package inside the module ('' = the module root). */
  readonly mainDir: string;
  /** What the binary prints first for its version command (before the build-info line). */
  readonly banner: string;
}

export interface ModuleProxy extends LoopbackServer {
  /** Paths whose requests never get an answer (a proxy that times out). */
  hang(pathPrefix: string): void;
}

function escapePath(p: string): string {
  return p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

function mainSource(m: FakeModule): string {
  return `package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	fmt.Println(${JSON.stringify(m.banner)})
	if bi, ok := debug.ReadBuildInfo(); ok {
		fmt.Println(bi.Main.Path, bi.Main.Version)
	}
}
`;
}

/** A zip with stored (uncompressed) entries: all `go` needs from a module zip. */
export function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const fname = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fname.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, fname, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fname.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, fname);
    offset += 30 + fname.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export async function startModuleProxy(modules: readonly FakeModule[]): Promise<ModuleProxy> {
  const hanging: string[] = [];
  const byBase = new Map<string, FakeModule>();
  for (const m of modules) byBase.set(`/${escapePath(m.module)}/@v/`, m);
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = req.url ?? '';
    if (hanging.some((p) => url.startsWith(p))) return; // never answers
    for (const [base, m] of byBase) {
      if (!url.startsWith(base)) continue;
      const rest = url.slice(base.length);
      const gomod = `module ${m.module}\n\ngo 1.18\n`;
      if (rest === 'list') return send(res, 200, `${m.version}\n`);
      if (rest === `${m.version}.info`) return send(res, 200, JSON.stringify({ Version: m.version, Time: '2024-01-01T00:00:00Z' }));
      if (rest === `${m.version}.mod`) return send(res, 200, gomod);
      if (rest === `${m.version}.zip`) {
        const prefix = `${m.module}@${m.version}/`;
        const main = m.mainDir ? `${prefix}${m.mainDir}/main.go` : `${prefix}main.go`;
        return send(res, 200, storedZip({ [`${prefix}go.mod`]: gomod, [main]: mainSource(m) }));
      }
    }
    send(res, 404, 'not found\n');
  };
  const server = await startLoopbackServer(handler);
  return { ...server, close: () => server.close(), hang: (p) => hanging.push(p) };
}

function send(res: http.ServerResponse, status: number, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/zip' });
  res.end(body);
}

/** The three tools at the paths `go install` asks for, at the given versions. */
export function fakeEditorTools(v: { gopls: string; dlv: string; staticcheck: string }): FakeModule[] {
  return [
    { module: 'golang.org/x/tools/gopls', version: v.gopls, mainDir: '', banner: 'golang.org/x/tools/gopls (test build)' },
    { module: 'github.com/go-delve/delve', version: v.dlv, mainDir: 'cmd/dlv', banner: 'Delve Debugger (test build)' },
    { module: 'honnef.co/go/tools', version: v.staticcheck, mainDir: 'cmd/staticcheck', banner: 'staticcheck (test build)' },
  ];
}
