import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { GoReleasesResult } from '../../../src-shared/contract/go';
import { formatSize } from '../../components/progress';
import { useGo, useStores } from '../../store';
import { useLocked } from '../../components/preset/preset-context';

/** Which Go: the latest stable by default, any listed release on request; the checksum comes from the same list. */
export function VersionPicker({ releases, disabled }: { releases: z.infer<typeof GoReleasesResult>; disabled: boolean }) {
  const { t, i18n } = useTranslation(['go', 'preset']);
  // A preset's locked release is shown but not changeable (main refuses another one anyway).
  const locked = useLocked('go');
  const stores = useStores();
  const version = useGo((s) => s.version);
  const id = useId();
  const chosen = releases.releases.find((r) => r.version === version);
  return (
    <div className="field">
      <label htmlFor={id}>{t('version.label')}</label>
      <select id={id} className="input" value={version ?? ''} disabled={disabled || locked} onChange={(e) => stores.go.getState().setVersion(e.target.value)}>
        {releases.releases.map((r) => (
          <option key={r.version} value={r.version}>
            {r.version === releases.latestStable ? t('version.latest', { version: r.version }) : r.version}
          </option>
        ))}
      </select>
      {locked && (
        <p className="muted" data-testid="go-version-locked">
          <span aria-hidden="true">🔒 </span>
          {t('preset:banner.locked')}
        </p>
      )}
      {chosen && (
        <p className="muted mono">
          {t('version.file', { file: chosen.filename, size: formatSize(chosen.size, i18n.language) })} · sha256 {chosen.sha256.slice(0, 16)}…
        </p>
      )}
      <p className="muted">{t('version.source', { source: releases.source })}</p>
    </div>
  );
}
