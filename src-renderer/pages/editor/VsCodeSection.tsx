import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { VSCODE_DOWNLOAD_URL } from '../../../src-shared/editor/commands';
import { formatProxyUrl, parseProxyUrl } from '../../../src-shared/network/proxy';
import { FindingExplanation } from '../../components/findings';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { CancelButton } from '../../components/progress';
import { useDistro, useEditor, useNetwork, usePreflight, useStores } from '../../store';
import { CopyField } from './CopyField';

/**
 * VS Code on the Windows side, and the Editor step's actions for it in one
 * place: find it (the facts script, again on "Check again"), install it with
 * winget where winget exists, else the official download link; the WSL
 * extension; then open ~/hello-go in the WSL remote. Main runs every command;
 * nothing here sends a path or a program.
 */
export function VsCodeSection() {
  const { t } = useTranslation('editor');
  const stores = useStores();
  const target = useDistro((s) => s.target);
  const busy = useEditor((s) => s.busy);
  const taskId = useEditor((s) => s.taskId);
  const facts = useEditor((s) => s.vscode);
  const last = useEditor((s) => s.vscodeRun);
  const opened = useEditor((s) => s.opened);
  const goExt = useEditor((s) => s.goExtension);
  const proxyUrl = useNetwork((s) => (s.useProxy && s.proxyTest?.status === 'ok' ? s.proxyUrl : null));
  const winProxy = usePreflight((s) => s.report?.windows.proxy ?? null);
  const editor = stores.editor.getState();

  // Look once when the step is shown; "Check again" looks again.
  useEffect(() => {
    const s = stores.editor.getState();
    if (s.vscode === null && s.busy === null) void s.detectVsCode();
  }, [stores]);

  const usable = facts?.installs.find((i) => i.cli !== null) ?? null;
  const any = facts?.installs[0] ?? null;
  const failed = last && !last.run.ok ? last.run : null;
  const showDownload = facts !== null && facts.known && !usable && (!facts.winget || (last?.action === 'vscode' && failed !== null));
  const windowsProxy = winProxy?.wininetEnabled ? winProxy.wininetServer : null;
  // VS Code's next action (install, its WSL extension, open the project) is offered below the Go tools (rank 10):
  // those are the step's own job; this shows in the footer when nothing outranks it, else as a plain button.
  const canInstall = facts?.known === true && !any && facts.winget;
  const canExtend = usable !== null && facts !== null && !facts.wslExtension.installed;
  const canOpen = usable !== null && facts?.wslExtension.installed === true;
  const next = canInstall
    ? { label: t('vscode.install'), run: () => void editor.installVsCode(), disabled: busy !== null }
    : canExtend
      ? { label: t('vscode.extension.button'), run: () => void editor.installWslExtension(), disabled: busy !== null }
      : canOpen
        ? { label: t('vscode.open.button'), run: () => target && void editor.openProject(target), disabled: busy !== null || !target }
        : null;
  const inFooter = usePrimaryAction(next ? { ...next, rank: 5 } : null);

  return (
    <section aria-labelledby="editor-vscode-heading" data-vscode={facts === null || !facts.known ? 'unknown' : usable ? 'found' : 'absent'}>
      <h2 id="editor-vscode-heading">{t('vscode.heading')}</h2>
      {facts === null && <p role="status">{t('vscode.looking')}</p>}
      {facts !== null && !facts.known && <p role="note">{t('vscode.unknown')}</p>}
      {facts !== null && any && (
        <p data-testid="vscode-found">
          {any.channel === 'insiders'
            ? t('vscode.insiders', { version: any.version ?? '', location: any.location })
            : any.version
              ? t('vscode.found', { version: any.version, scope: t(`vscode.scope.${any.scope}`), location: any.location })
              : t('vscode.foundNoVersion', { scope: t(`vscode.scope.${any.scope}`), location: any.location })}
        </p>
      )}
      {facts !== null && any && !usable && <p role="note">{t('vscode.noCli')}</p>}
      {facts?.known && !any && (
        <>
          <p>{t('vscode.absent')}</p>
          {facts.winget && <p>{t('vscode.absentWinget')}</p>}
          {!facts.winget && <FindingExplanation id="VSCODE_NO_WINGET" />}
        </>
      )}
      {last?.action === 'vscode' && last.run.ok && <p role="status">{usable ? t('vscode.installed') : t('vscode.notSeen')}</p>}
      {failed && failed.catalogId && <FindingExplanation id={failed.catalogId} evidence={failed.evidence} />}
      {showDownload && (
        <>
          <p>{t('vscode.download')}</p>
          <CopyField label={t('vscode.downloadLabel')} value={VSCODE_DOWNLOAD_URL} />
        </>
      )}
      {usable && facts && (
        <p data-testid="vscode-wsl-extension" data-installed={facts.wslExtension.installed}>
          {facts.wslExtension.installed ? t('vscode.extension.installed', { version: facts.wslExtension.version ?? '' }) : t('vscode.extension.missing')}
        </p>
      )}
      <div className="toolbar">
        {next && !inFooter && (
          <button type="button" className="button" disabled={next.disabled} onClick={next.run}>
            {next.label}
          </button>
        )}
        {usable && facts?.wslExtension.installed && target && (
          <button type="button" className="button" disabled={busy !== null} onClick={() => void editor.installGoExtension(target, proxyUrl)}>
            {t('vscode.goExtension.button')}
          </button>
        )}
        <button type="button" className="button" disabled={busy !== null} onClick={() => void editor.detectVsCode()}>
          {t('vscode.check')}
        </button>
        {(busy === 'vscode' || busy === 'extension' || busy === 'goExtension') && <CancelButton taskId={taskId} />}
      </div>
      {usable && facts?.wslExtension.installed && !target && <p role="note">{t('vscode.open.needsTarget')}</p>}
      {opened && (
        <div data-testid="vscode-opened" data-ok={opened.run.ok}>
          {opened.run.ok && target ? (
            <>
              <p role="status">{t('vscode.open.ok', { path: opened.path, distro: target.distro })}</p>
              <p>{t('vscode.open.goExtension')}</p>
            </>
          ) : (
            opened.run.catalogId && <FindingExplanation id={opened.run.catalogId} evidence={opened.run.evidence} />
          )}
        </div>
      )}
      {goExt && (
        <div data-testid="vscode-go-extension" data-ok={goExt.ok}>
          {goExt.ok ? <p role="status">{t('vscode.goExtension.ok', { line: goExt.evidence[0] ?? '' })}</p> : goExt.catalogId && <FindingExplanation id={goExt.catalogId} evidence={goExt.evidence} />}
        </div>
      )}
      <h3>{t('vscode.proxy.heading')}</h3>
      <p className="muted">{windowsProxy ? t('vscode.proxy.body', { proxy: windowsProxy }) : t('vscode.proxy.none')}</p>
      {proxyUrl && <p data-testid="vscode-proxy-go-extension">{t('vscode.proxy.viaGoExtension', { proxy: shownProxy(proxyUrl) })}</p>}
    </section>
  );
}

/** A proxy as shown on screen: a password never is. */
function shownProxy(url: string): string {
  const p = parseProxyUrl(url);
  return p ? formatProxyUrl(p, { redact: true }) : url.replace(/\/\/[^@/]*@/, '//***@');
}
