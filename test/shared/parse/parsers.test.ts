import { describe, expect, it } from 'vitest';
import { parseGoEnv, parseResolvConf, parseSystemInfo, parseWslListOnline, parseWslListVerbose, parseWslStatus, parseWslVersion } from '../../../src-shared/parse/index';
import { encode, ENCODINGS, fixture } from './fixtures';

/** Every real-fixture expectation is checked as posted and as UTF-16LE (with and without BOM). */
function eachEncoding(rel: string, check: (bytes: Uint8Array) => void): void {
  const f = fixture(rel);
  for (const enc of ENCODINGS) check(encode(f.body, enc));
}

describe('wsl -l -v', () => {
  it('reads names, normalised states, versions and the * default', () => {
    eachEncoding('win/wsl-list-verbose-en-01.txt', (b) =>
      expect(parseWslListVerbose(b)).toEqual({
        distros: [
          { name: 'Ubuntu-24.04', state: 'Stopped', version: 2, isDefault: true },
          { name: 'Ubuntu-22.04', state: 'Stopped', version: 2, isDefault: false },
        ],
      }),
    );
  });

  it('WSL 2.4.4 without any * marker: isDefault is unknown (null), not false', () => {
    eachEncoding('win/wsl-list-verbose-no-default-marker-en-01.txt', (b) => {
      const d = parseWslListVerbose(b).distros ?? [];
      expect(d.map((x) => `${x.name}:${String(x.state)}:${String(x.version)}`)).toEqual(['MyPengwin:Running:2', 'WLinux:Running:2', 'docker-desktop:Stopped:2', 'docker-desktop-data:Stopped:2']);
      expect(d.every((x) => x.isDefault === null)).toBe(true);
    });
  });

  it('takes the last table of a before/after paste', () => {
    eachEncoding('win/wsl-list-verbose-wsl1-en-02.txt', (b) => expect(parseWslListVerbose(b)).toEqual({ distros: [{ name: 'Ubuntu', state: 'Stopped', version: 1, isDefault: true }] }));
  });

  it('plain `wsl -l` mangled with spaces: names and the translated-able (Default) marker', () => {
    eachEncoding('win/wsl-list-verbose-utf16-spaced-en-01.txt', (b) =>
      expect(parseWslListVerbose(b).distros?.map((d) => [d.name, d.isDefault])).toEqual([
        ['Ubuntu', true],
        ['Legacy', false],
        ['Ubuntu-tmp', false],
      ]),
    );
  });

  it('no distributions: an empty list, not null', () => {
    eachEncoding('win/wsl-list-verbose-no-distributions-en-01.txt', (b) => expect(parseWslListVerbose(b)).toEqual({ distros: [] }));
  });

  it('translated default marker and states, multi-word states, unknown states kept raw', () => {
    expect(parseWslListVerbose('Distribuições do Subsistema do Windows para Linux:\nUbuntu (Padrão)\nDebian\n').distros?.map((d) => [d.name, d.isDefault])).toEqual([
      ['Ubuntu', true],
      ['Debian', false],
    ]);
    const t = '  NAME      STATE              VERSION\n* Ubuntu    Wird ausgeführt    2\n  Arch      已停止             2\n  Kali      Frobbing           1\n';
    expect(parseWslListVerbose(t).distros?.map((d) => d.state)).toEqual(['Running', 'Stopped', 'Frobbing']);
  });

  it('nothing list-like: null', () => {
    expect(parseWslListVerbose('Error code: 74\nPS C:\\> wsl --set-default-version 2\n')).toEqual({ distros: null });
  });
});

describe('wsl --status', () => {
  it('English, German (translated labels), odd key format, NUL-captured', () => {
    eachEncoding('win/wsl-status-inbox-translated-de-01.txt', (b) => expect(parseWslStatus(b)).toEqual({ defaultDistro: 'Ubuntu-22.04', defaultVersion: 2 }));
    eachEncoding('win/wsl-status-odd-format-en-01.txt', (b) => expect(parseWslStatus(b)).toEqual({ defaultDistro: 'Ubuntu-20.04', defaultVersion: 2 }));
    eachEncoding('win/wsl-status-nul-chars-en-01.txt', (b) => expect(parseWslStatus(b)).toEqual({ defaultDistro: 'Ubuntu-20.04', defaultVersion: null }));
  });

  it('zh-CN full-width colon, U+FE55 small colon, French space before colon', () => {
    expect(parseWslStatus('默认分发：Ubuntu\n默认版本： 2\n')).toEqual({ defaultDistro: 'Ubuntu', defaultVersion: 2 });
    expect(parseWslStatus('默认分发\uFE55Debian\n\n默认版本\uFE551\n')).toEqual({ defaultDistro: 'Debian', defaultVersion: 1 });
    expect(parseWslStatus('Distribution par défaut : Ubuntu-22.04\nVersion par défaut : 2\n')).toEqual({ defaultDistro: 'Ubuntu-22.04', defaultVersion: 2 });
  });

  it('WSL 2.4.4 prints no default distribution line: null', () => {
    expect(parseWslStatus('Default Version: 2\n')).toEqual({ defaultDistro: null, defaultVersion: 2 });
  });
});

