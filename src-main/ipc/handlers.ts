import { ApiError } from '../../src-shared/contract';
import type { Runtime } from './runtime';
import { parseTranscriptText } from '../host/machines';
import { runPreflight } from '../services/preflight';
import type { CommandHandlers, InvokeHandlers } from './dispatcher';
import { createBundleHandlers } from './handlers-bundle';
import { createDistroHandlers } from './handlers-distro';
import { createEditorHandlers } from './handlers-editor';
import { createGoHandlers } from './handlers-go';
import { createNetworkHandlers } from './handlers-network';
import { createReportHandlers } from './handlers-report';
import { createWslHandlers } from './handlers-wsl';
import { createPresetHandlers } from './handlers-preset';

/**
 * The contract's channels bound to services. Handlers stay small: payloads are
 * already validated by the Dispatcher; they call a service and return its result.
 */
export function createInvokeHandlers(runtime: Runtime): InvokeHandlers {
  return {
    'app.info': () => {
      const host = runtime.host();
      return { ...runtime.info, hostKind: host.kind, machine: runtime.currentMachine(), readOnly: host.readOnly };
    },
    'machines.list': () => ({
      machines: runtime.machines?.list() ?? [],
      current: runtime.currentMachine()?.id ?? null,
    }),
    'machines.select': ({ id }) => {
      if (!runtime.selectMachine) throw new ApiError('UNSUPPORTED', 'this session is not replaying recorded machines');
      runtime.tasks.cancelAll();
      return { machine: runtime.selectMachine(id) };
    },
    'machines.openReport': ({ report }) => {
      if (!runtime.openReport) throw new ApiError('UNSUPPORTED', 'this session cannot open reports');
      runtime.tasks.cancelAll();
      return { machine: runtime.openReport(parseTranscriptText(report, 'the report')) };
    },
    'settings.setLanguage': ({ lang }) => {
      runtime.setLanguage(lang);
      runtime.confirmer?.setLanguage(lang);
      return { lang };
    },
    'task.cancel': ({ taskId }) => ({ cancelled: runtime.tasks.cancel(taskId) }),
    'terminal.open': ({ profile, cols, rows }) => {
      if (profile !== 'shell') throw new ApiError('VALIDATION', 'unknown terminal profile');
      const launch = runtime.host().shell();
      if (!launch) throw new ApiError('UNSUPPORTED', 'no shell is available on this host');
      return runtime.terminal.open(launch, { cols, rows });
    },
    'terminal.close': ({ sessionId }) => ({ closed: runtime.terminal.close(sessionId) !== false }),
    'preflight.run': ({ taskId }) =>
      runtime.tasks.run(taskId, async (signal) => {
        const report = await runPreflight(runtime, signal);
        runtime.facts.preflight = report;
        return report;
      }),
    ...createDistroHandlers(runtime),
    ...createNetworkHandlers(runtime),
    ...createGoHandlers(runtime),
    ...createWslHandlers(runtime),
    ...createReportHandlers(runtime),
    ...createEditorHandlers(runtime),
    ...createBundleHandlers(runtime),
    ...createPresetHandlers(runtime),
  };
}

export function createCommandHandlers(runtime: Runtime): CommandHandlers {
  return {
    'terminal.input': ({ sessionId, data }) => runtime.terminal.input(sessionId, data),
    'terminal.resize': ({ sessionId, cols, rows }) => runtime.terminal.resize(sessionId, cols, rows),
    'terminal.ack': ({ sessionId, bytes }) => runtime.terminal.ack(sessionId, bytes),
  };
}
