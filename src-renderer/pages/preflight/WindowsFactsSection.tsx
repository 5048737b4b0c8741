import { useTranslation } from 'react-i18next';
import type { FeatureState, WindowsFacts } from '../../../src-shared/contract/preflight';
import { FactList, type Fact } from '../../components/FactList';
import { formatBytes, formatRaw, formatValue } from '../../components/format';

/** The Windows facts exactly as reported; anything the machine did not say reads "Not reported". */
export function WindowsFactsSection({ w }: { w: WindowsFacts }) {
  const { t, i18n } = useTranslation(['preflight', 'common']);
  const lang = i18n.language;
  const v = (x: string | number | boolean | null) => formatValue(x, t, lang);
  const feature = (s: FeatureState | null) => formatRaw('feature', s, t, lang);
  const build = w.build === null ? v(null) : w.ubr === null ? String(w.build) : `${w.build}.${w.ubr}`;
  const computer = [w.manufacturer, w.model].filter((x): x is string => !!x).join(' ') || v(null);
  const proxy =
    w.proxy.wininetEnabled === null ? v(null) : w.proxy.wininetEnabled ? t('proxyOn', { server: w.proxy.wininetServer ?? '' }) : t('proxyOff');

  const facts: Fact[] = [
    { key: 'version', label: t('windows.version'), value: [w.productName, w.displayVersion].filter(Boolean).join(' ') || v(null) },
    { key: 'build', label: t('windows.build'), value: build },
    { key: 'edition', label: t('windows.edition'), value: formatRaw('edition', w.edition, t, lang) },
    { key: 'architecture', label: t('windows.architecture'), value: v(w.architecture) },
    { key: 'is64Bit', label: t('windows.is64Bit'), value: v(w.is64Bit) },
    { key: 'vfe', label: t('windows.virtualizationFirmwareEnabled'), value: v(w.virtualizationFirmwareEnabled) },
    { key: 'hyp', label: t('windows.hypervisorPresent'), value: v(w.hypervisorPresent) },
    { key: 'vmx', label: t('windows.vmMonitorModeExtensions'), value: v(w.vmMonitorModeExtensions) },
    { key: 'slat', label: t('windows.secondLevelAddressTranslation'), value: v(w.secondLevelAddressTranslation) },
    { key: 'vmp', label: t('windows.vmp'), value: feature(w.features.virtualMachinePlatform) },
    { key: 'wslf', label: t('windows.wslFeature'), value: feature(w.features.wsl) },
    { key: 'reboot', label: t('windows.rebootPending'), value: v(w.rebootPending) },
    ...(w.rebootPendingReasons.length > 0
      ? [{ key: 'rebootWhy', label: t('windows.rebootPendingReasons'), value: w.rebootPendingReasons.map((r) => formatRaw('rebootReason', r, t, lang)).join(lang === 'zh-CN' ? '、' : ', ') }]
      : []),
    { key: 'lastBoot', label: t('windows.lastBootUtc'), value: v(w.lastBootUtc) },
    { key: 'policy', label: t('windows.policyBlocksWsl'), value: v(w.policyBlocksWsl) },
    ...(Object.keys(w.wslPolicies).length > 0
      ? [{ key: 'wslPolicies', label: t('windows.wslPolicies'), value: Object.entries(w.wslPolicies).map(([k, x]) => `${k}=${x}`).join(', ') }]
      : []),
    { key: 'drive', label: t('windows.systemDrive'), value: v(w.systemDrive) },
    {
      key: 'free',
      label: t('windows.freeSpace'),
      value: w.systemDriveFreeBytes === null ? v(null) : formatBytes(w.systemDriveFreeBytes, lang),
    },
    { key: 'proxy', label: t('windows.proxy'), value: proxy },
    ...(w.proxy.autoConfigUrl ? [{ key: 'pac', label: t('windows.proxyAutoConfig'), value: w.proxy.autoConfigUrl }] : []),
    { key: 'winhttp', label: t('windows.proxyWinhttp'), value: v(w.proxy.winhttp) },
    { key: 'admin', label: t('windows.isAdmin'), value: v(w.isAdmin) },
    { key: 'langMode', label: t('windows.languageMode'), value: formatRaw('languageMode', w.languageMode, t, lang) },
    { key: 'culture', label: t('windows.uiCulture'), value: v(w.uiCulture) },
    { key: 'computer', label: t('windows.computer'), value: computer },
  ];
  return (
    <section className="section" aria-labelledby="windows-heading">
      <h2 id="windows-heading">{t('windows.heading')}</h2>
      <FactList facts={facts} />
    </section>
  );
}
