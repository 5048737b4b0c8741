import { z } from 'zod';
import { Id, invoke } from './define';

/** Every value is null when the machine did not tell us: never guessed. */
export const FeatureState = z.enum(['Enabled', 'Disabled', 'EnablePending', 'DisablePending', 'Absent', 'Unknown']);
export type FeatureState = z.infer<typeof FeatureState>;

/**
 * WSL's own group policies, as WSL reads them (microsoft/WSL src/windows/inc/wslpolicies.h):
 * REG_DWORD under HKLM\SOFTWARE\Policies\WSL, 1 allowed / 0 disallowed, absent = allowed;
 * DefaultNetworkingMode is 0 None, 1 NAT, 3 Mirrored, 4 VirtioProxy (intune/WSL.admx).
 */
export const WSL_POLICY_NAMES = [
  'AllowWSL',
  'AllowInboxWSL',
  'AllowWSL1',
  'AllowKernelUserSetting',
  'AllowSystemDistroUserSetting',
  'AllowKernelCommandLineUserSetting',
  'AllowDebugShell',
  'AllowNestedVirtualization',
  'AllowKernelDebugUserSetting',
  'AllowDiskMount',
  'AllowNetworkingModeUserSetting',
  'AllowFirewallUserSetting',
  'DefaultNetworkingMode',
] as const;
export type WslPolicyName = (typeof WSL_POLICY_NAMES)[number];
export const WslPolicies = z.partialRecord(z.enum(WSL_POLICY_NAMES), z.number().int());
export type WslPolicies = z.infer<typeof WslPolicies>;

export const WindowsFacts = z.object({
  build: z.number().int().nullable(),
  ubr: z.number().int().nullable(),
  displayVersion: z.string().nullable(),
  productName: z.string().nullable(),
  edition: z.string().nullable(),
  architecture: z.string().nullable(),
  is64Bit: z.boolean().nullable(),
  virtualizationFirmwareEnabled: z.boolean().nullable(),
  hypervisorPresent: z.boolean().nullable(),
  vmMonitorModeExtensions: z.boolean().nullable(),
  secondLevelAddressTranslation: z.boolean().nullable(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  features: z.object({
    virtualMachinePlatform: FeatureState.nullable(),
    wsl: FeatureState.nullable(),
  }),
  /** Only Component Based Servicing or Windows Update waiting for a restart (a pending file rename alone is noise). */
  rebootPending: z.boolean().nullable(),
  /** Every signal seen: 'CBS', 'WindowsUpdate', 'PendingFileRename' (information only). */
  rebootPendingReasons: z.array(z.string()),
  /** When Windows last started (UTC, ISO 8601): tells a real restart from a mere restart of the app. */
  lastBootUtc: z.string().max(64).nullable().default(null),
  /** AllowWSL=0: WSL cannot run at all, whichever package. */
  policyBlocksWsl: z.boolean().nullable(),
  /** The DWORDs under HKLM\SOFTWARE\Policies\WSL (names from microsoft/WSL wslpolicies.h); absent = not configured. */
  wslPolicies: WslPolicies.default({}),
  systemDrive: z.string().nullable(),
  systemDriveFreeBytes: z.number().nullable(),
  proxy: z.object({
    wininetEnabled: z.boolean().nullable(),
    wininetServer: z.string().nullable(),
    autoConfigUrl: z.string().nullable(),
    winhttp: z.string().nullable(),
  }),
  isAdmin: z.boolean().nullable(),
  languageMode: z.string().nullable(),
  uiCulture: z.string().nullable(),
});
export type WindowsFacts = z.infer<typeof WindowsFacts>;

export const DistroInfo = z.object({
  name: z.string(),
  state: z.string(),
  version: z.number().int().nullable(),
  isDefault: z.boolean(),
});
export type DistroInfo = z.infer<typeof DistroInfo>;

export const WslFacts = z.object({
  /** wsl.exe answered at all. */
  present: z.boolean(),
  wslVersion: z.string().nullable(),
  kernelVersion: z.string().nullable(),
  defaultVersion: z.number().int().nullable(),
  defaultDistro: z.string().nullable(),
  distros: z.array(DistroInfo).nullable(),
  /** The in-box wsl.exe that predates `--version` / `--install` options. */
  legacyInbox: z.boolean().nullable(),
});
export type WslFacts = z.infer<typeof WslFacts>;

export const CheckStatus = z.enum(['ok', 'warn', 'fail', 'unknown']);
export type CheckStatus = z.infer<typeof CheckStatus>;

/** A value shown as "what we saw": plain data, the UI formats and translates it. */
export const EvidenceValue = z.union([z.string().max(4096), z.number(), z.boolean(), z.null()]);

export const Check = z.object({
  id: Id,
  status: CheckStatus,
  /** What the check looked at and what it saw, as data (e.g. {build: 19045}). */
  observed: z.record(z.string(), EvidenceValue),
  /** Catalog IDs (see catalog) explaining a warn/fail. */
  findings: z.array(z.string()),
  /** A fix the wizard can run itself (one button), if any. */
  fixAction: Id.nullable(),
});
export type Check = z.infer<typeof Check>;

export const PreflightReport = z.object({
  windows: WindowsFacts,
  wsl: WslFacts,
  checks: z.array(Check),
  /** How many processes the preflight started (the goal is at most 3). */
  processCount: z.number().int(),
});
export type PreflightReport = z.infer<typeof PreflightReport>;

export const preflightInvoke = {
  'preflight.run': invoke(z.object({ taskId: Id.optional() }).strict(), PreflightReport),
} as const;