describe('wsl --version', () => {
  const cases: [string, string, string, string][] = [
    ['win/wsl-version-en-01.txt', '1.1.3.0', '5.15.90.1', '10.0.19044.2604'],
    ['win/wsl-version-en-02.txt', '2.7.8.0', '6.18.33.1-1', '10.0.26200.8390'],
    ['win/wsl-version-de-01.txt', '1.0.3.0', '5.15.79.1', '10.0.22621.819'],
    ['win/wsl-version-ru-flattened-01.txt', '2.3.26.0', '5.15.167.4-1', '10.0.22631.4317'],
  ];
  for (const [rel, wsl, kernel, windows] of cases) {
    it(`reads ${rel}`, () => {
      eachEncoding(rel, (b) => expect(parseWslVersion(b)).toEqual({ wslVersion: wsl, kernelVersion: kernel, windowsVersion: windows }));
    });
  }

  it('the legacy inbox answer has no versions: all null', () => {
    eachEncoding('win/wsl-version-invalid-option-en-01.txt', (b) => expect(parseWslVersion(b)).toEqual({ wslVersion: null, kernelVersion: null, windowsVersion: null }));
  });

  it('zh-CN and French labels, lines out of order', () => {
    expect(parseWslVersion('内核版本： 5.15.133.1-1\nWSL 版本： 2.0.9.0\nWindows 版本： 10.0.22631.2861\n')).toEqual({ wslVersion: '2.0.9.0', kernelVersion: '5.15.133.1-1', windowsVersion: '10.0.22631.2861' });
    expect(parseWslVersion('Version WSL : 2.4.4.0\nVersion du noyau : 5.15.167.4-1\nVersion de Windows : 10.0.26100.2314\n')).toEqual({ wslVersion: '2.4.4.0', kernelVersion: '5.15.167.4-1', windowsVersion: '10.0.26100.2314' });
  });
});

describe('wsl --list --online', () => {
  const online = [
    'The following is a list of valid distributions that can be installed.',
    "Install using 'wsl.exe --install <Distro>'.",
    '',
    'NAME                            FRIENDLY NAME',
    'Ubuntu                          Ubuntu',
    'Debian                          Debian GNU/Linux',
    'kali-linux                      Kali Linux Rolling',
    'Ubuntu-24.04                    Ubuntu 24.04 LTS',
  ].join('\r\n');

  it('splits at the FRIENDLY NAME column, in both encodings', () => {
    for (const enc of ENCODINGS) {
      expect(parseWslListOnline(encode(online, enc)).distros).toEqual([
        { name: 'Ubuntu', friendlyName: 'Ubuntu' },
        { name: 'Debian', friendlyName: 'Debian GNU/Linux' },
        { name: 'kali-linux', friendlyName: 'Kali Linux Rolling' },
        { name: 'Ubuntu-24.04', friendlyName: 'Ubuntu 24.04 LTS' },
      ]);
    }
  });

  it('without a table: null', () => {
    expect(parseWslListOnline('Failed to fetch the list distribution\n')).toEqual({ distros: null });
  });
});

