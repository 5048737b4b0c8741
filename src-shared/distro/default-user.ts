import type { z } from 'zod';
import type { ConfigPreview } from '../contract/distro';
import { isValidUsername } from './username';

/**
 * The default user named in /etc/wsl.conf, read through the only read of that
 * file the contract has: a preview of "make X the default user". The preview
 * reports the user's own `default=` line as `current`; a line inside our
 * block shows as the line the change would remove. Shared by the Distro page
 * and the unattended run (main), so both read the file the same way.
 */
export function defaultUserFrom(preview: z.infer<typeof ConfigPreview>): string | null {
  const own = preview.settings.find((s) => s.setting.section === 'user' && s.setting.key === 'default');
  if (own?.current && isValidUsername(own.current)) return own.current;
  for (const h of preview.diff.hunks) {
    for (const l of h.lines) {
      const m = /^\s*default\s*=\s*"?([a-z_][a-z0-9_-]*)"?\s*$/.exec(l.text);
      if (l.op === 'remove' && m?.[1] && isValidUsername(m[1])) return m[1];
    }
  }
  return null;
}

/** Any valid name: the preview is only read for what the file says now. */
export const PROBE_USER = 'gws-probe';
