import type { TFunction } from 'i18next';
import type { Preset, PresetChoiceKey } from '../../../src-shared/preset/schema';

/** One choice of a preset in words, for the banner (values are the admin's data, shown as written). */
export function choiceSummary(p: Preset, key: PresetChoiceKey, t: TFunction): string {
  switch (key) {
    case 'distro':
      return p.distro ? `${p.distro.value.name}${p.distro.value.version ? ` (${p.distro.value.version})` : ''}` : '';
    case 'go':
      return p.go ? (p.go.value === 'latest' ? t('values.latest') : p.go.value) : '';
    case 'mirrors':
      return p.mirrors?.value.join(', ') ?? '';
    case 'goEnv': {
      const v = p.goEnv?.value;
      if (!v) return '';
      return [v.GOPROXY ? `GOPROXY=${v.GOPROXY.join(',')}` : '', v.GOSUMDB ? `GOSUMDB=${v.GOSUMDB}` : '', v.GOPRIVATE ? `GOPRIVATE=${v.GOPRIVATE}` : ''].filter(Boolean).join('  ');
    }
    case 'proxy': {
      const v = p.proxy?.value;
      if (!v) return '';
      return v.mode === 'none' ? t('values.proxyNone') : v.mode === 'from-windows' ? t('values.proxyWindows') : v.url;
    }
    case 'caCertificate': {
      const v = p.caCertificate?.value;
      if (!v) return '';
      return 'path' in v ? t('values.caPath', { path: v.path }) : t('values.caPem');
    }
    case 'git': {
      const v = p.git?.value;
      if (!v) return '';
      if (v.policy === 'set') return t('values.gitSet', { name: v.name, email: v.email });
      if (v.policy === 'ask-domain') return t('values.gitDomain', { domains: v.domains.join(', ') });
      return v.policy === 'skip' ? t('values.gitSkip') : t('values.gitAsk');
    }
    case 'wslConf':
    case 'wslconfig': {
      const v = p[key]?.value;
      return v ? t('values.sections', { count: Object.values(v).reduce((n, s) => n + Object.keys(s).length, 0) }) : '';
    }
    case 'editor':
      return p.editor ? (p.editor.value.editor === 'vscode' ? t('values.editorVscode') : t('values.editorNone')) : '';
  }
}
