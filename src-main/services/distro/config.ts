import type { ConfigTarget } from '../../../src-shared/contract/distro';
import {
  defaultUserSettings,
  wslConfigPlan,
  wslConfPlan,
  WSLCONF_BLOCK,
  WSLCONF_USER_BLOCK,
  WSLCONFIG_BLOCK,
  type Reason,
} from '../../../src-shared/distro';
import { decodeExact, diffText, encodeText, ensureBlock, type EnsureOptions, type SettingState, type TextDiff } from '../../../src-shared/ini';
import { sha256 } from '../../files/target-io';

/**
 * Preview = pure computation on the file's current bytes. Apply recomputes
 * the same thing and checks both hashes, so the bytes written are exactly the
 * bytes whose diff the user saw (or the apply is refused with CONFLICT).
 */
export interface MachineFacts {
  readonly windowsBuild: number | null;
  /** False when WSL's group policy ignores .wslconfig's networkingMode (AllowNetworkingModeUserSetting=0). */
  readonly mirroredAllowed?: boolean;
  readonly wslVersion: string | null;
}

export interface ComputedEdit {
  readonly beforeSha256: string | null;
  readonly afterSha256: string | null;
  readonly after: Uint8Array | null;
  readonly changed: boolean;
  readonly diff: TextDiff;
  readonly settings: readonly SettingState[];
  readonly advice: readonly Reason[];
  readonly restart: { readonly mode: 'terminate' | 'shutdown'; readonly distro: string | null };
  readonly refused: Reason | null;
  readonly label: string;
}

const EMPTY_DIFF: TextDiff = { identical: true, added: 0, removed: 0, hunks: [] };

export function editOptions(target: ConfigTarget, machine: MachineFacts): { options: EnsureOptions; advice: Reason[]; label: string } {
  switch (target.kind) {
    case 'wslconf': {
      const plan = wslConfPlan(target.choices, machine.wslVersion);
      return { options: { blockId: WSLCONF_BLOCK, settings: plan.settings, takeOver: target.takeOver ?? [], fallbackEol: '\n' }, advice: plan.advice, label: 'distro.change.wslconf' };
    }
    case 'wslconf-user':
      // Choosing a default user is an explicit request: an older [user] default= line is taken over (commented out, undoable).
      return { options: { blockId: WSLCONF_USER_BLOCK, settings: defaultUserSettings(target.username), takeOver: ['user.default'], fallbackEol: '\n' }, advice: [], label: 'distro.change.defaultUser' };
    case 'wslconfig': {
      const plan = wslConfigPlan(target.choices, machine);
      // Windows editors expect CRLF in a new file.
      return { options: { blockId: WSLCONFIG_BLOCK, settings: plan.settings, takeOver: target.takeOver ?? [], fallbackEol: '\r\n' }, advice: plan.advice, label: 'distro.change.wslconfig' };
    }
  }
}

export function computeEdit(target: ConfigTarget, current: Uint8Array | null, machine: MachineFacts): ComputedEdit {
  const { options, advice, label } = editOptions(target, machine);
  const restart = target.kind === 'wslconfig' ? { mode: 'shutdown' as const, distro: null } : { mode: 'terminate' as const, distro: target.distro };
  const beforeSha256 = sha256(current);
  const refuse = (reason: Reason): ComputedEdit => ({ beforeSha256, afterSha256: beforeSha256, after: current, changed: false, diff: EMPTY_DIFF, settings: [], advice, restart, refused: reason, label });

  const text = current === null ? '' : decodeExact(current);
  if (text === null) return refuse({ key: 'distro.config.refused.encoding', params: {} });
  const result = ensureBlock(text, options);
  if (!result.ok) {
    const e = result.error;
    return refuse({ key: e.kind === 'bad-setting' ? 'distro.config.refused.badSetting' : 'distro.config.refused.markers', params: 'line' in e ? { kind: e.kind, line: e.line } : { kind: e.kind } });
  }
  // A file that does not exist and would stay empty is not created.
  const after = current === null && result.text === '' ? null : encodeText(result.text);
  return {
    beforeSha256,
    afterSha256: sha256(after),
    after,
    changed: result.changed,
    diff: diffText(text, result.text),
    settings: result.settings,
    advice,
    restart,
    refused: null,
    label,
  };
}
