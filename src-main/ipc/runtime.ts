import type { AppInfo, MachineSummary, PreflightReport } from '../../src-shared/contract';
import type { Emit } from './dispatcher';
import type { TaskRegistry } from './tasks';
import type { MachineCatalog } from '../host/machines';
import type { Host, PtyLaunch } from '../host/types';
import type { CapturedHandle, TerminalTitle } from '../terminal';
import type { Transcript } from '../../src-shared/transcript/schema';
import type { ProxyResolver } from '../services/proxy-route/resolver';
import type { Confirmer } from './confirmer';
import type { ServiceOverrides } from './service-overrides';
import type { BundleService } from '../services/bundle/service';
import type { PresetLoad } from '../services/preset';

/** What the terminal layer offers the handlers (src-main/terminal implements it). */
export interface TerminalService {
  open(launch: PtyLaunch, size: { cols: number; rows: number }): { sessionId: string; title: string };
  input(sessionId: string, data: string): void;
  resize(sessionId: string, cols: number, rows: number): void;
  ack(sessionId: string, bytes: number): void;
  close(sessionId: string): boolean | void;
  openCaptured(title: string, name?: TerminalTitle): CapturedHandle;
  dispose(): void;
}

/**
 * Everything the handlers need, shared by the Electron app and the harness:
 * the same handlers run behind both transports.
 */
export interface Runtime {
  /** The host in use; the demo swaps it when another recorded machine is picked. */
  host(): Host;
  /** Replace the replayed machine (demo / support replay only). */
  selectMachine?(id: string): MachineSummary;
  /** Replay the machine in a support report, read-only (demo only). */
  openReport?(transcript: Transcript): MachineSummary;
  readonly machines: MachineCatalog | null;
  currentMachine(): MachineSummary | null;
  readonly terminal: TerminalService;
  readonly tasks: TaskRegistry;
  /** Broadcast an event to every renderer this runtime serves. */
  readonly emit: Emit;
  readonly info: Omit<AppInfo, 'hostKind' | 'machine' | 'readOnly'>;
  /** Language chosen by the user, remembered for the next start. */
  setLanguage(lang: 'en' | 'zh-CN'): void;
  /** The app's own folder: undo journal and backups of edited files, exports by default. */
  readonly dataDir: string;
  /** %UserProfile%, where .wslconfig lives (a scratch folder when replaying a recorded machine). */
  readonly userProfileDir: string;
  /** What the last preflight saw (feature gates read it); re-detected on every preflight run. */
  readonly facts: { preflight: PreflightReport | null };
  /** Which proxy Windows uses for a URL: the wizard's downloads and the proxy it hands into WSL follow it. */
  readonly proxyResolver?: ProxyResolver;
  /** The end of main's log file, for the support report (absent: no log in this session). */
  logTail?(): string;
  /** Test-only: loopback endpoints for the Go and network services (see service-overrides.ts). */
  readonly serviceOverrides?: ServiceOverrides;
  /** Asks the person what only a person may decide (confirmer.ts); absent: every such action is refused. */
  confirmer?: Confirmer;
  /** The preset read at start (--preset FILE, or go-wsl-setup.preset.json next to the exe); absent: none. */
  preset?: PresetLoad;
  /** Where "Save these choices as a preset" writes: main's own save dialog (Electron), a fixed path (tests); absent: cannot save. */
  choosePresetPath?: (suggestedName: string) => Promise<string | null>;
  /** Where `wsl --export` writes backups (chosen by main, shown after); default: Documents\go-wsl-setup-backups under userProfileDir. */
  backupsDir?: string;
  /** The offline bundle main found for this session (--bundle DIR, next to the app, a drive root); absent: none looked for. */
  bundle?: BundleService;
}
