import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import { startHarness } from '../../../src-main/harness/server';
import { createHarnessLogger } from '../../../src-main/harness/log';
import { MachineCatalog } from '../../../src-main/host/machines';
import { TerminalManager } from '../../../src-main/terminal';

/**
 * A harness run (as `npm run demo` wires it: the app's logger, to a logs
 * folder) in which a main-side handler fails with secrets in its error: the
 * page gets only INTERNAL, the log file exists and holds the failure, masked.
 */
const PASSWORD = 'S3cret-Proxy-Pw!';
const TOKEN = `glpat-${'x7Y8z9'.repeat(4)}`;

describe('harness log', () => {
  it('after a main-side error the log file exists and holds no secret', async () => {
    const logDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gws-harness-log-')), 'logs');
    const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-harness-'));
    const logger = createHarnessLogger(logDir);
    const catalog = new MachineCatalog();
    const harness = await startHarness({
      rendererDir,
      log: (line, error) => logger.error(line, error),
      createRuntime: (emit) => {
        const runtime = createReplayRuntime({ emit, terminal: new TerminalManager({ emit }), machines: null, transcript: catalog.get(catalog.defaultId()), readOnly: true, shell: null });
        runtime.currentMachine = () => {
          throw new Error(`proxy http://bob:${PASSWORD}@10.0.0.1:3128 refused; GITLAB_TOKEN=${TOKEN}`);
        };
        return runtime;
      },
    });
    try {
      const origin = `http://127.0.0.1:${harness.port}`;
      const ws = new WebSocket(`ws://127.0.0.1:${harness.port}/api?token=${harness.token}`, { headers: { origin } });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const reply = new Promise<{ envelope: { error?: { code: string; message: string } } }>((resolve) => ws.once('message', (d: Buffer) => resolve(JSON.parse(d.toString()))));
      ws.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'app.info', payload: {} }));
      const { envelope } = await reply;
      ws.close();
      expect(envelope.error?.code).toBe('INTERNAL');
      expect(JSON.stringify(envelope)).not.toContain(PASSWORD);
    } finally {
      await harness.close();
    }
    expect(logger.file).toBe(path.join(logDir, 'main.log'));
    const text = fs.readFileSync(logger.file, 'utf8');
    expect(text).toContain('handler for app.info failed');
    expect(text).toContain('refused');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(TOKEN);
  });
});
