// The sandbox lives with the harness, which also makes one for `npm run demo`'s default start.
export { makeDistroSandbox, type DistroSandbox, type SandboxOptions } from '../../src-main/harness/distro-sandbox';
