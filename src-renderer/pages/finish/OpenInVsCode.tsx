import { useTranslation } from 'react-i18next';
import { FailureNote, FindingExplanation } from '../../components/findings';
import { useDistro, useEditor, useStores } from '../../store';

/** The Editor step's "open hello-go" again, for later: main makes ~/hello-go if it is gone and runs `code --remote`. */
export function OpenInVsCode() {
  const { t } = useTranslation('editor');
  const stores = useStores();
  const target = useDistro((s) => s.target);
  const busy = useEditor((s) => s.busy);
  const opened = useEditor((s) => s.opened);
  const error = useEditor((s) => s.error);
  if (!target) return null;
  return (
    <div data-testid="finish-open-vscode">
      <button type="button" className="button" disabled={busy !== null} onClick={() => void stores.editor.getState().openProject(target)}>
        {t('vscode.open.button')}
      </button>
      <FailureNote failure={error} />
      {opened?.run.ok && <p role="status">{t('vscode.open.ok', { path: opened.path, distro: target.distro })}</p>}
      {opened && !opened.run.ok && opened.run.catalogId && <FindingExplanation id={opened.run.catalogId} evidence={opened.run.evidence} />}
    </div>
  );
}
