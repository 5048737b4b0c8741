import { useTranslation } from 'react-i18next';
import type { EditorToolsResult } from '../../../src-shared/contract/editor';
import { FindingExplanation } from '../../components/findings';

/** Each tool: its proof line (its own version command), or the catalog's explanation of why it failed. */
export function ToolResults({ result }: { result: EditorToolsResult }) {
  const { t } = useTranslation('editor');
  return (
    <section aria-labelledby="editor-tools-heading">
      <h2 id="editor-tools-heading">{t('tools.heading')}</h2>
      <ul className="check-list">
        {result.tools.map((tool) => (
          <li key={tool.name} data-tool={tool.name} data-ok={tool.ok}>
            <strong>{tool.name}</strong> {tool.version}: {tool.ok ? t('tools.ok', { proof: tool.proof ?? '' }) : t('tools.failed')}
            {!tool.ok && tool.catalogId && <FindingExplanation id={tool.catalogId} evidence={tool.evidence} />}
          </li>
        ))}
      </ul>
      {result.gobin && <p className="muted">{t('tools.where', { dir: result.gobin })}</p>}
    </section>
  );
}
