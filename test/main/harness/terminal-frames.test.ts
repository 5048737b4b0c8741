import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeTerminalFrame } from '../../../src-shared/contract/terminal-frame';
import { startReplayHarness, type ReplayHarness } from './replay-harness';

/**
 * The harness end to end from a plain WebSocket client: terminal output
 * arrives as binary frames carrying the pty's bytes, everything else as JSON.
 */
describe('harness transport: terminal output as binary frames', () => {
  let running: ReplayHarness | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });

  it('carries a real pty\'s UTF-8 output byte for byte, and the exit as JSON after it', async () => {
    const sample = 'go1.22 安装完成 😀 \x1b[31mred\x1b[0m';
    running = await startReplayHarness({
      readOnly: false,
      shell: { file: '/bin/sh', args: ['-c', 'stty -onlcr; printf "%s" "$SAMPLE"'], env: { SAMPLE: sample }, title: 'sample' },
    });
    const { harness } = running;
    const origin = `http://127.0.0.1:${harness.port}`;
    const ws = new WebSocket(`ws://127.0.0.1:${harness.port}/api?token=${harness.token}`, { headers: { origin } });
    const binary: Buffer[] = [];
    const texts: { t: string; channel?: string; id?: number; envelope?: { result?: { sessionId: string } } }[] = [];
    const order: string[] = [];
    ws.on('message', (data: Buffer, isBinary) => {
      if (isBinary) {
        binary.push(data);
        order.push('data');
      } else {
        const msg = JSON.parse(data.toString());
        texts.push(msg);
        if (msg.t === 'event') order.push(msg.channel);
      }
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ t: 'invoke', id: 1, channel: 'terminal.open', payload: { profile: 'shell', cols: 80, rows: 24 } }));
    const until = async (what: string, ok: () => boolean) => {
      const deadline = Date.now() + 10_000;
      while (!ok()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    await until('the open result', () => texts.some((m) => m.t === 'result' && m.id === 1));
    const sessionId = texts.find((m) => m.t === 'result')!.envelope!.result!.sessionId;
    ws.send(JSON.stringify({ t: 'send', channel: 'terminal.ack', payload: { sessionId, bytes: 0 } }));
    await until('the exit event', () => order.includes('terminal.exit'));

    const frames = binary.map((b) => decodeTerminalFrame(new Uint8Array(b.buffer, b.byteOffset, b.length)));
    expect(frames.every((f) => f?.sessionId === sessionId)).toBe(true);
    const bytes = Buffer.concat(frames.map((f) => f!.data));
    expect(bytes.equals(Buffer.from(sample, 'utf8'))).toBe(true);
    // No output was sent as JSON, and the exit came after the last output.
    expect(texts.some((m) => m.channel === 'terminal.data')).toBe(false);
    expect(order.lastIndexOf('data')).toBeLessThan(order.indexOf('terminal.exit'));
    ws.close();
  });
});
