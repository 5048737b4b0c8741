export { getResume, saveResume, clearResume, rebootNow, type ResumeDeps, type ResumeOptions } from './service';
export { FileResumeStore, RESUME_FILE, type ResumeStore } from './store';
export { resumeStoreFor, setResumeStore } from './registry';
export { registerResumeSpec, unregisterResumeSpec, rebootSpec, firmwareRebootSpec, runOnceCommandLine, RUNONCE_KEY, RUNONCE_VALUE, RESUME_FLAG, REBOOT_DELAY_SECONDS } from './runonce';
