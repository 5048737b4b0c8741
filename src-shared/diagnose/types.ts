import type { CatalogId } from '../catalog/ids';
import type { FeatureState, WindowsFacts } from '../contract/preflight';
import type { RawInput } from '../parse/input';
import type { NormalizedText } from '../parse/normalize';
import type { HyperVRequirements, ListedDistro } from '../parse/types';

/** One explanation of what went wrong: an ID from catalog.md, how sure we are, and what we saw. */
export interface Finding {
  id: CatalogId;
  /** 0..1: how likely this is the cause, given what we saw. */
  confidence: number;
  /** The lines, codes or facts that led here, as the user would recognise them. */
  evidence: string[];
}

/** Facts known from elsewhere (the preflight), used to settle ambiguous codes. */
export interface DiagnosisFacts {
  windows?: Partial<WindowsFacts> | null;
  wsl?: {
    defaultVersion?: number | null;
    distros?: readonly { name: string; version: number | null }[] | null;
  } | null;
}

export interface DiagnoseInput {
  text?: RawInput | null;
  facts?: DiagnosisFacts | null;
}

/** A code seen in the text: a hex HRESULT (normalised to 0x%08x) or a symbolic name. */
export interface CodeHit {
  code: string;
  /** As printed (e.g. "0x1bc", "Wsl/InstallDistro/0x8007139f"). */
  raw: string;
  line: string;
}

/** Where a Wsl/... error path or the surrounding text says the failure happened. */
export type WslPhase = 'install' | 'start' | 'convert' | 'import' | 'update' | 'none';

/** Everything we know, from the text and the given facts; each value null when unknown. */
export interface MergedFacts {
  hyperV: HyperVRequirements;
  /** Which fact came from where, for evidence ("Virtualization Enabled In Firmware: No"). */
  hyperVEvidence: Partial<Record<keyof HyperVRequirements, string>>;
  vmpState: FeatureState | null;
  wslFeatureState: FeatureState | null;
  build: number | null;
  buildEvidence: string | null;
  is64Bit: boolean | null;
  architecture: string | null;
  model: string | null;
  manufacturer: string | null;
  defaultVersion: number | null;
  distros: readonly ListedDistro[] | null;
  rebootPending: boolean | null;
  policyBlocksWsl: boolean | null;
  systemDriveFreeBytes: number | null;
  hypervisorLaunchOff: string | null;
}

/** What a rule returns: one candidate finding. `fallback` marks a guess from the phase alone. */
export interface Hit extends Finding {
  fallback?: boolean;
}

export interface Context {
  /** The cleaned paste, for parsers that want it whole. */
  source: NormalizedText;
  /** Distinct output lines, first occurrence first (no prompts, banners, blanks; a command line only when output is glued to it). */
  lines: string[];
  /** Output lines joined with \n. */
  text: string;
  /** Commands typed in the paste, in order. */
  commands: string[];
  codes: CodeHit[];
  wslPaths: string[];
  phase: WslPhase;
  facts: MergedFacts;
  progress: number[];
  /** First output line matching; null when none. */
  first(re: RegExp): string | null;
  /** Every output line matching. */
  all(re: RegExp): string[];
  hasCode(...codes: string[]): CodeHit | null;
}

export type Rule = (ctx: Context) => Hit[];
