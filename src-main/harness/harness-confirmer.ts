import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src-shared/contract/define';
import { confirmDialog } from '../../src-shared/confirm';
import { MAX_CERTIFICATE_FILE, type Confirmer } from '../ipc/confirmer';

/**
 * The harness's confirmer, in place of Electron's native dialogs.
 *
 * TEST-ONLY control: GWS_TEST_CONFIRM_DIR names a folder the e2e test owns,
 * outside the page's reach (the page only has the WebSocket):
 *   answer       'accept' or 'refuse', read at each question (missing: refuse);
 *   asked.jsonl  one line per question: what main asked, with the dialog text;
 *   pick         the path of the file the "file dialog" picks (missing: cancelled).
 * Without it (the browser demo on a recorded machine) every question is
 * accepted and written to stderr: the Windows side is a recording there, so
 * nothing real is deleted or restarted, and the page's own explanation has
 * already been shown. The file picker has nothing to pick in the demo.
 */
export const TEST_CONFIRM_ENV = 'GWS_TEST_CONFIRM_DIR';

export function createHarnessConfirmer(env: NodeJS.ProcessEnv, initialLang: Lang, log: (line: string) => void): Confirmer {
  const dir = env[TEST_CONFIRM_ENV] ? path.resolve(env[TEST_CONFIRM_ENV]) : null;
  let lang = initialLang;
  const read = (name: string): string | null => {
    try {
      return fs.readFileSync(path.join(dir!, name), 'utf8').trim();
    } catch {
      return null;
    }
  };
  return {
    setLanguage(next) {
      lang = next;
    },
    async confirm(question) {
      const dialog = confirmDialog(question, lang);
      if (dir === null) {
        log(`demo: confirmed without a dialog (recorded machine): ${dialog.message}`);
        return true;
      }
      const answer = read('answer') === 'accept';
      fs.appendFileSync(path.join(dir, 'asked.jsonl'), `${JSON.stringify({ question, lang, dialog, answer })}\n`);
      return answer;
    },
    async pickCertificate() {
      if (dir === null) return null;
      const file = read('pick');
      if (!file) return null;
      const bytes = fs.readFileSync(file).subarray(0, MAX_CERTIFICATE_FILE + 1);
      return { name: path.basename(file), bytes };
    },
  };
}
