import { check, type PreflightCheck } from '../types';

const GiB = 1024 ** 3;
/** A distro with Go, its module cache and a build cache grows past 5 GiB quickly; below 3 GiB installs fail. */
export const DISK_WARN_BYTES = 10 * GiB;
export const DISK_FAIL_BYTES = 3 * GiB;

export const diskSpace: PreflightCheck = {
  id: 'disk-space',
  evaluate({ windows: w }) {
    const free = w.systemDriveFreeBytes;
    const observed = { drive: w.systemDrive, freeGiB: free === null ? null : Math.round((free / GiB) * 10) / 10 };
    if (free === null) return check(this.id, 'unknown', observed);
    if (free < DISK_FAIL_BYTES) return check(this.id, 'fail', observed, ['DISK_SPACE_LOW']);
    if (free < DISK_WARN_BYTES) return check(this.id, 'warn', observed, ['DISK_SPACE_LOW']);
    return check(this.id, 'ok', observed);
  },
};
