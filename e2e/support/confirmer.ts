import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The test's side of the harness confirmer (src-main/harness/harness-confirmer.ts):
 * a folder outside the page's reach where the test sets the person's answer,
 * the file the "file dialog" picks, and reads back what main asked.
 */
export interface ConfirmDir {
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  answer(a: 'accept' | 'refuse'): void;
  pick(file: string | null): void;
  asked(): { question: Record<string, unknown>; lang: string; dialog: { title: string; message: string; detail: string; accept: string }; answer: boolean }[];
  cleanup(): void;
}

export function makeConfirmDir(): ConfirmDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-confirm-'));
  const log = path.join(dir, 'asked.jsonl');
  return {
    dir,
    env: { GWS_TEST_CONFIRM_DIR: dir },
    answer: (a) => fs.writeFileSync(path.join(dir, 'answer'), a),
    pick: (file) => (file === null ? fs.rmSync(path.join(dir, 'pick'), { force: true }) : fs.writeFileSync(path.join(dir, 'pick'), file)),
    asked: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A page that skips the UI and speaks the contract over the harness's own
 * WebSocket (what a compromised renderer could do): one invoke, its envelope.
 */
export async function rawInvoke(page: Page, harnessUrl: string, channel: string, payload: unknown): Promise<{ result?: unknown; error?: { code: string } }> {
  const u = new URL(harnessUrl);
  const token = new URLSearchParams(u.hash.slice(1)).get('token') ?? '';
  return page.evaluate(
    ({ ws, channel, payload }) =>
      new Promise<{ result?: unknown; error?: { code: string } }>((resolve, reject) => {
        const s = new WebSocket(ws);
        const timer = setTimeout(() => reject(new Error('no answer within 15 s')), 15_000);
        s.onopen = () => s.send(JSON.stringify({ t: 'invoke', id: 7, channel, payload }));
        s.onmessage = (m) => {
          if (typeof m.data !== 'string') return;
          const msg = JSON.parse(m.data) as { t: string; id?: number; envelope?: { result?: unknown; error?: { code: string } } };
          if (msg.t === 'result' && msg.id === 7) {
            clearTimeout(timer);
            s.close();
            resolve(msg.envelope ?? {});
          }
        };
        s.onerror = () => reject(new Error('WebSocket error'));
      }),
    { ws: `ws://${u.host}/api?token=${encodeURIComponent(token)}`, channel, payload },
  );
}
