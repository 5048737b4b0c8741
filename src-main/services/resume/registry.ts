import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Runtime } from '../../app/runtime';
import { devHook } from '../../host/packaged';
import { FileResumeStore, type ResumeStore } from './store';

/**
 * One resume store per runtime. The Electron app binds its userData folder
 * with setResumeStore; without that, a Windows runtime uses the same folder
 * Electron's userData defaults to (%APPDATA%\<productName>), and a replay
 * runtime (the demo, the e2e harness) a private temp folder that lives as long
 * as its process, which is what makes "restart, reload the page, resume"
 * work in the browser.
 */
const stores = new WeakMap<Runtime, ResumeStore>();

export const APP_DATA_FOLDER = 'Go on WSL Setup';

export function setResumeStore(runtime: Runtime, store: ResumeStore): void {
  stores.set(runtime, store);
}

export function resumeStoreFor(runtime: Runtime): ResumeStore {
  let store = stores.get(runtime);
  if (!store) {
    store = new FileResumeStore(defaultDir(runtime));
    stores.set(runtime, store);
  }
  return store;
}

function defaultDir(runtime: Runtime): string {
  const hook = devHook('GWS_RESUME_DIR');
  if (hook) return hook;
  if (runtime.host().kind === 'windows') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DATA_FOLDER);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-resume-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
