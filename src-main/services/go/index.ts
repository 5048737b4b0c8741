/**
 * The Go step (see docs/go-install.md). The lead wires GoService's methods to
 * the go.* channels; install takes an AbortSignal (task.cancel) and an
 * onProgress callback (task.progress with the taskId added).
 */
export { GoService } from './go-service';
export type { InstallOptions } from './context';
export type { GoServiceDeps, GoProgress, GoTimeouts } from './deps';
export { DEFAULT_TIMEOUTS } from './deps';
export type { GoScriptName } from './go-script';
export { httpGet, HttpError, type HttpGet } from './http-get';
export { raceMirrors } from './mirror-race';
export { downloadVerified, DownloadError } from './download';
export { fetchReleaseList } from './release-list';
