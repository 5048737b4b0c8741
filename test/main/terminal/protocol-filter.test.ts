import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptSpec } from '../../../src-main/distro-scripts/run';
import { LocalLinuxHost } from '../../../src-main/host/local-linux-host';
import { PROTOCOL_BLOCKS, PROTOCOL_TOKENS, ProtocolLineFilter } from '../../../src-main/terminal/protocol-filter';
import { makeSandbox } from '../../support/sandbox';

const SCRIPTS = path.join(__dirname, '../../../src-main/distro-scripts');
/** Lines that start like a record but are a message to a person: kept on purpose. */
const HUMAN = new Set(['ERROR', 'WARN']);

function filterAll(text: string, cuts: readonly number[] = []): string {
  const f = new ProtocolLineFilter();
  let out = '';
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    out += f.push(text.slice(from, c));
    from = c;
  }
  return out + f.push(text.slice(from)) + f.flush();
}

const isRecord = (line: string) => new RegExp(`^(${[...PROTOCOL_TOKENS, ...Object.keys(PROTOCOL_BLOCKS), ...Object.values(PROTOCOL_BLOCKS)].join('|')})([ \\t]|$)`).test(line);

describe('the scripts print no machine line the filter does not know', () => {
  it('every upper-case first word a script echoes or printfs to stdout is a known token or ERROR/WARN', () => {
    const seen = new Set<string>();
    for (const file of fs.readdirSync(SCRIPTS).filter((f) => f.endsWith('.sh'))) {
      for (const line of fs.readFileSync(path.join(SCRIPTS, file), 'utf8').split('\n')) {
        if (/^\s*#/.test(line) || />&2|>>/.test(line)) continue;
        for (const m of line.matchAll(/(?:echo|printf)\s+(?:-[a-z]+\s+)?["']([A-Z][A-Z0-9_-]{2,})(?=[ "'\\]|$)/g)) seen.add(m[1] as string);
      }
    }
    // gws_emit builds its 'GWS' prefix in a variable: the one record format the scan cannot see.
    expect(fs.readFileSync(path.join(SCRIPTS, 'lib-go.sh'), 'utf8')).toContain("local out='GWS'");
    const known = new Set([...PROTOCOL_TOKENS, ...Object.keys(PROTOCOL_BLOCKS), ...Object.values(PROTOCOL_BLOCKS), ...HUMAN]);
    expect([...seen].filter((t) => !known.has(t)).sort()).toEqual([]);
    // The scan itself finds the well-known ones (it would pass for nothing if it found none).
    for (const t of ['PROBE', 'STEP_END', 'GWSV', 'GWS-RESULT', 'RESOLV_BEGIN', 'ERROR']) expect(seen.has(t), t).toBe(true);
  });
});

describe('ProtocolLineFilter', () => {
  it('drops records, keeps words for people, ERROR/WARN included', () => {
    const text = 'GWS\tphase\textract\nExtracting go1.22.5…\nPROBE 0 0 200 0.001909\nSTEP_END get 0 28\nok  example.com/hello 0.01s\nWARN home is under /mnt\nPROBES are fine\nGWSV path /usr/local/go/bin/go\n';
    expect(filterAll(text)).toBe('Extracting go1.22.5…\nok  example.com/hello 0.01s\nWARN home is under /mnt\nPROBES are fine\n');
  });

  it('drops a framed block with its content (resolv.conf, the route table)', () => {
    expect(filterAll('ROUTE_BEGIN\ndefault via 172.29.0.1 dev eth0\nROUTE_END\nWSLINFO nat\nRESOLV_BEGIN\nnameserver 10.255.255.254\n\nRESOLV_END\nafter\n')).toBe('after\n');
  });

  it('passes progress without a newline at once (only a possible token start is held)', () => {
    const f = new ProtocolLineFilter();
    expect(f.push('Downloading  12%\r')).toBe('Downloading  12%\r');
    expect(f.push('Downloading  40%\r')).toBe('Downloading  40%\r');
    // Still the same line (no newline yet): a parser would not read a record here either.
    expect(f.push('PRO')).toBe('PRO');
    expect(f.push('\nPRO')).toBe('\n');
    expect(f.push('BE 1 0 200 0.2\nPROgress\n')).toBe('PROgress\n');
    expect(f.push('GWS')).toBe('');
    expect(f.flush()).toBe('');
  });

  it('an unfinished line that is not a record is given back at the end', () => {
    const f = new ProtocolLineFilter();
    expect(f.push('done\nGW')).toBe('done\n');
    expect(f.flush()).toBe('GW');
  });

  it('CRLF lines are recognised as well', () => {
    expect(filterAll('CHANGE written /home/u/.bashrc -\r\nhello\r\n')).toBe('hello\r\n');
  });

  it('property: the result does not depend on where the output was cut, and equals the line-by-line answer', () => {
    const line = fc.oneof(
      fc.constantFrom('GWS\tphase\tdownload', 'PROBE 2 0 200 0.1', 'STEP_END run 0 12', 'ROUTE_BEGIN', 'ROUTE_END', 'RESOLV_BEGIN', 'RESOLV_END', 'ERROR bad', 'GW', 'PROBES', 'STEP', ''),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/\n/g, ' ')),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (lines, endNl, rawCuts) => {
        const text = lines.join('\n') + (endNl && lines.length > 0 ? '\n' : '');
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        // Reference: whole lines, with the block rule.
        let expected = '';
        let inBlock: string | null = null;
        const parts = text.split('\n');
        parts.forEach((l, i) => {
          const last = i === parts.length - 1;
          if (last && l === '') return;
          const withNl = last ? l : `${l}\n`;
          if (inBlock !== null) {
            if (l === inBlock) inBlock = null;
            return;
          }
          const begin = Object.keys(PROTOCOL_BLOCKS).find((b) => l === b || l.startsWith(`${b} `) || l.startsWith(`${b}\t`));
          if (begin) {
            inBlock = PROTOCOL_BLOCKS[begin] as string;
            return;
          }
          if (!isRecord(l)) expected += withNl;
        });
        expect(filterAll(text, cuts)).toBe(expected);
      }),
      { examples: [[['ROUTE_BEGIN', 'x', 'ROUTE_END', 'after'], true, [3, 14]]] },
    );
  });
});

describe('on a real script run (net-facts.sh through the local-Linux host)', () => {
  const sb = makeSandbox('gws-pf-');
  afterAll(() => sb.cleanup());

  it('a run made only of records shows nothing; the RunResult keeps every line', async () => {
    sb.write('etc/resolv.conf', 'nameserver 10.255.255.254\n');
    const host = new LocalLinuxHost({ root: sb.root });
    const result = await host.run(scriptSpec({ id: 'net.facts', script: 'net-facts.sh', distro: 'sandbox', user: 'root', args: [], timeoutMs: 20_000 }));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('RESOLV_BEGIN\nnameserver 10.255.255.254');
    expect(result.stdout).toContain('WSLINFO');
    expect(filterAll(result.stdout).trim()).toBe('');
  });
});
