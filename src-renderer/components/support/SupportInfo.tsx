import { useTranslation } from 'react-i18next';
import { usePreflight, useSession } from '../../store';

/**
 * In support mode, in the header's corner: what a helper asks first when they
 * see a screenshot (the app's version, the Windows build, the language of
 * Windows and of the wizard).
 */
export function SupportInfo() {
  const { t, i18n } = useTranslation('support');
  const info = useSession((s) => s.info);
  const windows = usePreflight((s) => s.report?.windows ?? null);
  const build = windows?.build != null ? `${windows.build}${windows.ubr !== null ? `.${windows.ubr}` : ''}` : t('info.unknown');
  return (
    <p className="support-info" data-support-info>
      {t('info.line', { version: info?.version ?? t('info.unknown'), build, locale: info?.osLocale ?? t('info.unknown'), ui: i18n.language })}
    </p>
  );
}
