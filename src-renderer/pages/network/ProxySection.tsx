import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingExplanation } from '../../components/findings';
import type { DistroTargetChoice } from '../../store/distro';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { useNetwork, useStores } from '../../store';

/**
 * The Windows proxy as seen from the distro: what Windows uses, how Linux
 * reaches it, the test through it from inside the distro, and Test again
 * once the user fixed it on Windows.
 */
export function ProxySection({ target }: { target: DistroTargetChoice }) {
  const { t } = useTranslation('network');
  const stores = useStores();
  const detect = useNetwork((s) => s.detect);
  const proxyUrl = useNetwork((s) => s.proxyUrl);
  const useProxy = useNetwork((s) => s.useProxy);
  const test = useNetwork((s) => s.proxyTest);
  const busy = useNetwork((s) => s.busy);
  const id = useId();
  const retest = () => void stores.network.getState().retestProxy(target);
  const retestLabel = busy === 'testProxy' ? t('proxy.testing') : test ? t('proxy.retest') : t('proxy.test');
  // A network proxy that does not answer comes before applying anything: testing it again is then the main action.
  const offers = detect?.plan !== undefined && detect.plan !== null && useProxy && test?.status !== 'ok';
  const inFooter = usePrimaryAction(offers ? { label: retestLabel, run: retest, disabled: busy !== null || proxyUrl === '', busy: busy === 'testProxy', rank: 12 } : null);
  if (!detect) return null;
  const w = detect.windows;
  return (
    <section className="section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('proxy.heading')}</h2>
      <p>
        {w.server ? t('proxy.windows', { server: w.server }) : t('proxy.none')}
        {w.recognisedAs && ` ${t('proxy.recognised', { app: w.recognisedAs })}`}
      </p>
      <p className="muted">{t(`proxy.mode.${detect.distro.networkingMode}`)}</p>
      {detect.plan && (
        <>
          <p>{t(`proxy.route.${detect.plan.route}`, { url: detect.plan.url ?? '' })}</p>
          <label className="check-row">
            <input type="checkbox" checked={useProxy} disabled={busy !== null} onChange={(e) => stores.network.getState().setUseProxy(e.target.checked)} /> {t('proxy.use')}
          </label>
          {useProxy && (
            <div className="field">
              <label htmlFor={`${id}-url`}>{t('proxy.url')}</label>
              <input id={`${id}-url`} className="input mono" value={proxyUrl} spellCheck={false} disabled={busy !== null} onChange={(e) => stores.network.getState().setProxyUrl(e.target.value)} />
            </div>
          )}
          {useProxy && test && <ProxyVerdict status={test.status} finding={test.finding} hint={test.hint} display={test.display} />}
          {useProxy && !inFooter && (
            <button type="button" className="button" disabled={busy !== null || proxyUrl === ''} onClick={retest}>
              {retestLabel}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function ProxyVerdict({ status, finding, hint, display }: { status: string; finding: string | null; hint: string | null; display: string }) {
  const { t } = useTranslation('network');
  if (status === 'ok') {
    return (
      <p className="note" role="status">
        {t('proxy.ok', { proxy: display })}
      </p>
    );
  }
  return (
    <div role="alert">
      <p className="note note--error">{t(`proxy.status.${status}`, { proxy: display, defaultValue: t('proxy.status.unknown', { proxy: display }) })}</p>
      {hint && <p>{t(`proxy.hint.${hint}`)}</p>}
      {finding && <FindingExplanation id={finding} />}
    </div>
  );
}
