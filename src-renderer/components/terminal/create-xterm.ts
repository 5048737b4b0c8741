import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import { Terminal, type ITerminalOptions } from '@xterm/xterm';

export interface XtermBundle {
  readonly term: Terminal;
  readonly fit: FitAddon;
  readonly search: SearchAddon;
}

/**
 * One place that decides how every terminal in the app looks and measures text,
 * so a pty, a captured run and the throughput bench's baseline all render alike.
 */
export function createXterm(overrides: ITerminalOptions = {}): XtermBundle {
  const term = new Terminal({
    // Unicode 11 widths are a proposed API in xterm 5.
    allowProposedApi: true,
    fontFamily: '"Cascadia Mono", "Cascadia Code", Consolas, "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace',
    fontSize: 13,
    scrollback: 5000,
    cursorBlink: false,
    theme: { background: '#1e1e1e', foreground: '#d4d4d4', selectionBackground: '#264f78' },
    // Like VS Code's default: xterm lifts any program's colours (dim text, dark blue) to WCAG AA contrast.
    minimumContrastRatio: 4.5,
    ...overrides,
  });
  const fit = new FitAddon();
  const search = new SearchAddon();
  term.loadAddon(fit);
  term.loadAddon(search);
  // CJK and emoji are two cells wide in Unicode 11; xterm's default (v6) tables make
  // apt and go output in Chinese misalign.
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  return { term, fit, search };
}
