export { installWsl, blockingChecks } from './install';
export { runFix } from './fix';
export { wslActions, WINDOWS_FEATURES, EXIT_SUCCESS_REBOOT_REQUIRED } from './commands';
export { nextInstallStep, updateRetriesWithWeb } from './fallback';
export { rebootReasons } from './reboot';
