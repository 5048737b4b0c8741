import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportBuildResult } from '../../../src-shared/contract/report';
import { isLang } from '../../i18n/language';
import { messageOf } from '../../store/errors';
import { useSession, useStores } from '../../store';
import { useStepStates } from '../useStepStates';

/** Long previews would make the dialog sluggish; copy and save always use the whole text. */
const PREVIEW_CHARS = 60_000;

type Status = { kind: 'building' | 'ready' | 'copied' | 'copyFailed' | 'saved' | 'downloaded' | 'notSaved' | 'failed'; detail?: string };

/**
 * The report, shown before it leaves the computer: the Markdown summary and
 * the full JSON (with every command's output), redacted by default. Copy to
 * the clipboard, save as a file (Electron: main's save dialog) or download it
 * (the browser demo). A native modal <dialog>: focus stays inside, Escape closes.
 */
export function ReportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('support');
  const { api } = useStores();
  const transport = useSession((s) => s.info?.transport);
  const steps = useStepStates();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const redactId = useId();
  const [redact, setRedact] = useState(true);
  const [report, setReport] = useState<ReportBuildResult | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'building' });
  const lang = isLang(i18n.language) ? i18n.language : 'en';

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setStatus({ kind: 'building' });
    api.invoke('report.build', { redact, lang, steps }).then(
      (r) => {
        if (!live) return;
        setReport(r);
        setStatus({ kind: 'ready', detail: String(r.runs) });
      },
      (e: unknown) => live && setStatus({ kind: 'failed', detail: messageOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [open, redact, lang, api, steps]);

  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'copyFailed' });
    }
  }, []);

  const save = useCallback(async () => {
    if (!report) return;
    if (transport === 'electron') {
      try {
        const r = await api.invoke('report.save', { redact, lang, steps });
        setStatus(r.saved && r.path ? { kind: 'saved', detail: r.path } : { kind: 'notSaved' });
      } catch (e) {
        setStatus({ kind: 'failed', detail: messageOf(e) });
      }
      return;
    }
    // The browser demo has no save dialog in main: the page hands the JSON it shows to the browser.
    const url = URL.createObjectURL(new Blob([report.json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = report.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ kind: 'downloaded', detail: report.fileName });
  }, [api, lang, redact, report, steps, transport]);

  const statusText = {
    building: t('report.building'),
    ready: t('report.ready', { count: Number(status.detail ?? 0) }),
    copied: t('report.copied'),
    copyFailed: t('report.copyFailed'),
    saved: t('report.saved', { path: status.detail ?? '' }),
    downloaded: t('report.downloaded', { name: status.detail ?? '' }),
    notSaved: t('report.notSaved'),
    failed: t('report.failed', { message: status.detail ?? '' }),
  }[status.kind];
  const busy = status.kind === 'building';

  return (
    <dialog ref={ref} className="report-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="report-dialog__body">
        <h2 id={titleId}>{t('report.title')}</h2>
        <p>{t('report.intro')}</p>
        <p className="muted">{t('report.secretsAlways')}</p>
        <div className="report-dialog__option">
          <input id={redactId} type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
          <label htmlFor={redactId}>{t('report.redact')}</label>
        </div>
        <p className={`report-dialog__status${status.kind === 'failed' || status.kind === 'copyFailed' ? ' note note--warn' : ''}`} role="status">
          {statusText}
        </p>
        {report && (
          <>
            <h3>{t('report.summary')}</h3>
            <pre className="report-dialog__preview" tabIndex={0} aria-label={t('report.summary')} data-no-mask>
              {report.markdown}
            </pre>
            <details className="report-dialog__json">
              <summary>{t('report.full', { size: Math.ceil(report.json.length / 1024) })}</summary>
              {report.json.length > PREVIEW_CHARS && <p className="muted">{t('report.truncatedPreview')}</p>}
              <pre className="report-dialog__preview" tabIndex={0} aria-label={t('report.full', { size: Math.ceil(report.json.length / 1024) })} data-no-mask>
                {report.json.slice(0, PREVIEW_CHARS)}
              </pre>
            </details>
          </>
        )}
      </div>
      <div className="report-dialog__actions">
        <button type="button" className="button" disabled={!report || busy} onClick={() => report && void copy(report.markdown)}>
          {t('report.copySummary')}
        </button>
        <button type="button" className="button" disabled={!report || busy} onClick={() => report && void copy(report.json)}>
          {t('report.copyJson')}
        </button>
        <button type="button" className="button button--primary" disabled={!report || busy} onClick={() => void save()}>
          {transport === 'electron' ? t('report.save') : t('report.download')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('report.close')}
        </button>
      </div>
    </dialog>
  );
}
