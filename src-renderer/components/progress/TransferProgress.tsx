import { useTranslation } from 'react-i18next';
import type { TaskProgress } from '../../../src-shared/contract/tasks';
import { formatDuration, formatSize } from './format';

/**
 * A download as main measures it: bytes done of total, rate and time left.
 * Every number comes from task.progress; none is estimated here.
 */
export function TransferProgress({ progress, label }: { progress: TaskProgress; label: string }) {
  const { t, i18n } = useTranslation('progress');
  const lang = i18n.language;
  const { done, total, rate, etaSeconds } = progress;
  const known = done !== undefined && total !== undefined && total > 0;
  const parts: string[] = [];
  if (done !== undefined) parts.push(total !== undefined ? t('bytesOf', { done: formatSize(done, lang), total: formatSize(total, lang) }) : formatSize(done, lang));
  if (rate !== undefined) parts.push(t('rate', { rate: formatSize(rate, lang) }));
  if (etaSeconds !== undefined) {
    const d = formatDuration(etaSeconds);
    parts.push(d.min > 0 ? t('etaMin', { min: d.min, sec: String(d.sec).padStart(2, '0') }) : t('etaSec', { sec: d.sec }));
  }
  return (
    <div className="transfer">
      <progress className="transfer__bar" aria-label={label} max={known ? total : undefined} value={known ? Math.min(done, total) : undefined} />
      <p className="transfer__text" aria-live="polite">
        {parts.join(' · ')}
      </p>
    </div>
  );
}
