import { ApiError } from '../../src-shared/contract';
import type { Runtime } from './runtime';
import { buildSessionReport, reportPathChooser, writeReportFile } from '../services/report';
import type { InvokeHandlers } from './dispatcher';

/** The support report: built in main from the session's recording; saved where the user chooses in a dialog. */
export function createReportHandlers(runtime: Runtime) {
  return {
    'report.build': ({ redact, lang, steps }) => {
      const built = buildSessionReport(runtime, { redact, lang, ...(steps ? { steps } : {}) });
      return { markdown: built.markdown, json: built.json, fileName: built.fileName, redacted: redact, runs: built.report.transcript.entries.length };
    },
    'report.save': async ({ redact, lang, steps }) => {
      const choose = reportPathChooser(runtime);
      if (!choose) throw new ApiError('UNSUPPORTED', 'this session has no save dialog; download the report from the page');
      const built = buildSessionReport(runtime, { redact, lang, ...(steps ? { steps } : {}) });
      const file = await choose(built.fileName, lang);
      if (!file) return { saved: false, path: null };
      writeReportFile(file, /\.md$/i.test(file) ? built.markdown : built.json);
      return { saved: true, path: file };
    },
  } satisfies Partial<InvokeHandlers>;
}
