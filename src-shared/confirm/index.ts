import type { Lang } from '../contract/define';

/**
 * The decisions only a person may make: deleting a distro, restarting
 * Windows, stopping every distro, trusting a root certificate. Main asks them
 * (a native dialog in Electron, the harness confirmer in tests) with the real
 * parameters it will act on; the page can explain and prepare, never answer.
 * The dialog texts live here, pure, in both languages, so main (which cannot
 * import the renderer's locale files) and the tests read the same words.
 */
export type Confirmation =
  | { readonly kind: 'unregister'; readonly distro: string; readonly backup: { readonly folder: string } | 'skip' }
  | { readonly kind: 'reboot'; readonly delaySeconds: number }
  | { readonly kind: 'rebootFirmware' }
  | { readonly kind: 'shutdown' }
  | {
      readonly kind: 'importCa';
      readonly distro: string;
      readonly subject: string;
      readonly issuer: string;
      readonly fingerprint256: string;
      readonly validTo: string;
    };

export interface ConfirmDialog {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  /** The button that acts; the other one (cancel) is the default and what Esc picks. */
  readonly accept: string;
  readonly cancel: string;
}

type Texts = {
  cancel: string;
  unregister: { title: string; message: (d: string) => string; backup: (folder: string) => string; noBackup: string; accept: (d: string) => string };
  reboot: { title: string; message: string; detail: (s: number) => string; accept: string };
  rebootFirmware: { title: string; message: string; detail: string; accept: string };
  shutdown: { title: string; message: string; detail: string; accept: string };
  importCa: {
    title: string;
    message: (d: string) => string;
    fields: { subject: string; issuer: string; fingerprint: string; validTo: string };
    warning: (d: string) => string;
    accept: string;
  };
  pickCertificate: { title: string; filter: string };
};

