import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsFromRecords } from '../../../src-shared/go/findings';
import { estimatedSeconds, rankMirrors } from '../../../src-shared/go/mirrors';
import { progressSample, RateMeter } from '../../../src-shared/go/progress';
import { LineSplitter, parseRecords } from '../../../src-shared/go/records';
import { chooseRelease, goArchFromUname, parseReleaseList } from '../../../src-shared/go/releases';
import { shellChecksFromRecords, sudoFromRecords } from '../../../src-shared/go/shells';
import { compareGoVersions, parseGoVersion } from '../../../src-shared/go/version';
import { releaseListJson } from '../../support/release-list';

const sha = (c: string) => c.repeat(64);

describe('Go versions', () => {
  it('orders releases, rcs and betas like go.dev does', () => {
    const sorted = ['go1.9.2rc2', 'go1.20', 'go1.21rc2', 'go1.21.0', 'go1.21beta1', 'go1.9', 'go1.20.14', 'go1.22.0'].sort(compareGoVersions);
    expect(sorted).toEqual(['go1.9', 'go1.9.2rc2', 'go1.20', 'go1.20.14', 'go1.21beta1', 'go1.21rc2', 'go1.21.0', 'go1.22.0']);
    expect(parseGoVersion('go1.20')).toEqual({ major: 1, minor: 20, patch: 0, pre: null });
    expect(parseGoVersion('1.20')).toBeNull();
  });
  it('is antisymmetric', () => {
    const v = fc.tuple(fc.nat(3), fc.nat(30), fc.nat(20), fc.option(fc.tuple(fc.constantFrom('rc', 'beta'), fc.integer({ min: 1, max: 4 })))).map(
      ([a, b, c, p]) => `go${a}.${b}.${c}${p ? `${p[0]}${p[1]}` : ''}`,
    );
    fc.assert(fc.property(v, v, (a, b) => Math.sign(compareGoVersions(a, b)) === -Math.sign(compareGoVersions(b, a))));
  });
});

describe('release list', () => {
  const json = JSON.parse(
    releaseListJson([
      { version: 'go1.22rc1', stable: false, filename: 'go1.22rc1.linux-amd64.tar.gz', sha256: sha('a'), size: 10 },
      { version: 'go1.21.6', stable: true, filename: 'go1.21.6.linux-amd64.tar.gz', sha256: sha('b'), size: 11 },
      { version: 'go1.20.13', stable: true, filename: 'go1.20.13.linux-amd64.tar.gz', sha256: sha('c'), size: 12 },
      { version: 'go1.21.7', stable: true, filename: 'go1.21.7.linux-arm64.tar.gz', sha256: sha('d'), size: 13, arch: 'arm64' },
    ]),
  ) as unknown;
  it('defaults to the newest stable release that has an archive for the arch', () => {
    const rel = parseReleaseList(json, 'amd64');
    expect(rel.map((r) => r.version)).toEqual(['go1.22rc1', 'go1.21.7', 'go1.21.6', 'go1.20.13']);
    expect(chooseRelease(rel)?.version).toBe('go1.21.6');
    expect(chooseRelease(rel, 'go1.20.13')?.archive?.sha256).toBe(sha('c'));
    expect(chooseRelease(parseReleaseList(json, 'arm64'))?.version).toBe('go1.21.7');
  });
  it('never yields an archive without a well-formed checksum', () => {
    const bad = [{ version: 'go1.21.0', stable: true, files: [{ filename: 'go1.21.0.linux-amd64.tar.gz', os: 'linux', arch: 'amd64', version: 'go1.21.0', sha256: 'xyz', size: 1, kind: 'archive' }] }];
    expect(chooseRelease(parseReleaseList(bad, 'amd64'))).toBeNull();
  });
  it('maps uname -m to Go arch names', () => {
    expect(goArchFromUname('x86_64\n')).toBe('amd64');
    expect(goArchFromUname('aarch64')).toBe('arm64');
    expect(goArchFromUname('riscv128')).toBeNull();
  });
});

