import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useSteps } from '../../store';
import '../../styles/support.css';
import { startMasking } from './mask-dom';
import { ReportDialog } from './ReportDialog';
import { useSupportMode } from './support-mode';
import { TerminalTail } from './TerminalTail';
import { useReportDialog } from './report-dialog-state';

/**
 * The header's support tools: the support-mode switch (larger type, IDs and
 * error codes shown, personal data masked, the Terminal's last lines) and
 * the support report.
 */
export function SupportControls() {
  const { t } = useTranslation('support');
  const [on, setOn] = useSupportMode();
  const [reportOpen, setReportOpen] = useReportDialog();
  const current = useSteps((s) => s.current);
  const [root, setRoot] = useState<HTMLElement | null>(null);

  // The tail goes into its own slot in the page's flow (AppShell), so it never covers a control.
  useEffect(() => setRoot(document.getElementById('root')), []);
  const slot = root?.querySelector<HTMLElement>('#support-tail-slot') ?? null;
  useEffect(() => (on && root ? startMasking(root) : undefined), [on, root]);

  return (
    <div className="support-controls" role="group" aria-label={t('controls.label')}>
      {on && (
        <span className="support-controls__step" data-support-id>
          {t('controls.stepId', { id: current })}
        </span>
      )}
      <button type="button" className="button support-controls__toggle" aria-pressed={on} title={t('controls.modeHint')} onClick={() => setOn(!on)}>
        {t('controls.mode')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setReportOpen(true)}>
        {t('controls.report')}
      </button>
      <ReportDialog open={reportOpen} onClose={() => setReportOpen(false)} />
      {on && slot && createPortal(<TerminalTail />, slot)}
    </div>
  );
}
