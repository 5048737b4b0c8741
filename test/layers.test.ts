import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layering rules really catch violations (a fixture tree that breaks each one). */
describe('dependency-cruiser layering rules', () => {
  it('reports node:*, electron and cross-layer imports from src-shared and src-renderer', () => {
    const root = path.resolve(__dirname, '..');
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', path.join(root, '.dependency-cruiser.cjs'), 'src-shared', 'src-renderer', 'src-main'],
      { cwd: path.join(root, 'test/fixtures/layers'), encoding: 'utf8', env: { ...process.env, GWS_DEPCRUISE_TSCONFIG: path.join(root, 'tsconfig.json') } },
    );
    const out = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(out).toMatch(/shared-is-pure: src-shared\/impure\.ts → (node:)?fs/);
    expect(out).toMatch(/shared-no-electron: src-shared\/impure\.ts → .*electron/);
    expect(out).toMatch(/renderer-is-browser-code: src-renderer\/node-in-browser\.ts → (node:)?child_process/);
    expect(out).toMatch(/renderer-no-electron-or-main: src-renderer\/node-in-browser\.ts → src-main\/service\.ts/);
  });
});
