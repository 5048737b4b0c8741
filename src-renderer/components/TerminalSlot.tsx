import { useTranslation } from 'react-i18next';
import type { Api } from '../../src-shared/contract/client';

/**
 * Where the xterm component (components/terminal/, written separately) is
 * mounted. Until it lands this says so honestly instead of faking output.
 */
export function TerminalSlot({ sessionId }: { sessionId: string; api: Api }) {
  const { t } = useTranslation('terminalPanel');
  return <p className="terminal-panel__empty">{t('pending', { id: sessionId })}</p>;
}
