/**
 * The distro scripts print machine-readable lines for their parsers
 * (`GWS<TAB>phase<TAB>extract`, `PROBE 0 0 200 0.0019`, `STEP_END get 0 28` ...).
 * They are data, not words for a person: the Terminal leaves them out, while
 * the run's RunResult (and so the support report's transcript, recorded by the
 * recording host before any of this) keeps every byte.
 *
 * ERROR and WARN lines are kept: they are the script's message to a person.
 */

/** First word of every machine line the scripts in src-main/distro-scripts print (test/main/terminal/protocol-filter.test.ts checks the scripts against it). */
export const PROTOCOL_TOKENS: readonly string[] = [
  // gws_emit of the shared Go library (go-*, editor-*), go-verify.sh, distro-*.sh
  'GWS', 'GWSV', 'GWS-RESULT', 'GWS-STATUS', 'GWS-B64',
  // net-*.sh
  'PROBE', 'PROBE_ERR', 'STEP_BEGIN', 'STEP_END', 'WORKDIR', 'CHANGE', 'STORE', 'WSLINFO', 'ENV_PROXY',
  'PROXYTEST', 'PROXYTEST_ERR', 'TLS_HOST', 'RESOLVE', 'GOENV', 'GOENV_W_ERR', 'OVERRIDE', 'SKIP', 'SKIPPED',
  'INSTALLED', 'APT_ERR', 'GIT_VERSION', 'GIT_NAME', 'GIT_EMAIL', 'REMOVED_INSTEADOF',
  'SSH_TRY', 'PUBKEY', 'FINGERPRINT', 'CREATED',
];

/** Raw dumps framed by a begin and an end line (resolv.conf, the route table): the whole block is data. */
export const PROTOCOL_BLOCKS: Readonly<Record<string, string>> = { ROUTE_BEGIN: 'ROUTE_END', RESOLV_BEGIN: 'RESOLV_END' };

// An end line seen outside its block is still a record.
const LINE_TOKENS = new Set([...PROTOCOL_TOKENS, ...Object.keys(PROTOCOL_BLOCKS), ...Object.values(PROTOCOL_BLOCKS)]);
const ALL_TOKENS = [...LINE_TOKENS];

/** The token a whole line starts with (followed by a space, a tab or nothing), or null. */
function tokenOf(line: string): string | null {
  const m = /^([A-Z][A-Z0-9_-]*)(?:[ \t]|$)/.exec(line);
  return m && LINE_TOKENS.has(m[1] as string) ? (m[1] as string) : null;
}

const stripEol = (s: string) => s.replace(/\r?\n$/, '').replace(/\r$/, '');

/**
 * Streaming: output arrives in chunks that split lines anywhere. Text is
 * passed on at once unless the start of the current line could still become
 * a machine line (a few characters at most are held), so progress output
 * without newlines still shows live.
 */
export class ProtocolLineFilter {
  /** Start of the current line, held until it is known to be for people or not. */
  private held = '';
  /** What to do with the rest of the current line, once decided. */
  private mode: 'undecided' | 'show' | 'hide' = 'undecided';
  /** Inside a framed block: the line that ends it. */
  private blockEnd: string | null = null;

  push(text: string): string {
    let out = '';
    let rest = text;
    while (rest.length > 0) {
      const nl = rest.indexOf('\n');
      const piece = nl < 0 ? rest : rest.slice(0, nl + 1);
      rest = nl < 0 ? '' : rest.slice(nl + 1);
      const complete = nl >= 0;
      if (this.mode !== 'undecided') {
        if (this.mode === 'show') out += piece;
        if (complete) this.mode = 'undecided';
        continue;
      }
      this.held += piece;
      const line = stripEol(this.held);
      if (complete) {
        if (this.blockEnd !== null) {
          if (line === this.blockEnd) this.blockEnd = null;
        } else {
          const token = tokenOf(line);
          if (token === null) out += this.held;
          else if (token in PROTOCOL_BLOCKS) this.blockEnd = PROTOCOL_BLOCKS[token] as string;
        }
        this.held = '';
        continue;
      }
      out += this.decidePartial(line);
    }
    return out;
  }

  /** The run ended: whatever is held is an unfinished line that no parser will read as a record unless it is one. */
  flush(): string {
    const line = stripEol(this.held);
    const keep = this.mode === 'undecided' && this.blockEnd === null && tokenOf(line) === null ? this.held : '';
    this.held = '';
    this.mode = 'undecided';
    this.blockEnd = null;
    return keep;
  }

  private decidePartial(line: string): string {
    if (this.blockEnd !== null) {
      // In a block every line is hidden; only the end line needs its whole text to be recognised.
      if (!this.blockEnd.startsWith(line)) {
        this.mode = 'hide';
        this.held = '';
      }
      return '';
    }
    const token = tokenOf(line);
    if (token !== null && /[ \t]/.test(line)) {
      if (token in PROTOCOL_BLOCKS) this.blockEnd = PROTOCOL_BLOCKS[token] as string;
      this.mode = 'hide';
      this.held = '';
      return '';
    }
    // Still a possible token (or a token waiting for its separator): hold these few characters.
    if (ALL_TOKENS.some((t) => t.startsWith(line))) return '';
    const shown = this.held;
    this.mode = 'show';
    this.held = '';
    return shown;
  }
}