describe('systeminfo', () => {
  const allYesButFirmware = { hypervisorDetected: false, vmMonitorModeExtensions: true, virtualizationEnabledInFirmware: false, secondLevelAddressTranslation: true, dataExecutionPrevention: true };

  it('English blocks, also misaligned with markdown bold', () => {
    eachEncoding('win/systeminfo-firmware-no-en-03.txt', (b) => expect(parseSystemInfo(b)).toEqual({ hyperV: allYesButFirmware }));
    eachEncoding('win/systeminfo-firmware-no-en-02.txt', (b) => expect(parseSystemInfo(b)).toEqual({ hyperV: allYesButFirmware }));
  });

  it('a findstr excerpt: what is not shown stays null', () => {
    eachEncoding('win/systeminfo-firmware-no-en-01.txt', (b) =>
      expect(parseSystemInfo(b).hyperV).toEqual({ hypervisorDetected: false, vmMonitorModeExtensions: true, virtualizationEnabledInFirmware: false, secondLevelAddressTranslation: null, dataExecutionPrevention: null }),
    );
  });

  it('"A hypervisor has been detected": true and the other four null', () => {
    eachEncoding('win/systeminfo-hypervisor-detected-en-02.txt', (b) =>
      expect(parseSystemInfo(b).hyperV).toEqual({ hypervisorDetected: true, vmMonitorModeExtensions: null, virtualizationEnabledInFirmware: null, secondLevelAddressTranslation: null, dataExecutionPrevention: null }),
    );
  });

  it('Get-ComputerInfo property names', () => {
    eachEncoding('win/get-computerinfo-firmware-false-en-01.txt', (b) => expect(parseSystemInfo(b)).toEqual({ hyperV: allYesButFirmware }));
  });

  it('zh-CN (both colon widths) and German by position', () => {
    const zh = 'Hyper-V 要求:     虚拟机监视器模式扩展: 是\n                  固件中已启用虚拟化： 否\n                  二级地址转换: 是\n                  数据执行保护可用: 是\n';
    expect(parseSystemInfo(zh)).toEqual({ hyperV: allYesButFirmware });
    const de = 'Anforderungen für Hyper-V:     VM-Überwachungsmodus-Erweiterungen: Ja\n     In Firmware aktivierte Virtualisierung: Nein\n     Adressübersetzung der zweiten Ebene: Ja\n     Datenausführungsverhinderung verfügbar: Ja\n';
    expect(parseSystemInfo(de)).toEqual({ hyperV: allYesButFirmware });
    expect(parseSystemInfo('Hyper-V 要求:     已检测到虚拟机监控程序。将不显示 Hyper-V 所需的功能。\n').hyperV.hypervisorDetected).toBe(true);
  });

  it('no Hyper-V block: all null', () => {
    expect(parseSystemInfo('OS Name: Microsoft Windows 11 Pro\n').hyperV).toEqual({ hypervisorDetected: null, vmMonitorModeExtensions: null, virtualizationEnabledInFirmware: null, secondLevelAddressTranslation: null, dataExecutionPrevention: null });
  });
});

describe('go env', () => {
  it('double quotes (before Go 1.21) and single quotes (1.21+)', () => {
    eachEncoding('linux/go-env-default-proxy-01.txt', (b) => {
      const v = parseGoEnv(b).vars;
      expect(v.GOPROXY).toBe('https://proxy.golang.org,direct');
      expect(v.GOROOT).toBe('/www/server/go');
      expect(v.GOBIN).toBe('/www/server/go/bin');
      expect(v.GOEXE).toBe('');
      expect(v.GOVERSION).toBe('go1.17.3');
    });
    eachEncoding('linux/go-env-single-quote-format-01.txt', (b) => {
      const v = parseGoEnv(b).vars;
      expect(v.GOTOOLCHAIN).toBe('auto');
      expect(v.GOENV).toBe('/Users/xx/Library/Application Support/go/env');
      expect(v.GOROOT).toBe('/usr/local/go');
    });
  });

  it('a value cut off by the paste keeps what was printed', () => {
    eachEncoding('linux/go-env-default-proxy-01.txt', (b) => expect(parseGoEnv(b).vars.GOGCCFLAGS).toMatch(/^-fPIC -m64 .*\/tmp\/go-build$/));
  });

  it('go env -json, Windows `set` form, escaped single quote', () => {
    expect(parseGoEnv('{\n  "GOPROXY": "https://goproxy.cn,direct",\n  "CGO_ENABLED": "1"\n}\n').vars).toEqual({ GOPROXY: 'https://goproxy.cn,direct', CGO_ENABLED: '1' });
    expect(parseGoEnv('set GOPATH=C:\\Users\\me\\go\r\nset GOOS=windows\r\n').vars).toEqual({ GOPATH: 'C:\\Users\\me\\go', GOOS: 'windows' });
    expect(parseGoEnv("GOFLAGS='-ldflags=it'\\''s'\n").vars.GOFLAGS).toBe("-ldflags=it's");
  });

  it('an error instead of env: no vars', () => {
    eachEncoding('linux/go-env-error-goroot-trimmed-01.txt', (b) => expect(parseGoEnv(b)).toEqual({ vars: {} }));
  });
});

describe('resolv.conf', () => {
  it('WSL-generated, with search domains, dnsTunneling address', () => {
    eachEncoding('linux/resolv-conf-dns-tunneling-01.txt', (b) => expect(parseResolvConf(b)).toEqual({ nameservers: ['10.255.255.254'], generatedByWsl: true, search: ['LUCASTHEISEN.COM', 'lucastheisen.home'] }));
    eachEncoding('linux/resolv-conf-wsl-generated-01.txt', (b) => expect(parseResolvConf(b)).toEqual({ nameservers: ['172.24.16.1'], generatedByWsl: true, search: [] }));
  });

  it('hand-written file: generatedByWsl false; nothing at all: null', () => {
    expect(parseResolvConf('nameserver 8.8.8.8\nnameserver 2001:4860:4860::8888\n')).toEqual({ nameservers: ['8.8.8.8', '2001:4860:4860::8888'], generatedByWsl: false, search: [] });
    expect(parseResolvConf('cat: /etc/resolv.conf: No such file or directory\n')).toEqual({ nameservers: [], generatedByWsl: null, search: [] });
  });
});
