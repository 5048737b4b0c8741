import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MachineCatalog } from '../../../src-main/host/machines';
import { toBytes } from '../../../src-main/host/replay-host';
import { decodeBytes } from '../../../src-shared/util/decode';

/**
 * Honesty of the recorded machines: an answer whose `source` names a real
 * fixture must consist of lines from that fixture (as posted, in the same
 * words); everything else must say it is constructed.
 */
const FIXTURES = path.resolve(__dirname, '../../fixtures/real');
const catalog = new MachineCatalog(path.resolve(__dirname, '../../../assets/machines'));
const hasFixtures = fs.existsSync(FIXTURES);

function fixtureLines(rel: string): Set<string> {
  const text = fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
  const body = text.slice(text.indexOf('\n---\n') + 5);
  return new Set(body.split('\n').map((l) => l.replace(/\r$/, '').trim()));
}

describe('recorded machines: where each answer comes from', () => {
  if (!hasFixtures) console.warn(`skipped: ${FIXTURES} is not here; the source lines cannot be compared`);
  it.skipIf(!hasFixtures)('fixture-sourced answers are lines of that fixture; the rest say "constructed"', () => {
    let checked = 0;
    for (const m of catalog.list()) {
      for (const e of catalog.get(m.id).entries) {
        const src = e.source ?? '';
        const named = /^fixtures\/real\/(win\/[^\s()]+\.txt)/.exec(src);
        if (!named) {
          expect(src, `${m.id} ${e.probe}`).toMatch(/constructed|wording as in/i);
          continue;
        }
        const lines = fixtureLines(named[1]!);
        for (const out of [e.stdout, e.stderr]) {
          if (!out) continue;
          const text = decodeBytes(toBytes(out)).text;
          for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')) {
            expect(lines.has(line), `${m.id} ${e.probe}: "${line}" is not in ${named[1]}`).toBe(true);
          }
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('at least the eight machines the step is proven on', () => {
    const ids = catalog.list().map((m) => m.id);
    for (const id of ['win11-healthy', 'win10-virt-off-zh', 'win11-vmp-missing', 'win10-kernel-missing', 'win10-inbox-legacy', 'win11-wsl-policy-blocked', 'win11-network-web-download', 'win10-reboot-pending', 'win11-uac-cancelled']) {
      expect(ids).toContain(id);
    }
  });
});
