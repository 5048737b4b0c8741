import { z } from 'zod';
import { isValidUsername } from '../distro/username';

/**
 * One schema per kind of name, used by the contract, the services and (as the
 * same patterns) the distro scripts' argument checks. Both kinds of name end up
 * as arguments of wsl.exe, useradd, su or sudo, so a name must never be
 * mistaken for an option (no leading '-') and is plain ASCII with no spaces,
 * quotes or shell characters. Length is bounded before the pattern runs.
 */

/** The pattern of a WSL distro name as we accept it (also in distro-scripts: DISTRO_NAME_RE). */
export const DISTRO_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const DISTRO_NAME_MAX = 64;

/**
 * An existing Linux account (the user a network or Go step runs as): the
 * portable POSIX subset Debian's useradd accepts, at most 32 characters. The
 * scripts check the same pattern (`^[a-z_][a-z0-9_-]{0,31}$`).
 */
export const LINUX_USER_RE = /^[a-z_][a-z0-9_-]{0,31}$/;
export const LINUX_USER_MAX = 32;

export function isDistroName(s: string): boolean {
  return s.length <= DISTRO_NAME_MAX && DISTRO_NAME_RE.test(s);
}

export function isLinuxUser(s: string): boolean {
  return s.length <= LINUX_USER_MAX && LINUX_USER_RE.test(s);
}

export const DistroName = z.string().min(1).max(DISTRO_NAME_MAX).regex(DISTRO_NAME_RE, 'a WSL distro name: a letter or digit first, then letters, digits, . _ -');

export const LinuxUser = z.string().min(1).max(LINUX_USER_MAX).regex(LINUX_USER_RE, 'a Linux user name: a-z or _ first, then a-z 0-9 _ -');

/**
 * A user the wizard is about to create: an existing-user name (LinuxUser) that
 * also follows adduser's stricter default (a-z first) and is not a system
 * account name (see distro/username.ts, which explains refusals to the user).
 */
export const NewLinuxUser = LinuxUser.refine((s) => isValidUsername(s), 'Linux user name: a-z first, then a-z 0-9 - _, at most 32, not a system name');
