/**
 * What a preset value should look like, in both languages. The schema carries
 * only the key (as zod's message), so one refusal is worded once per language
 * here and the schema stays free of prose.
 */
export const HINTS = {
  httpUrl: { en: 'an http(s) URL without credentials, query, commas or ".."', 'zh-CN': 'http(s) 网址，不含用户名密码、查询参数、逗号或 ".."' },
  distroVersion: { en: 'a version like 24.04', 'zh-CN': '形如 24.04 的版本号' },
  goVersion: { en: 'a Go release like go1.22.5, or "latest"', 'zh-CN': '形如 go1.22.5 的 Go 版本，或 "latest"' },
  gosumdb: { en: 'a checksum database like sum.golang.org', 'zh-CN': '校验和数据库，例如 sum.golang.org' },
  gosumdbOff: { en: 'GOSUMDB=off is not offered: checksum verification stays on', 'zh-CN': '不提供 GOSUMDB=off：校验和验证始终开启' },
  goprivate: { en: 'comma-separated module path patterns like corp.example.com/*', 'zh-CN': '逗号分隔的模块路径模式，例如 corp.example.com/*' },
  proxyUrl: { en: 'scheme://host:port without user name or password', 'zh-CN': 'scheme://主机:端口，不含用户名或密码' },
  caPath: { en: 'an absolute Windows path like C:\\certs\\corp-root.crt', 'zh-CN': 'Windows 绝对路径，例如 C:\\certs\\corp-root.crt' },
  caPem: { en: 'one PEM certificate (-----BEGIN CERTIFICATE----- ...)', 'zh-CN': '一个 PEM 证书（-----BEGIN CERTIFICATE----- ...）' },
  gitName: { en: 'a name without control characters or surrounding spaces', 'zh-CN': '不含控制字符、首尾无空格的名字' },
  email: { en: 'an e-mail address', 'zh-CN': '电子邮件地址' },
  domain: { en: 'a domain like example.com', 'zh-CN': '域名，例如 example.com' },
  iniKey: { en: 'an INI key like memory or systemd', 'zh-CN': 'INI 键名，例如 memory 或 systemd' },
  iniValue: { en: 'a single-line value', 'zh-CN': '单行的值' },
  extensionId: { en: 'a marketplace ID like golang.go', 'zh-CN': '扩展商店 ID，例如 golang.go' },
} as const;

export type HintKey = keyof typeof HINTS;

const PREFIX = 'preset.hint.';

/** The zod message for a refusal: the key, looked up in HINTS when the problem is worded. */
export function hint(key: HintKey): string {
  return PREFIX + key;
}

export function hintOf(message: string): (typeof HINTS)[HintKey] | null {
  if (!message.startsWith(PREFIX)) return null;
  const key = message.slice(PREFIX.length);
  return key in HINTS ? HINTS[key as HintKey] : null;
}
