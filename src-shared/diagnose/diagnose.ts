import type { RawInput } from '../parse/input';
import { combine } from './combine';
import { buildContext } from './context';
import { healthyOrUnknown } from './healthy';
import { ALL_RULES } from './rules/index';
import type { DiagnoseInput, Finding } from './types';

function isDiagnoseInput(x: DiagnoseInput | RawInput): x is DiagnoseInput {
  return typeof x === 'object' && x !== null && !(x instanceof Uint8Array);
}

/**
 * Facts and/or raw error text -> findings, most likely first. A healthy
 * output gives []; text we cannot place gives one UNKNOWN.
 */
export function diagnose(input: DiagnoseInput | RawInput): Finding[] {
  const { text, facts } = isDiagnoseInput(input) ? input : { text: input, facts: null };
  const ctx = buildContext(text ?? '', facts ?? null);
  const findings = combine(ALL_RULES.flatMap((rule) => rule(ctx)));
  return findings.length > 0 ? findings : healthyOrUnknown(ctx);
}
