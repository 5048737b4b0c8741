import type { CatalogId } from '../../catalog/ids';

/**
 * wsl.exe / HCS / Windows codes with one meaning each. Codes whose meaning
 * depends on facts (0x80370102) or on the phase (E_FAIL) are handled by
 * their own rules; DISM, elevation, policy, reboot and disk codes live in
 * windows.ts.
 */
export const WSL_CODE_TABLE: readonly { id: CatalogId; confidence: number; codes: readonly string[] }[] = [
  { id: 'WSL_FEATURE_MISSING', confidence: 0.95, codes: ['0x8007019e', 'WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED'] },
  // 0x800701bc; wsl.exe also prints the bare Win32 code 0x1bc, and Rancher saw exit -444 (0xfffffe44).
  { id: 'WSL_KERNEL_MISSING', confidence: 0.95, codes: ['0x800701bc', '0xfffffe44'] },
  { id: 'WSL_PACKAGE_INSTALL_FAILED', confidence: 0.86, codes: ['0x80240066', '0x80070643', '0x80073cf3', '0x80073cf6', '0x80073cf9', '0x80073cfa', '0x80073d02', '0x80073d19'] },
  { id: 'WSL_FILE_NOT_FOUND', confidence: 0.9, codes: ['0x80070002', '0x80070003', 'ERROR_FILE_NOT_FOUND', 'ERROR_PATH_NOT_FOUND'] },
  {
    id: 'WSL_SERVICE_BROKEN',
    confidence: 0.9,
    codes: ['0x80070422', '0x800706be', '0x80070426', '0x800706ba', '0x80070424', '0x8007042c', '0x80070420', 'ERROR_SERVICE_DISABLED', 'ERROR_SERVICE_NOT_ACTIVE', 'RPC_S_CALL_FAILED', 'RPC_S_SERVER_UNAVAILABLE'],
  },
  { id: 'WSL_START_FAILED', confidence: 0.85, codes: ['0xd000020c', '0x80040326'] },
  { id: 'WSLCONFIG_INVALID', confidence: 0.82, codes: ['0x80040323'] },
  { id: 'NO_DISTRO_INSTALLED', confidence: 0.95, codes: ['WSL_E_DEFAULT_DISTRO_NOT_FOUND'] },
  { id: 'DISTRO_NOT_FOUND', confidence: 0.95, codes: ['WSL_E_DISTRO_NOT_FOUND'] },
  { id: 'DISTRO_ALREADY_EXISTS', confidence: 0.92, codes: ['ERROR_ALREADY_EXISTS', '0x800700b7', 'WSL_E_DISTRO_ALREADY_EXISTS'] },
  { id: 'WINSOCK_CATALOG_BROKEN', confidence: 0.95, codes: ['0x8007273f'] },
];

/** Windows networking (WinINet 0x80072eXX/0x80072fXX, Delivery Optimization 0x80d0XXXX, WU 0x8024[45]XXX). */
export function isWindowsNetworkCode(code: string): boolean {
  return /^0x80072[ef][0-9a-f]{2}$/.test(code) || /^0x80d0[0-9a-f]{4}$/.test(code) || /^0x8024[45][0-9a-f]{3}$/.test(code) || /^(?:WININET|INET)_E_/.test(code);
}

/** Generic codes whose meaning is "it failed in this phase". */
export const GENERIC_CODES: readonly string[] = ['E_FAIL', '0x80004005', 'E_INVALIDARG', '0x80070057', 'E_UNEXPECTED', '0x8000ffff', '0x8007000d', '0x80070520', '0x8007139f'];
