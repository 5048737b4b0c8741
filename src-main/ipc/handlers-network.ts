import { diagnoseOffThread } from '../diagnose-worker/client';
import { REFUSE_ALL } from './confirmer';
import type { Runtime } from './runtime';
import { NetworkService } from '../services/network';
import { withLiveOutput } from '../services/live-run';
import type { InvokeHandlers } from './dispatcher';

/**
 * The Network step bound to its service. Each call shows its commands in one
 * captured Terminal session (the service redacts secrets before output leaves it)
 * and runs as a cancellable task.
 */
export function createNetworkHandlers(runtime: Runtime) {
  // The channel names the Terminal tab (the renderer translates it); the English title is its fallback.
  const run = <T>(channel: string, title: string, taskId: string | undefined, work: (service: NetworkService, signal: AbortSignal) => Promise<T>) =>
    runtime.tasks.run(taskId, (signal) =>
      withLiveOutput(
        runtime,
        title,
        (onOutput) =>
          work(new NetworkService(runtime.host(), { ...(runtime.proxyResolver ? { proxyResolver: runtime.proxyResolver } : {}), ...runtime.serviceOverrides?.network, explain: async (text) => (await diagnoseOffThread({ text })).findings[0]?.id ?? null, onOutput }), signal),
        { id: channel },
      ),
    );
  return {
    'network.detectProxy': (req) => run('network.detectProxy', 'network: proxy', req.taskId, (s, signal) => s.detectProxy(req, signal)),
    'network.testProxy': (req) => run('network.testProxy', 'network: test proxy', req.taskId, (s, signal) => s.testProxy(req, signal)),
    'network.applyProxy': (req) => run('network.applyProxy', 'network: apply proxy', req.taskId, (s, signal) => s.applyProxy(req, signal)),
    'network.dnsCheck': (req) => run('network.dnsCheck', 'network: DNS', req.taskId, (s, signal) => s.dnsCheck(req, signal)),
    'network.tlsCheck': (req) => run('network.tlsCheck', 'network: TLS', req.taskId, (s, signal) => s.tlsCheck(req, signal)),
    // Main picks the file and asks the person to trust it (confirmer.ts); the page only asks for the import.
    'network.importCa': (req) => run('network.importCa', 'network: import certificate', req.taskId, (s, signal) => s.importCa(req, runtime.confirmer ?? REFUSE_ALL, signal)),
    'network.raceGoproxy': (req) => run('network.raceGoproxy', 'network: GOPROXY race', req.taskId, (s, signal) => s.raceGoproxy(req, signal)),
    'network.applyGoproxy': (req) => run('network.applyGoproxy', 'network: GOPROXY', req.taskId, (s, signal) => s.applyGoproxy(req, signal)),
    'network.undoGoproxy': (req) => run('network.undoGoproxy', 'network: undo GOPROXY', req.taskId, (s, signal) => s.undoGoproxy(req, signal)),
    'network.undoExtras': (req) => run('network.undoExtras', 'network: undo certificates and git rewrites', req.taskId, (s, signal) => s.undoExtras(req, signal)),
    'network.gitSetup': (req) => run('network.gitSetup', 'network: git', req.taskId, (s, signal) => s.gitSetup(req, signal)),
    'network.sshKey': (req) => run('network.sshKey', 'network: SSH key', req.taskId, (s, signal) => s.sshKey(req, signal)),
    'network.proveIt': (req) => run('network.proveIt', 'prove: go run / get / test', req.taskId, (s, signal) => s.proveIt(req, signal)),
  } satisfies Partial<InvokeHandlers>;
}
