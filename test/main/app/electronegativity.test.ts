import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The security lint really fails on an insecure window (so a green run means something). */
describe('scripts/electronegativity.mjs', () => {
  it('fails on HIGH/MEDIUM findings that are not explained in the allowlist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-en-'));
    fs.writeFileSync(
      path.join(dir, 'bad.js'),
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } }).loadURL('https://example.com');\n",
    );
    const r = spawnSync(process.execPath, ['scripts/electronegativity.mjs', dir], { cwd: path.resolve(__dirname, '../../..'), encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/SANDBOX_JS_CHECK MEDIUM.* -> FAIL/);
    expect(r.stdout).toMatch(/CONTEXT_ISOLATION_JS_CHECK HIGH.* -> FAIL/);
  }, 120_000);
});
