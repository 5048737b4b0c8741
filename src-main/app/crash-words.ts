/**
 * The words of main's own error dialogs (native message boxes: the page may be
 * gone when they show, so they cannot come from the renderer's locale files).
 */
export type CrashLang = 'en' | 'zh-CN';

export interface CrashWords {
  mainErrorTitle: string;
  mainErrorMessage: string;
  mainErrorDetail: string;
  rendererGoneTitle: string;
  rendererGoneMessage: string;
  rendererGoneDetail: string;
  makeReport: string;
  reload: string;
  close: string;
}

export const CRASH_WORDS: Readonly<Record<CrashLang, CrashWords>> = {
  en: {
    mainErrorTitle: 'Go on WSL Setup',
    mainErrorMessage: 'Something went wrong inside the app.',
    mainErrorDetail: 'The error was written to the log. If the wizard stops working, make a support report and send it to whoever helps you.',
    rendererGoneTitle: 'Go on WSL Setup',
    rendererGoneMessage: 'The wizard window stopped working.',
    rendererGoneDetail: 'Reload it to continue where you were. A support report includes the log of what happened.',
    makeReport: 'Make a support report',
    reload: 'Reload',
    close: 'Close',
  },
  'zh-CN': {
    mainErrorTitle: 'Go on WSL 安装向导',
    mainErrorMessage: '应用内部出现了错误。',
    mainErrorDetail: '错误已写入日志。如果向导无法继续，请生成支持报告并发给帮助你的人。',
    rendererGoneTitle: 'Go on WSL 安装向导',
    rendererGoneMessage: '向导窗口停止了响应。',
    rendererGoneDetail: '重新加载后可从刚才的位置继续。支持报告会附带这次出错的日志。',
    makeReport: '生成支持报告',
    reload: '重新加载',
    close: '关闭',
  },
};

/** The dialog language: the user's choice when there is one, else the system's. */
export function crashLang(chosen: string | null | undefined, osLocale: string): CrashLang {
  const tag = (chosen ?? osLocale).toLowerCase();
  return tag.startsWith('zh') ? 'zh-CN' : 'en';
}
