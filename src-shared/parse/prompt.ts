/**
 * Recognise shell prompts and echoed commands in a paste, so that a command a
 * user typed ("bcdedit /set hypervisorlaunchtype auto", "dism ... /norestart")
 * is never read as something the machine said, while the diagnoser can still
 * see what was run (e.g. `sudo` before "go: command not found").
 */

/** First words of commands people paste around WSL/Go output. */
const KNOWN_COMMANDS =
  /^(?:sudo|wsl|wsl\.exe|wslconfig|go|gofmt|git|curl|wget|apt|apt-get|dpkg|snap|dism|dism\.exe|bcdedit|systeminfo|findstr|make|cat|ls|cd|echo|export|source|tar|sha256sum|chmod|chown|ubuntu\d*(?:\.exe)?|debian|kali|powershell|pwsh|cmd|netsh|sc|reg|ping|nslookup|dig|ssh|docker|which|type|env|printenv|bash|zsh|sh|(?:Get|Set|Enable|Disable|Install|Uninstall|New|Remove|Add|Start|Stop|Restart|Test|Invoke|Import|Export|Select|Write|ConvertTo|ConvertFrom|Out|Update|Repair)-[A-Z][A-Za-z]+|\$\w+|\[int\]\S*|\.\/\S+)$/;

function firstWord(command: string): string {
  return command.trim().split(/\s+/)[0] ?? '';
}

export function isKnownCommand(command: string): boolean {
  const w = firstWord(command);
  // "go: downloading", "curl: (7)", "make: go: ..." are messages, not commands.
  // PowerShell errors read "Enable-WindowsOptionalFeature : message".
  if (w.endsWith(':') || /^\S+\s?:(?:\s|$)/.test(command.trim())) return false;
  return KNOWN_COMMANDS.test(w);
}

interface PromptPattern {
  re: RegExp;
  /** The pattern alone is not enough: the command must start with a known word. */
  needsKnown: boolean;
}

const PROMPTS: PromptPattern[] = [
  { re: /^\s*PS(?: [^>]*)?>\s?(.*)$/, needsKnown: false }, // PowerShell: "PS C:\x> cmd", "PS > cmd"
  { re: /^\s*[A-Za-z]:\\[^>]*>\s?(.*)$/, needsKnown: false }, // cmd.exe: "C:\Users\x>cmd"
  { re: /^\s*(?:\([^)]*\)\s*)?[\w.-]*@[\w.-]+:[^$#\s]*[$#]\s?(.*)$/, needsKnown: false }, // user@host:~$
  { re: /^\s*\[[^\]]*@[^\]]*\][$#]\s?(.*)$/, needsKnown: false }, // [root@host ~]#
  { re: /^\s*(?:\$>?|❯|λ|➜\s+\S+)\s+(.*)$/, needsKnown: false },
  { re: /^\s*[$%❯]\s*$/, needsKnown: false },
  { re: /^\s*[~\w./-]*\$\s(.*)$/, needsKnown: false }, // "dir/sub$ cmd"
  { re: /^\s*(?:>|%|#|\+)\s+(.*)$/, needsKnown: true }, // ambiguous markers: quotes, comments, xtrace
  { re: /^\s*[\w.\\~:-]+>\s?(.*)$/, needsKnown: true }, // "AppData\Local\Packages>wsl", "User> wsl"
  { re: /^\s*~\S*\s+(.*)$/, needsKnown: true }, // zsh "~/src/dir go get ..."
];

/** The command typed after a prompt, or null when the line is not a prompt line. */
export function promptCommand(line: string): string | null {
  for (const p of PROMPTS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const cmd = (m[1] ?? '').trim();
    if (p.needsKnown && !isKnownCommand(cmd)) continue;
    return cmd;
  }
  return null;
}

/** A bare command line without a prompt ("wsl --install", "sudo make install"). */
export function bareCommand(line: string): string | null {
  // Indented lines are part of a message ("to add:\n\tgo get ..."), not something typed.
  if (/^\s{2,}/.test(line)) return null;
  const t = line.trim();
  if (t === '' || !isKnownCommand(t)) return null;
  // "go mod tidy: error loading ..." is a message that names its command.
  if (/^[\w .-]+:\s/.test(t)) return null;
  // "go version go1.22.4 linux/amd64" is go's answer, not the command.
  if (/^go version go\d/.test(t)) return null;
  // A lone word like "go" could be either; only count it as a command with arguments or a known no-arg tool.
  if (!/\s/.test(t) && !/^(?:systeminfo|wsl|wsl\.exe)$/i.test(t)) return null;
  return t;
}

const BANNERS = [
  /^Microsoft Windows \[[^\]]*\d+\.\d+\.\d+[^\]]*\]$/,
  /^\(c\) (?:\d{4} )?Microsoft Corporation/i,
  /^Copyright \(c\) Microsoft Corporation/i,
  /^Windows PowerShell$/,
  /^Try the new cross-platform PowerShell/,
  /^Deployment Image Servicing and Management tool$/,
  /^Welcome to Ubuntu /,
  /^\s*\* (?:Documentation|Management|Support):\s+https?:/,
  /^Press any key to continue/i,
  /^\[process exited with code/,
  /^You can now close this terminal with/,
];

export function isBanner(line: string): boolean {
  const t = line.trim().replace(/^["']|["']$/g, '');
  return BANNERS.some((re) => re.test(t));
}
