import fs from 'node:fs/promises';
import path from 'node:path';
import { REFUSE_ALL } from './confirmer';
import type { Runtime } from './runtime';
import { BackupStore } from '../files/backup-store';
import { DistroService } from '../services/distro';
import { mirroredSuggestible } from '../../src-shared/checks/windows/policy';
import type { MachineFacts } from '../services/distro/config';
import { runLiveOutputOf, type LiveOptions } from '../services/live-run';
import type { TerminalTitle } from '../terminal';
import { respond } from './respond';
import { runPreflight } from '../services/preflight';
import type { InvokeHandlers } from './dispatcher';

/** Windows build and WSL version for the feature gates: from the last preflight, or a fresh one. */
async function machineFacts(runtime: Runtime): Promise<MachineFacts> {
  const report = runtime.facts.preflight ?? (await runPreflight(runtime));
  return { windowsBuild: report.windows.build, wslVersion: report.wsl.wslVersion, mirroredAllowed: mirroredSuggestible(report.windows.wslPolicies) };
}

/** Main's backups folder: the one the runtime names, else Documents\go-wsl-setup-backups in the profile. */
export function backupsDir(runtime: Runtime): string {
  return runtime.backupsDir ?? path.win32.join(runtime.userProfileDir, 'Documents', 'go-wsl-setup-backups');
}

/** The Distro step bound to its service; long actions show live and can be cancelled. */
export function createDistroHandlers(runtime: Runtime) {
  const backups = new BackupStore(path.join(runtime.dataDir, 'backups'));
  const service = () =>
    new DistroService({
      host: runtime.host(),
      backups,
      userProfileDir: runtime.userProfileDir,
      exportDir: backupsDir(runtime),
      // wsl --export does not create the folder; only a real Windows host has one to create.
      ensureDir: async (dir) => {
        if (runtime.host().kind === 'windows') await fs.mkdir(dir, { recursive: true });
      },
      // The decisions only a person may make are asked by main (confirmer.ts), never taken from the page.
      confirm: (q) => (runtime.confirmer ?? REFUSE_ALL).confirm(q),
      machine: () => machineFacts(runtime),
      // An offline bundle's image of the chosen distro, verified, replaces the Store download.
      ...(runtime.bundle ? { localImage: runtime.bundle.localImage } : {}),
      fileSize: async (file) => {
        // Only a real Windows host can see the exported file; a replay cannot tell.
        if (runtime.host().kind !== 'windows') return null;
        try {
          return (await fs.stat(file)).size;
        } catch {
          return 0;
        }
      },
    });
  const task = <T>(name: TerminalTitle, title: string, taskId: string | undefined, work: (s: DistroService, opts: LiveOptions) => Promise<T>) =>
    runtime.tasks.run(taskId, (signal) => runLiveOutputOf(runtime, title, signal, (opts) => work(service(), opts), name));

  return {
    'distro.list': () => respond('distro.list', service().list()),
    'distro.recommend': () => respond('distro.recommend', service().recommend()),
    'distro.install': ({ taskId, name, webDownload }) =>
      respond(
        'distro.install',
        task({ id: 'distro.install', args: { key: name } }, `wsl --install -d ${name}`, taskId, (s, opts) => s.install(name, { ...opts, ...(webDownload !== undefined ? { webDownload } : {}) })),
      ),
    // The password goes to the service and on to the script's stdin only; it is never logged or shown.
    'distro.createUser': ({ distro, username, password }) => respond('distro.createUser', service().createUser(distro, username, password)),
    'distro.ensureV2': ({ taskId, only }) => respond('distro.ensureV2', task({ id: 'distro.ensureV2' }, 'wsl --set-version … 2', taskId, (s, opts) => s.ensureV2(only, opts))),
    'distro.previewConfig': ({ target }) => respond('distro.previewConfig', service().previewConfig(target)),
    'distro.applyConfig': ({ target, expectedBeforeSha256, expectedAfterSha256, restartNow }) =>
      respond('distro.applyConfig', service().applyConfig(target, expectedBeforeSha256, expectedAfterSha256, restartNow)),
    'distro.undoConfig': ({ undoId, restartNow }) => respond('distro.undoConfig', service().undoConfig(undoId, restartNow)),
    'distro.changes': () => respond('distro.changes', service().changes()),
    'distro.restart': ({ mode, distro }) => service().restart(mode, distro),
    'distro.exportBackup': ({ taskId, distro }) =>
      respond('distro.exportBackup', task({ id: 'distro.exportBackup', args: { key: distro } }, `wsl --export ${distro}`, taskId, (s, opts) => s.exportBackup(distro, opts))),
    'distro.unregister': ({ distro, backup }) =>
      respond('distro.unregister', task({ id: 'distro.unregister', args: { key: distro } }, `wsl --unregister ${distro}`, undefined, (s, opts) => s.unregister(distro, backup, opts))),
  } satisfies Partial<InvokeHandlers>;
}
