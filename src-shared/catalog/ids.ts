/**
 * The diagnosis IDs, exactly as ../shared/catalog.md lists them (a test
 * compares this list with that file). Reports, tests and outside tools agree
 * on these names; the words users see live in en/ and zh-CN/.
 */
export const WINDOWS_WSL_IDS = [
  'WIN_BUILD_TOO_OLD',
  'WIN_NOT_64BIT',
  'VIRTUALIZATION_DISABLED',
  'VMP_FEATURE_MISSING',
  'WSL_FEATURE_MISSING',
  'OPTIONAL_COMPONENT_ENABLE_FAILED',
  'WSL_KERNEL_MISSING',
  'WSL_INBOX_LEGACY',
  'WSL_INBOX_NEEDS_UPDATE',
  'WSL_PACKAGE_INSTALL_FAILED',
  'WSL_DOWNLOAD_NETWORK',
  'WSL_FILE_NOT_FOUND',
  'WSL_GPO_BLOCKED',
  'WSL_ELEVATION_DENIED',
  'ELEVATION_STANDARD_USER',
  'ELEVATION_NO_ROUTE',
  'ELEVATED_STILL_RUNNING',
  'WSL_SERVICE_BROKEN',
  'WSL_REBOOT_PENDING',
  'WIN_PENDING_FILE_RENAME',
  'WIN_REBOOT_PERSISTS',
  'WSL_GPO_INBOX_ONLY',
  'WSL_GPO_INBOX_BLOCKED',
  'WSL_GPO_WSL1_OFF',
  'WSL_GPO_NETWORKING_LOCKED',
  'WSL_GPO_SETTINGS_RESTRICTED',
  'WSL_START_FAILED',
  'NESTED_VIRT_UNAVAILABLE',
  'HYPERVISOR_CONFLICT',
  'BCDEDIT_QUOTING',
  'WINSOCK_CATALOG_BROKEN',
  'WSLCONFIG_INVALID',
  'NO_DISTRO_INSTALLED',
  'DISTRO_NOT_FOUND',
  'DISTRO_ALREADY_EXISTS',
  'DISTRO_INSTALL_FAILED',
  'DISTRO_IS_WSL1',
  'DEFAULT_VERSION_1',
  'DISK_SPACE_LOW',
  'UNATTENDED_NEEDS_CHOICE',
] as const;

export const DISTRO_IDS = [
  'GO_NOT_FOUND',
  'GO_WRONG_VERSION',
  'GO_TOOLCHAIN_DOWNLOAD',
  'GOROOT_INVALID',
  'GO_WRONG_ARCH',
  'GO_TARBALL_CORRUPT',
  'GO_INSTALL_EXTRACT_OVER',
  'SUDO_SECURE_PATH',
  'GOBIN_NOT_IN_PATH',
  'DNS_FAILURE',
  'NET_TIMEOUT',
  'CONN_REFUSED_REMOTE',
  'PROXY_REFUSED',
  'PROXY_BAD_RESPONSE',
  'WIN_PROXY_REFUSED',
  'WIN_PROXY_LOOPBACK',
  'TLS_UNTRUSTED',
  'GOSUMDB_FAILURE',
  'MODULE_NOT_FOUND',
  'PRIVATE_MODULE',
  'MISSING_GOSUM',
  'GOENV_OVERRIDDEN_BY_OS_ENV',
  'GOPATH_MODULE_MODE',
  'GIT_AUTH',
  'GIT_MISSING',
  'CGO_NO_GCC',
  'GLIBC_MISMATCH',
  'MNT_PERMISSION',
  'MODCACHE_PERMISSION',
  'APT_LOCKED',
  'WSLCONF_INVALID',
] as const;

/** The Editor step's Windows side: VS Code, winget and the VS Code CLI. */
export const EDITOR_IDS = ['VSCODE_NO_WINGET', 'VSCODE_WINGET_NETWORK', 'VSCODE_WINGET_FAILED', 'VSCODE_MARKETPLACE_UNREACHABLE', 'VSCODE_CLI_FAILED'] as const;

/** The offline bundle (docs/bundle.md): a file that is not what its manifest says is named, never used. */
export const BUNDLE_IDS = ['BUNDLE_MANIFEST_INVALID', 'BUNDLE_FILE_MISSING', 'BUNDLE_FILE_CORRUPT'] as const;

/** For text the diagnoser cannot place. A healthy output gives no finding at all. */
export const UNKNOWN = 'UNKNOWN';

export const CATALOG_IDS = [...WINDOWS_WSL_IDS, ...DISTRO_IDS, ...EDITOR_IDS, ...BUNDLE_IDS, UNKNOWN] as const;

export type CatalogId = (typeof CATALOG_IDS)[number];

const ID_SET: ReadonlySet<string> = new Set(CATALOG_IDS);

export function isCatalogId(id: string): id is CatalogId {
  return ID_SET.has(id);
}
