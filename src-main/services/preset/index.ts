export { loadPreset, presetArg, type PresetLoad } from './load';
export { writePresetFile } from './save';
export { presetMirrors } from './mirrors';
