import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Host } from '../../host/types';
import { FileResumeStore, type ResumeStore } from './store';

/** The one thing the default folder depends on: which kind of host runs. */
export interface ResumeScope {
  host(): Host;
}

/**
 * One resume store per runtime. Nothing in the app calls setResumeStore
 * (tests do, to use a folder of their own): a Windows runtime uses
 * %APPDATA%\Go on WSL Setup, the folder Electron's userData defaults to for
 * this productName, and a replay runtime (the demo, the e2e harness) a private
 * temp folder that lives as long as its process, which is what makes
 * "restart, reload the page, resume" work in the browser.
 */
const stores = new WeakMap<ResumeScope, ResumeStore>();

export const APP_DATA_FOLDER = 'Go on WSL Setup';

export function setResumeStore(runtime: ResumeScope, store: ResumeStore): void {
  stores.set(runtime, store);
}

export function resumeStoreFor(runtime: ResumeScope): ResumeStore {
  let store = stores.get(runtime);
  if (!store) {
    store = new FileResumeStore(defaultDir(runtime));
    stores.set(runtime, store);
  }
  return store;
}

function defaultDir(runtime: ResumeScope): string {
  if (process.env.GWS_RESUME_DIR) return process.env.GWS_RESUME_DIR;
  if (runtime.host().kind === 'windows') return path.join(process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_DATA_FOLDER);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-resume-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
