import { useTranslation } from 'react-i18next';
import { codeOpenRemoteArgv, golandGopath, golandToolchainPath } from '../../src-shared/editor/commands';
import { BlockedByPreflight, FailureNote, useBlocked } from '../components/findings';
import { usePrimaryAction } from '../components/footer/usePrimaryAction';
import { PageHeading } from '../components/PageHeading';
import { CancelButton } from '../components/progress';
import { useDistro, useEditor, useGo, useNetwork, useStores } from '../store';
import { NeedsDistro } from './distro/NeedsDistro';
import { CopyField } from './editor/CopyField';
import { ToolResults } from './editor/ToolResults';
import { VsCodeSection } from './editor/VsCodeSection';

/**
 * Step 7 (optional): the Go tools VS Code's Go extension asks for, installed
 * through the network step's GOPROXY and proxy so the extension's own
 * "Failed to install tools" never comes; a first project; the command that
 * opens it in the WSL remote; VS Code itself on Windows (VsCodeSection: find,
 * install, WSL extension, open hello-go); the paths GoLand users need.
 */
export function EditorPage() {
  const { t } = useTranslation('editor');
  const stores = useStores();
  const blocked = useBlocked();
  const target = useDistro((s) => s.target);
  const goVersion = useGo((s) => s.result?.version ?? s.version);
  const applied = useNetwork((s) => s.applied);
  const proxyUrl = useNetwork((s) => (s.useProxy && s.proxyTest?.status === 'ok' ? s.proxyUrl : null));
  const busy = useEditor((s) => s.busy);
  const taskId = useEditor((s) => s.taskId);
  const tools = useEditor((s) => s.tools);
  const project = useEditor((s) => s.project);
  const undone = useEditor((s) => s.undone);
  const skipped = useEditor((s) => s.skipped);
  const error = useEditor((s) => s.error);
  const editor = stores.editor.getState();
  const net = { goproxy: applied?.goproxy ?? '', gosumdb: applied?.gosumdb ?? '', proxyUrl };
  const install = () => target && goVersion && void editor.installTools(target, goVersion, net);
  const label = tools ? t('tools.again') : t('tools.button');
  const inFooter = usePrimaryAction(
    !blocked && target ? { label, run: install, disabled: busy !== null || !goVersion, busy: busy === 'tools', taskId: busy === 'tools' ? taskId : null, status: busy ? t(`busy.${busy}`) : undefined, rank: 10 } : null,
  );
  return (
    <article className="page">
      <PageHeading>{t('title')}</PageHeading>
      <p className="page__lead">{t('intro')}</p>
      <BlockedByPreflight />
      {/* VS Code lives on Windows: found and installed with or without a distro; only opening hello-go needs one. */}
      {!blocked && !target && (
        <>
          <NeedsDistro />
          <VsCodeSection />
        </>
      )}
      {!blocked && target && (
        <>
          <p className="muted">{applied ? t('network.chosen', { goproxy: applied.goproxy, gosumdb: applied.gosumdb }) : t('network.own')}</p>
          {!goVersion && <p role="note">{t('needsGo')}</p>}
          <div className="toolbar">
            {!inFooter && (
              <button type="button" className="button" disabled={busy !== null || !goVersion} onClick={install}>
                {label}
              </button>
            )}
            <button type="button" className="button" disabled={busy !== null} onClick={() => void editor.createProject(target)}>
              {t('project.button')}
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => editor.skip()}>
              {t('skip')}
            </button>
            {busy === 'tools' && !inFooter && <CancelButton taskId={taskId} />}
            <p className="toolbar__status" role="status" aria-live="polite">
              {busy ? t(`busy.${busy}`) : skipped ? t('skipped') : t('where', { distro: target.distro, user: target.user })}
            </p>
          </div>
          <FailureNote failure={error} />
          {tools && <ToolResults result={tools} />}
          <VsCodeSection />
          {project && (
            <section aria-labelledby="editor-project-heading">
              <h2 id="editor-project-heading">{t('project.heading')}</h2>
              <p>{project.created ? t('project.created', { path: project.path }) : t('project.exists', { path: project.path })}</p>
              <CopyField label={t('project.open')} value={['code', ...codeOpenRemoteArgv(target.distro, project.path)].map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')} />
            </section>
          )}
          <section aria-labelledby="editor-goland-heading">
            <h2 id="editor-goland-heading">{t('goland.heading')}</h2>
            <p>{t('goland.pointer')}</p>
            <CopyField label={t('goland.goroot')} value={golandToolchainPath(target.distro)} />
            {tools?.gobin && <CopyField label={t('goland.gopath')} value={golandGopath(target.distro, tools.gobin.replace(/\/bin$/, ''))} />}
          </section>
          <section aria-labelledby="editor-undo-heading">
            <h2 id="editor-undo-heading">{t('undo.heading')}</h2>
            <p>{t('undo.explain')}</p>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void editor.undo(target)}>
              {t('undo.button')}
            </button>
            {undone && <p role="status">{t('undo.done', { removed: undone.removed.length, kept: undone.kept.length })}</p>}
          </section>
        </>
      )}
    </article>
  );
}