const TEXTS: Record<Lang, Texts> = {
  en: {
    cancel: 'Cancel',
    unregister: {
      title: 'Delete a Linux distro',
      message: (d) => `Delete the WSL distro "${d}" and everything in it?`,
      backup: (folder) => `A backup is exported first, to ${folder}. If the backup fails, nothing is deleted.`,
      noBackup: 'No backup will be made: its files, programs and settings are lost for good.',
      accept: (d) => `Delete ${d}`,
    },
    reboot: {
      title: 'Restart Windows',
      message: 'Restart Windows now?',
      detail: (s) => `Windows restarts in ${s} seconds and closes every program without asking: unsaved work in them is lost. Save your work first. The wizard opens again after the restart.`,
      accept: 'Restart now',
    },
    rebootFirmware: {
      title: 'Restart into UEFI settings',
      message: 'Restart Windows now and open the UEFI firmware settings?',
      detail:
        'Windows restarts at once. Programs are asked to close, so save your work first. The PC then opens its firmware (BIOS/UEFI) settings: switch virtualization on there, save and exit. The wizard opens again after Windows starts.',
      accept: 'Restart into UEFI settings',
    },
    shutdown: {
      title: 'Stop WSL',
      message: 'Stop every Linux distro now (wsl --shutdown)?',
      detail: 'All open Linux windows and the programs running in them are closed: unsaved work in them is lost.',
      accept: 'Stop WSL now',
    },
    importCa: {
      title: 'Trust a root certificate',
      message: (d) => `Make the distro "${d}" trust this root certificate?`,
      fields: { subject: 'Subject', issuer: 'Issuer', fingerprint: 'SHA-256 fingerprint', validTo: 'Valid until' },
      warning: (d) =>
        `Whoever holds this certificate's key can read and change every HTTPS connection from "${d}". Install it only if it came from your IT department, and compare the SHA-256 fingerprint with theirs.`,
      accept: 'Trust and install',
    },
    pickCertificate: { title: 'Choose the root certificate from your IT department', filter: 'Certificates (.crt, .cer, .pem)' },
  },
  'zh-CN': {
    cancel: '取消',
    unregister: {
      title: '删除 Linux 发行版',
      message: (d) => `删除 WSL 发行版“${d}”及其中的所有内容吗？`,
      backup: (folder) => `会先导出备份到 ${folder}。备份失败则不删除任何内容。`,
      noBackup: '不会做备份：其中的文件、程序和设置将永久丢失。',
      accept: (d) => `删除 ${d}`,
    },
    reboot: {
      title: '重启 Windows',
      message: '现在重启 Windows 吗？',
      detail: (s) => `Windows 将在 ${s} 秒后重启，并且不经询问关闭所有程序：其中未保存的工作会丢失。请先保存。重启后向导会自动打开。`,
      accept: '立即重启',
    },
    rebootFirmware: {
      title: '重启并进入 UEFI 设置',
      message: '现在重启 Windows 并打开 UEFI 固件设置吗？',
      detail: 'Windows 会立即重启，并请求各程序关闭，请先保存工作。随后电脑会打开固件（BIOS/UEFI）设置：在其中开启虚拟化，保存并退出。Windows 启动后向导会自动打开。',
      accept: '重启并进入 UEFI 设置',
    },
    shutdown: {
      title: '停止 WSL',
      message: '现在停止所有 Linux 发行版（wsl --shutdown）吗？',
      detail: '所有打开的 Linux 窗口及其中运行的程序都会被关闭：未保存的工作会丢失。',
      accept: '立即停止 WSL',
    },
    importCa: {
      title: '信任根证书',
      message: (d) => `让发行版“${d}”信任这个根证书吗？`,
      fields: { subject: '主题', issuer: '颁发者', fingerprint: 'SHA-256 指纹', validTo: '有效期至' },
      warning: (d) => `持有此证书私钥的人可以读取和篡改“${d}”发出的所有 HTTPS 连接。只在证书来自你的 IT 部门时安装，并与他们核对 SHA-256 指纹。`,
      accept: '信任并安装',
    },
    pickCertificate: { title: '选择 IT 部门提供的根证书', filter: '证书 (.crt, .cer, .pem)' },
  },
};

/** The dialog for one question, in the app's current language. */
export function confirmDialog(q: Confirmation, lang: Lang): ConfirmDialog {
  const t = TEXTS[lang];
  switch (q.kind) {
    case 'unregister':
      return {
        title: t.unregister.title,
        message: t.unregister.message(q.distro),
        detail: q.backup === 'skip' ? t.unregister.noBackup : t.unregister.backup(q.backup.folder),
        accept: t.unregister.accept(q.distro),
        cancel: t.cancel,
      };
    case 'reboot':
      return { title: t.reboot.title, message: t.reboot.message, detail: t.reboot.detail(q.delaySeconds), accept: t.reboot.accept, cancel: t.cancel };
    case 'rebootFirmware':
      return { title: t.rebootFirmware.title, message: t.rebootFirmware.message, detail: t.rebootFirmware.detail, accept: t.rebootFirmware.accept, cancel: t.cancel };
    case 'shutdown':
      return { title: t.shutdown.title, message: t.shutdown.message, detail: t.shutdown.detail, accept: t.shutdown.accept, cancel: t.cancel };
    case 'importCa': {
      const f = t.importCa.fields;
      const detail = [`${f.subject}: ${q.subject}`, `${f.issuer}: ${q.issuer}`, `${f.fingerprint}: ${q.fingerprint256}`, `${f.validTo}: ${q.validTo}`, '', t.importCa.warning(q.distro)].join('\n');
      return { title: t.importCa.title, message: t.importCa.message(q.distro), detail, accept: t.importCa.accept, cancel: t.cancel };
    }
  }
}

/** The certificate file picker's title and filter name. */
export function pickCertificateTexts(lang: Lang): { title: string; filter: string } {
  return TEXTS[lang].pickCertificate;
}
