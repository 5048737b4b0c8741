import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTerminalFrame, encodeTerminalFrame } from '../../../src-shared/contract/terminal-frame';

describe('terminal data frames (harness binary messages)', () => {
  it('round-trips any session id the contract allows and any bytes (property)', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/);
    fc.assert(
      fc.property(id, fc.uint8Array({ maxLength: 2000 }), (sessionId, data) => {
        const decoded = decodeTerminalFrame(encodeTerminalFrame(sessionId, data));
        expect(decoded?.sessionId).toBe(sessionId);
        expect([...(decoded?.data ?? [])]).toEqual([...data]);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a view into the frame, not a copy', () => {
    const frame = encodeTerminalFrame('pty-1', new Uint8Array([1, 2, 3]));
    const decoded = decodeTerminalFrame(frame);
    expect(decoded?.data.buffer).toBe(frame.buffer);
  });

  it('refuses malformed frames with null, never throwing (property)', () => {
    expect(decodeTerminalFrame(new Uint8Array([]))).toBeNull();
    expect(decodeTerminalFrame(new Uint8Array([2, 1, 0x61]))).toBeNull(); // unknown kind
    expect(decodeTerminalFrame(new Uint8Array([1, 0, 0x61]))).toBeNull(); // empty id
    expect(decodeTerminalFrame(new Uint8Array([1, 200, 0x61]))).toBeNull(); // id longer than allowed
    expect(decodeTerminalFrame(new Uint8Array([1, 5, 0x61, 0x62]))).toBeNull(); // id runs past the end
    expect(decodeTerminalFrame(new Uint8Array([1, 2, 0x61, 0x0a]))).toBeNull(); // control char in the id
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeTerminalFrame(bytes);
        if (r) expect(r.sessionId).toMatch(/^[\x21-\x7e]{1,128}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses to encode an id that could not be decoded', () => {
    expect(() => encodeTerminalFrame('', new Uint8Array())).toThrow(RangeError);
    expect(() => encodeTerminalFrame('a b', new Uint8Array())).toThrow(RangeError);
    expect(() => encodeTerminalFrame('x'.repeat(129), new Uint8Array())).toThrow(RangeError);
    expect(() => encodeTerminalFrame('会话', new Uint8Array())).toThrow(RangeError);
  });
});
