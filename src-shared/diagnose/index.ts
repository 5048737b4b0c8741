export { diagnose } from './diagnose';
export type { DiagnoseInput, DiagnosisFacts, Finding } from './types';
export { elevationOutlook, type ElevationOutlook } from './elevation';
