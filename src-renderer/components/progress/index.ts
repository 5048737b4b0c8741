export { CancelButton } from './CancelButton';
export { StepsProgress, type ProgressStep, type StepMark } from './StepsProgress';
export { TransferProgress } from './TransferProgress';
export { useTaskProgress } from './useTaskProgress';
export { formatSize } from './format';
