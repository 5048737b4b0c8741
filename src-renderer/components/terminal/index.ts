export { Terminal, type TerminalProps } from './Terminal';
export { createXterm, type XtermBundle } from './create-xterm';
export { linkSession, type SessionLink } from './link-session';
