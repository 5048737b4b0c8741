import { useTranslation } from 'react-i18next';
import type { Check } from '../../src-shared/contract/preflight';
import { FactList } from './FactList';
import { formatRaw, formatRawList, formatValue, OBSERVED_KINDS } from './format';

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
        const raw = OBSERVED_KINDS[key];
        const lang = i18n.language;
        // Identifiers Windows reports (Core, Enabled, CBS) read in words, the same words as the facts list.
        const shown =
          raw && (typeof v === 'string' || v === null) ? (raw.list ? formatRawList(raw.kind, v, t, lang) : formatRaw(raw.kind, v, t, lang)) : formatValue(v, t, lang);
        return {
          key,
          // An untranslated key is an identifier, and looks like one.
          label: label === key ? <span className="mono">{key}</span> : label,
          value: raw ? shown : <span className="mono">{shown}</span>,
        };
      })}
    />
  );
}
