import { useTranslation } from 'react-i18next';
import { BlockedByPreflight, FailureNote, useBlocked } from '../components/findings';
import { usePrimaryAction } from '../components/footer/usePrimaryAction';
import { PageHeading } from '../components/PageHeading';
import { CancelButton } from '../components/progress';
import { useDistro, useStores, useVerify } from '../store';
import { NeedsDistro } from './distro/NeedsDistro';
import { ProofSteps } from './verify/ProofSteps';

/** Step 6: prove it with real commands in a fresh module: go run, go get, go test (and cgo on request). */
export function VerifyPage() {
  const { t } = useTranslation('verify');
  const stores = useStores();
  const blocked = useBlocked();
  const target = useDistro((s) => s.target);
  const running = useVerify((s) => s.running);
  const taskId = useVerify((s) => s.taskId);
  const cgo = useVerify((s) => s.cgo);
  const result = useVerify((s) => s.result);
  const error = useVerify((s) => s.error);
  const prove = () => target && void stores.verify.getState().prove(target);
  const label = result ? t('again') : t('button');
  const status = running ? t('running') : target ? t('where', { distro: target.distro, user: target.user }) : '';
  const inFooter = usePrimaryAction(!blocked && target ? { label, run: prove, busy: running, taskId: running ? taskId : null, status, rank: 10 } : null);
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <BlockedByPreflight />
      {!blocked && !target && <NeedsDistro />}
      {!blocked && target && (
        <>
          <label className="check-row">
            <input type="checkbox" checked={cgo} disabled={running} onChange={(e) => stores.verify.getState().setCgo(e.target.checked)} /> {t('cgo')}
          </label>
          {!inFooter && (
            <div className="toolbar">
              <button type="button" className="button" disabled={running} onClick={prove}>
                {label}
              </button>
              {running && <CancelButton taskId={taskId} />}
              <p className="toolbar__status" role="status" aria-live="polite">
                {status}
              </p>
            </div>
          )}
          <FailureNote failure={error} />
          {result && <ProofSteps result={result} cgo={cgo} />}
        </>
      )}
    </article>
  );
}
