import { describe, expect, it } from 'vitest';
import { invokeChannels, isInvokeChannel } from '../../../src-shared/contract';

const createUser = invokeChannels['distro.createUser'].request;
const unregister = invokeChannels['distro.unregister'].request;

describe('distro contract', () => {
  it('registers every Distro step channel', () => {
    for (const c of ['list', 'recommend', 'install', 'createUser', 'ensureV2', 'previewConfig', 'applyConfig', 'undoConfig', 'exportBackup', 'unregister']) {
      expect(isInvokeChannel(`distro.${c}`)).toBe(true);
    }
  });

  it('accepts a good createUser payload and refuses hostile user names', () => {
    expect(createUser.safeParse({ distro: 'Ubuntu-24.04', username: 'gopher', password: 'p$(id)`x`' }).success).toBe(true);
    for (const username of ['root', 'Gopher', '$(id)', 'a;b', 'x'.repeat(33), 'gopher\n', 'ｇｏｐｈｅｒ', '']) {
      expect(createUser.safeParse({ distro: 'Ubuntu-24.04', username, password: 'secret-pw' }).success, username).toBe(false);
    }
  });

  it('refuses passwords that would break the one-line stdin framing, and never echoes the value in issues', () => {
    for (const password of ['', 'a\nb', 'a\rb', 'a\u0000b', 'x'.repeat(600), 'bad\uD800']) {
      const r = createUser.safeParse({ distro: 'Ubuntu-24.04', username: 'gopher', password });
      expect(r.success).toBe(false);
      if (!r.success && password.length > 3) expect(JSON.stringify(r.error.issues)).not.toContain(password);
    }
  });

  it('refuses distro names that are not plain tokens, and extra fields', () => {
    for (const distro of ['-d', 'a b', '../x', 'Ubuntu;calc', '']) expect(createUser.safeParse({ distro, username: 'gopher', password: 'pw123456' }).success).toBe(false);
    expect(createUser.safeParse({ distro: 'Ubuntu', username: 'gopher', password: 'pw123456', shell: '/bin/sh' }).success).toBe(false);
  });

  it('unregister carries no confirmation, typed name or path: main asks the person itself', () => {
    expect(unregister.safeParse({ distro: 'Ubuntu', backup: {} }).success).toBe(true);
    expect(unregister.safeParse({ distro: 'Ubuntu', backup: { skip: true } }).success).toBe(true);
    expect(unregister.safeParse({ distro: 'Ubuntu' }).success).toBe(false);
    expect(unregister.safeParse({ distro: 'Ubuntu', backup: { skip: false } }).success).toBe(false);
    // What the page used to send as its own "yes", or to choose the file: refused, not ignored.
    expect(unregister.safeParse({ distro: 'Ubuntu', confirmName: 'Ubuntu', backup: {} }).success).toBe(false);
    expect(unregister.safeParse({ distro: 'Ubuntu', backup: { path: 'D:\\x.tar' } }).success).toBe(false);
  });

  it('the export has no path field: main chooses the folder', () => {
    const exp = invokeChannels['distro.exportBackup'].request;
    expect(exp.safeParse({ distro: 'Ubuntu' }).success).toBe(true);
    expect(exp.safeParse({ distro: 'Ubuntu', path: 'D:\\Backups\\Ubuntu.tar' }).success).toBe(false);
  });
});
