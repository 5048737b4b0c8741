import path from 'node:path';
import { isDistroName } from '../../src-shared/names';
import { BundleMakeError, makeBundle, type MakeBundleOptions } from '../services/bundle/make';
import { createHttpGet } from '../services/go/http-get';

/**
 * `npm run bundle -- --out DIR [options]` (docs/bundle.md): make an offline
 * bundle on a connected PC. Exit 0 when the bundle and its manifest are
 * written, 1 when a part could not be fetched or verified (named on stderr;
 * no manifest is left), 2 for a usage error.
 */
export const BUNDLE_USAGE = `Usage:
  npm run bundle -- --out DIR [--go VERSION|latest|none] [--arch amd64|arm64]
                    [--distro NAME|none] [--no-wsl-msi] [--preset FILE] [--proxy http://HOST:PORT]

Downloads and verifies into DIR: the Go tarball (checksum from go.dev's release list),
the WSL MSI (checksum: the GitHub release's asset digest), the distro image for
wsl --install --from-file / wsl --import (checksum: microsoft/WSL's DistributionInfo.json),
the preset if given (it must pass "go-wsl-doctor preset check"), then manifest.json.
Defaults: --go latest --arch amd64 --distro Ubuntu-24.04. Name DIR go-wsl-setup-bundle and
put it at the root of a USB drive, or next to the installed app, to have the wizard find it.
--proxy sends every request through that HTTP proxy (CONNECT for https); without it, or
HTTPS_PROXY in the environment, requests go direct (the Windows proxy settings are not read).
`;

export type BundleArgs = { ok: true; help: true } | { ok: true; help: false; options: MakeBundleOptions; proxy: string | null } | { ok: false; reason: string };

/** http://host:port of a proxy, as PAC's "PROXY host:port"; null when it is not that (a user name or password is refused: no secrets on a command line). */
export function proxyEntry(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' || u.username || u.password || !u.port || (u.pathname !== '/' && u.pathname !== '')) return null;
  return `PROXY ${u.host}`;
}

export function parseBundleArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): BundleArgs {
  let out: string | null = null;
  let proxy: string | null = env['HTTPS_PROXY'] ?? env['https_proxy'] ?? null;
  let go: string = 'latest';
  let arch: 'amd64' | 'arm64' = 'amd64';
  let distro: string = 'Ubuntu-24.04';
  let msi = true;
  let preset: string | null = null;
  const args = argv.flatMap((a) => (/^--[\w-]+=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--help' || a === '-h') return { ok: true, help: true };
      else if (a === '--out') out = value();
      else if (a === '--go') go = value();
      else if (a === '--arch') {
        const v = value();
        if (v !== 'amd64' && v !== 'arm64') return { ok: false, reason: `--arch needs amd64 or arm64, not ${v}` };
        arch = v;
      } else if (a === '--distro') distro = value();
      else if (a === '--no-wsl-msi') msi = false;
      else if (a === '--preset') preset = value();
      else if (a === '--proxy') proxy = value();
      else return { ok: false, reason: `unknown option: ${a}` };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }
  if (out === null) return { ok: false, reason: '--out DIR is required' };
  if (go !== 'latest' && go !== 'none' && !/^go[0-9]+\.[0-9]+(\.[0-9]+)?((rc|beta)[0-9]+)?$/.test(go)) return { ok: false, reason: `--go needs a release like go1.22.5, latest or none, not ${go}` };
  if (proxy !== null && proxyEntry(proxy) === null) return { ok: false, reason: 'the proxy must be http://HOST:PORT, without a user name or password' };
  if (distro !== 'none' && !isDistroName(distro)) return { ok: false, reason: `--distro needs a WSL distro name (as in wsl --list --online) or none, not ${distro}` };
  return {
    ok: true,
    help: false,
    options: {
      out: path.resolve(out),
      go: go === 'none' ? null : { arch, ...(go === 'latest' ? {} : { version: go }) },
      wslMsi: msi ? { arch: arch === 'arm64' ? 'arm64' : 'x64' } : null,
      distro: distro === 'none' ? null : { name: distro, arch },
      presetFile: preset,
    },
    proxy,
  };
}

export async function bundleMain(argv: readonly string[], io: { out(t: string): void; err(t: string): void }, overrides: Partial<MakeBundleOptions> = {}, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const parsed = parseBundleArgs(argv, env);
  if (!parsed.ok) {
    io.err(`bundle: ${parsed.reason}\n\n${BUNDLE_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.out(BUNDLE_USAGE);
    return 0;
  }
  try {
    const entry = parsed.proxy === null ? null : proxyEntry(parsed.proxy);
    const get = entry === null ? {} : { get: createHttpGet({ resolver: { resolve: async () => entry } }) };
    if (entry) io.out(`Using the proxy ${entry.slice('PROXY '.length)} for every request\n`);
    const { manifest, dir } = await makeBundle({ ...parsed.options, ...get, log: (l) => io.out(`${l}\n`), ...overrides });
    const parts = (['go', 'wslMsi', 'distro', 'preset'] as const).filter((p) => manifest[p]).map((p) => manifest[p]!.file);
    io.out(`bundle ready in ${dir}: ${parts.join(', ')}, manifest.json\n`);
    return 0;
  } catch (e) {
    const part = e instanceof BundleMakeError ? ` (${e.part})` : '';
    io.err(`bundle: failed${part}: ${(e as Error).message}\nNo manifest.json was written; run the same command again to resume.\n`);
    return 1;
  }
}

function isEntry(): boolean {
  if (typeof require === 'undefined') return false;
  return /(?:^|[\\/])bundle\.cjs$/.test(require.main?.filename ?? '');
}

if (isEntry()) {
  bundleMain(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }, {}, process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`bundle: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