describe('progress', () => {
  it('measures rate over a sliding window and derives the ETA', () => {
    const m = new RateMeter(1000);
    m.add(0, 0);
    for (let t = 100; t <= 3000; t += 100) m.add(t <= 1000 ? 100_000 : 10_000, t);
    // The last second ran at 100 KB/s, not the early 1 MB/s.
    expect(m.rate(3000)).toBeCloseTo(100_000, -3);
    const s = progressSample(500_000, 1_500_000, 100_000);
    expect(s.etaSeconds).toBe(10);
    expect(progressSample(5, null, 100).etaSeconds).toBeNull();
  });
});

describe('records, findings, shells', () => {
  it('splits lines across chunks and parses records', () => {
    const ls = new LineSplitter();
    expect(ls.push('GWS\tphase\tex')).toEqual([]);
    expect(ls.push('tract\nnoise\nGWS\terror\tX\tdetail')).toEqual(['GWS\tphase\textract', 'noise']);
    expect(ls.end()).toEqual(['GWS\terror\tX\tdetail']);
    expect(parseRecords('GWS\tphase\tswap\r\nhello\n')).toEqual([{ kind: 'phase', fields: ['swap'] }]);
  });
  it('turns detection records into findings with what removes them', () => {
    const f = findingsFromRecords(
      parseRecords(
        [
          'GWS\tfinding\tapt\t/usr/lib/go-1.19\t2:1.19~1\tgolang-1.19-go',
          'GWS\tfinding\tgopath\t/home/u/go\t\t1234',
          'GWS\tfinding\tgoroot-export\t/home/u/.bashrc\t\t12:export GOROOT=/usr/lib/go',
          'GWS\tfinding\tusr-local\t/usr/local/go\tgo1.21.0\tours',
          'GWS\tfinding\twindows-go\t/mnt/c/Go/bin/go.exe\t\tappendWindowsPath=true',
          'GWS\tfinding\tbogus\tx\t\t',
        ].join('\n'),
      ),
    );
    expect(f.map((x) => [x.kind, x.cleanKind, x.needsExplicitConfirm])).toEqual([
      ['apt', 'apt', false],
      ['gopath', 'gopath', true],
      ['goroot-export', 'goroot-exports', false],
      ['usr-local', null, false],
      ['windows-go', null, false],
    ]);
    expect(f[2]).toMatchObject({ line: 12, detail: 'export GOROOT=/usr/lib/go', catalogId: 'GOROOT_INVALID' });
  });
  it('judges each shell and reads sudo secure_path', () => {
    const recs = parseRecords(
      [
        'GWS\tshell\tbash-login\t0\t/usr/local/go/bin/go\tgo version go1.22.0 linux/amd64\t/usr/local/go\tyes\t0\thello',
        'GWS\tshell\tbash-interactive\t0\t/usr/bin/go\tgo version go1.19.8 linux/amd64\t/usr/lib/go-1.19\tyes\t\t',
        'GWS\tshell\tzsh-interactive\t0\t\t\t\t\t\t',
        'GWS\tsudo\t/usr/local/sbin:/usr/bin\tno',
      ].join('\n'),
    );
    const s = shellChecksFromRecords(recs, 'go1.22.0');
    expect(s.map((x) => [x.shell, x.ok, x.findings])).toEqual([
      ['bash-login', true, []],
      ['bash-interactive', false, ['GO_WRONG_VERSION']],
      ['zsh-interactive', false, ['GO_NOT_FOUND']],
    ]);
    expect(sudoFromRecords(recs)).toEqual({ securePath: '/usr/local/sbin:/usr/bin', hasGo: false });
  });
});

describe('mirror ranking', () => {
  it('weighs latency against throughput for the file size', () => {
    const near = { id: 'near', ok: true, latencyMs: 20, throughputBps: 1e6, error: null };
    const far = { id: 'far', ok: true, latencyMs: 300, throughputBps: 20e6, error: null };
    const dead = { id: 'dead', ok: false, latencyMs: null, throughputBps: null, error: 'x' };
    expect(rankMirrors([dead, near, far], 70e6)).toEqual(['far', 'near', 'dead']);
    expect(rankMirrors([dead, near, far], 1000)).toEqual(['near', 'far', 'dead']);
    expect(estimatedSeconds(dead, 1)).toBe(Infinity);
  });
});
