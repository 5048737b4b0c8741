/** Pure logic of the Distro step: which distro, user names and passwords, WSL 2 plan, config settings. */
export * from './username';
export * from './password';
export * from './releases';
export * from './recommend';
export * from './version-plan';
export * from './config-plan';
export * from './install-outcome';
export * from './messages';
