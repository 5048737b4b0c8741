import { useTranslation } from 'react-i18next';
import { offersMachinePicker } from '../store/session';
import { useSession } from '../store';
import { LanguageSwitch } from './LanguageSwitch';
import { MachinePicker } from './MachinePicker';
import { SupportControls } from './support/SupportControls';
import { SupportInfo } from './support/SupportInfo';

export function AppHeader() {
  const { t } = useTranslation('common');
  const info = useSession((s) => s.info);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <p className="app-header__title">{t('appTitle')}</p>
        <p className="app-header__subtitle">{t('appSubtitle')}</p>
        <SupportInfo />
      </div>
      <div className="app-header__controls">
        {offersMachinePicker(info) && <MachinePicker />}
        <LanguageSwitch />
        <SupportControls />
      </div>
    </header>
  );
}
