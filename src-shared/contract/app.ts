import { z } from 'zod';
import { Empty, Id, invoke, Lang } from './define';

export const HostKind = z.enum(['windows', 'replay', 'local-linux']);
export type HostKind = z.infer<typeof HostKind>;

export const LocalizedText = z.object({ en: z.string(), 'zh-CN': z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const MachineSummary = z.object({
  id: Id,
  title: LocalizedText,
  description: LocalizedText,
});
export type MachineSummary = z.infer<typeof MachineSummary>;

export const AppInfo = z.object({
  version: z.string(),
  /** Where Windows-side facts come from: the real machine, or a recorded one. */
  hostKind: HostKind,
  /** The recorded machine being replayed, when hostKind is 'replay'. */
  machine: MachineSummary.nullable(),
  /** Replaying a report: nothing is changed, actions are refused with READ_ONLY. */
  readOnly: z.boolean(),
  /** The OS locale as the main process sees it (BCP 47), used to pick the first language. */
  osLocale: z.string().max(64),
  /** Which transport carries this session: the Electron preload bridge or the test/demo harness. */
  transport: z.enum(['electron', 'harness']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appInvoke = {
  'app.info': invoke(Empty, AppInfo),
  /** Recorded machines the demo can replay (empty in the real app). */
  'machines.list': invoke(Empty, z.object({ machines: z.array(MachineSummary), current: Id.nullable() })),
  /** Switch the replayed machine (demo and support replay only). */
  'machines.select': invoke(z.object({ id: Id }).strict(), z.object({ machine: MachineSummary })),
  /**
   * Open a support report (its JSON text) in the demo: the wizard then replays that
   * machine read-only. Bounded so the message stays under the harness's 1 MiB frame.
   */
  'machines.openReport': invoke(z.object({ report: z.string().min(2).max(700_000) }).strict(), z.object({ machine: MachineSummary })),
  'settings.setLanguage': invoke(z.object({ lang: Lang }).strict(), z.object({ lang: Lang })),
} as const;
