import type { Api } from '../../src-shared/contract/client';
import type { EventChannel, EventPayload, InvokeChannel, InvokeRequest, InvokeResponse } from '../../src-shared/contract';
import type { AppInfo } from '../../src-shared/contract/app';
import type { PreflightReport } from '../../src-shared/contract/preflight';

type Handler<C extends InvokeChannel> = (req: InvokeRequest<C>) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
export type Handlers = { [C in InvokeChannel]?: Handler<C> };

/**
 * An in-memory Api for store tests: answers from the handlers given, records
 * every call, and lets a test emit events as main would.
 */
export function fakeApi(handlers: Handlers) {
  const calls: { channel: string; request: unknown }[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const api: Api = {
    async invoke(channel, request) {
      calls.push({ channel, request });
      const h = handlers[channel] as Handler<typeof channel> | undefined;
      if (!h) throw new Error(`no fake handler for ${channel}`);
      return h(request);
    },
    send(channel, payload) {
      calls.push({ channel, request: payload });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const l = listener as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
  const emit = <E extends EventChannel>(event: E, payload: EventPayload<E>) =>
    listeners.get(event)?.forEach((l) => l(payload));
  const listenerCount = (event: EventChannel) => listeners.get(event)?.size ?? 0;
  return { api, calls, emit, listenerCount };
}

export const machineA = {
  id: 'win11-healthy',
  title: { en: 'Windows 11, healthy', 'zh-CN': 'Windows 11，状态良好' },
  description: { en: 'Everything in place', 'zh-CN': '一切就绪' },
};
export const machineB = {
  id: 'win10-novirt',
  title: { en: 'Windows 10, virtualization off', 'zh-CN': 'Windows 10，虚拟化已关闭' },
  description: { en: 'VT-x disabled in firmware', 'zh-CN': '固件中禁用了 VT-x' },
};

export function appInfo(over: Partial<AppInfo> = {}): AppInfo {
  return {
    version: '0.1.0',
    hostKind: 'replay',
    machine: machineA,
    readOnly: true,
    osLocale: 'zh-CN',
    transport: 'harness',
    ...over,
  };
}

type Status = PreflightReport['checks'][number]['status'];
/** A check given by its status; 'fail+fix' is a failure the wizard can fix itself (it carries a fixAction). */
export type CheckSpec = Status | 'fail+fix';

export function report(statuses: CheckSpec[] = ['ok']): PreflightReport {
  return {
    windows: {
      build: 22631,
      ubr: 4317,
      displayVersion: '23H2',
      productName: 'Windows 11 Pro',
      edition: 'Professional',
      architecture: '64-bit',
      is64Bit: true,
      virtualizationFirmwareEnabled: true,
      hypervisorPresent: true,
      vmMonitorModeExtensions: null,
      secondLevelAddressTranslation: null,
      manufacturer: 'LENOVO',
      model: 'ThinkPad T14',
      features: { virtualMachinePlatform: 'Enabled', wsl: 'Enabled' },
      rebootPending: false,
      rebootPendingReasons: [],
      lastBootUtc: null,
      policyBlocksWsl: false,
      wslPolicies: {},
      systemDrive: 'C:',
      systemDriveFreeBytes: 120_000_000_000,
      proxy: { wininetEnabled: true, wininetServer: '127.0.0.1:7890', autoConfigUrl: null, winhttp: null },
      isAdmin: false,
      languageMode: 'FullLanguage',
      uiCulture: 'zh-CN',
    },
    wsl: {
      present: true,
      wslVersion: '2.3.26.0',
      kernelVersion: '5.15.167.4-1',
      defaultVersion: 2,
      defaultDistro: 'Ubuntu',
      distros: [{ name: 'Ubuntu', state: 'Stopped', version: 2, isDefault: true }],
      legacyInbox: false,
    },
    checks: statuses.map((spec, i) => {
      const status: Status = spec === 'fail+fix' ? 'fail' : spec;
      return {
        id: `check-${i}`,
        status,
        observed: { build: 22631, virtualizationFirmwareEnabled: status !== 'fail', note: null },
        findings: spec === 'fail' ? ['VIRTUALIZATION_DISABLED'] : spec === 'fail+fix' ? ['VMP_FEATURE_MISSING'] : [],
        fixAction: spec === 'fail+fix' ? 'windows.enable-features' : null,
      };
    }),
    processCount: 2,
  };
}

/** A promise plus the functions that settle it, to control the order of answers in a test. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
