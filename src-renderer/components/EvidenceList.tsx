import { useTranslation } from 'react-i18next';
import type { Check } from '../../src-shared/contract/preflight';
import { FactList } from './FactList';
import { formatValue } from './format';

/**
 * What a check looked at and saw. Keys are the service's own names; a
 * translation is used where one exists, otherwise the key itself is shown,
 * so new evidence is visible before anyone writes a label for it.
 */
export function EvidenceList({ observed }: { observed: Check['observed'] }) {
  const { t, i18n } = useTranslation('preflight');
  const entries = Object.entries(observed);
  if (entries.length === 0) return <p className="muted">{t('checks.nothingObserved')}</p>;
  return (
    <FactList
      className="facts--compact"
      facts={entries.map(([key, v]) => {
        const label = t(`observed.${key}`, { defaultValue: key });
        return {
          key,
          // An untranslated key is an identifier, and looks like one.
          label: label === key ? <span className="mono">{key}</span> : label,
          value: <span className="mono">{formatValue(v, t, i18n.language)}</span>,
        };
      })}
    />
  );
}
