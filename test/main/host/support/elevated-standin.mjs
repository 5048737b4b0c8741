// Stands in, on Linux, for the two PowerShell processes of one elevated action
// (src-main/host/elevation-scripts.ts), so the main-side protocol runs against
// a real process: make the private folder (refusing one that exists or is a
// link), run the target with its output in the two logs, watch for the
// cancel file and the backstop deadline, end the target's whole tree, and
// exit with the target's exit code (995 when stopped). argv[2] is the inner
// data as JSON plus `argv` (the target's arguments, already split).
// STANDIN_MODE=deaf: the elevated side ignores the cancel file (a wedged one).
// STANDIN_ENDED: a file a line (the time) is appended to just before exiting, so a test can tell
// whether the runner returned before or after the elevated side ended.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';

const d = JSON.parse(process.argv[2]);
const end = (code) => {
  if (process.env.STANDIN_ENDED) appendFileSync(process.env.STANDIN_ENDED, `${Date.now()}\n`);
  process.exit(code);
};
const deaf = process.env.STANDIN_MODE === 'deaf';
if (!deaf && existsSync(d.cancel)) end(995);
const dir = path.join(d.root, d.name);
try {
  mkdirSync(dir);
} catch {
  end(1);
}
if (lstatSync(dir).isSymbolicLink() || readdirSync(dir).length !== 0) end(1);
const out = openSync(path.join(dir, 'stdout.log'), 'w');
const err = openSync(path.join(dir, 'stderr.log'), 'w');
const env = { ...process.env };
for (const e of d.env) env[e.name] = e.value;
const child = spawn(d.file, d.argv, { stdio: ['ignore', out, err], detached: true, env });
let stop = false;
let waited = 0;
const timer = setInterval(() => {
  waited += 50;
  const asked = !deaf && existsSync(d.cancel);
  if (!stop && (asked || waited >= d.timeoutMs)) stop = true;
  if (stop) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}, 50);
child.on('exit', (code) => {
  clearInterval(timer);
  end(stop ? 995 : (code ?? 1));
});
