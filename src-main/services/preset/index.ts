export { loadPreset, presetArg, type PresetLoad } from './load';
export { writePresetFile } from './save';
