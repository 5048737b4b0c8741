export { buildSessionReport, type ReportDeps, type ReportOptions } from './build-report';
export { reportPathChooser, setReportPathChooser, writeReportFile, type ReportPathChooser } from './save';
