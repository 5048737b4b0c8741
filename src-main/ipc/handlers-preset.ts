import { ApiError, type PresetInfo } from '../../src-shared/contract';
import { PRESET_FILE_NAME } from '../../src-shared/preset/schema';
import { writePresetFile } from '../services/preset';
import { presetFromJourney, journeyOf } from './journey-choices';
import { lockedKeys } from './preset-locks';
import type { Runtime } from './runtime';
import type { InvokeHandlers } from './dispatcher';

/** The preset read at start, for the page; saving the finished journey as a preset. */
export function presetInfo(runtime: Pick<Runtime, 'preset'>): PresetInfo {
  const load = runtime.preset;
  if (!load || load.status === 'none') return { status: 'none' };
  if (load.status === 'invalid') {
    return { status: 'invalid', source: load.source, problems: load.problems.map((p) => ({ path: p.path, code: p.code, message: { en: p.message.en, 'zh-CN': p.message['zh-CN'] } })) };
  }
  return { status: 'ok', source: load.source, preset: load.preset, locked: lockedKeys(load.preset) };
}

export function createPresetHandlers(runtime: Runtime) {
  return {
    'preset.get': () => presetInfo(runtime),
    'preset.save': async () => {
      const base = runtime.preset?.status === 'ok' ? runtime.preset.preset : null;
      const preset = presetFromJourney(journeyOf(runtime), base, new Date());
      if (!preset) throw new ApiError('CONFLICT', 'finish the journey first: Go installed and the proof passed');
      if (!runtime.choosePresetPath) throw new ApiError('UNSUPPORTED', 'this session has no save dialog');
      const file = await runtime.choosePresetPath(PRESET_FILE_NAME);
      if (!file) return { saved: false, path: null };
      // Checked again as it is written: a saved preset always passes `preset check`.
      writePresetFile(file, preset);
      return { saved: true, path: file };
    },
  } satisfies Partial<InvokeHandlers>;
}
