import { describe, expect, it } from 'vitest';
import { contentLines, normalize } from '../../../src-shared/parse/normalize';
import { encodeUtf16le } from '../../../src-shared/util/decode';

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const out = (input: string | Uint8Array): string[] => contentLines(normalize(input));

describe('normalize: encodings', () => {
  const text = 'Default Distribution: Ubuntu\r\nDefault Version: 2\r\n';
  const expected = ['Default Distribution: Ubuntu', 'Default Version: 2'];

  it('reads UTF-8, UTF-8 with BOM, UTF-16LE with and without BOM the same way', () => {
    expect(out(utf8(text))).toEqual(expected);
    expect(out(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual(expected);
    expect(out(encodeUtf16le(text, true))).toEqual(expected);
    expect(out(encodeUtf16le(text, false))).toEqual(expected);
  });

  it('reads mostly-CJK UTF-16LE without BOM (almost no NUL bytes to sniff)', () => {
    const zh = '不存在具有所提供名称的分发。没有已安装的分发版。请检查名称。\n';
    expect(out(encodeUtf16le(zh, false))).toEqual([zh.trim()]);
  });

  it('drops NULs between characters (UTF-16 decoded as 8-bit, or a captured string)', () => {
    const nul = [...'Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND'].join('\u0000') + '\u0000\n\u0000';
    expect(out(nul)).toEqual(['Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND']);
    expect(out(utf8(nul))).toEqual(['Error code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND']);
  });
});

describe('normalize: mangled layouts', () => {
  it('un-spaces "U b u n t u" lines, keeping real word gaps', () => {
    expect(out(' U b u n t u   ( D e f a u l t )\n\n\n L e g a c y\n')).toEqual(['Ubuntu (Default)', 'Legacy']);
  });

  it('does not touch ordinary text with single spaces', () => {
    expect(out('go version go1.22.5 linux/amd64\n')).toEqual(['go version go1.22.5 linux/amd64']);
  });

  it('joins one character per line (through more), blank line = line break', () => {
    const more = [...'Default Version: 1'].join('\n') + '\n\n' + [...'Default Distribution: Debian'].join('\n') + '\n';
    expect(out(more)).toEqual(['Default Version: 1', 'Default Distribution: Debian']);
  });

  it('joins one character per line when a blank line follows every character', () => {
    const more = [...'Ubuntu (Default)'].join('\n\n') + '\n\n\n' + [...'Legacy'].join('\n\n') + '\n';
    expect(out(more)).toEqual(['Ubuntu (Default)', 'Legacy']);
  });

  it('collapses the extra blank line after every line', () => {
    expect(out('a: 1\n\nb: 2\n\nc: 3\n\n')).toEqual(['a: 1', 'b: 2', 'c: 3']);
  });

  it('treats a lone CR as a terminal overwrite', () => {
    expect(out('Downloading: 10%\rDownloading: done\n')).toEqual(['Downloading: 10%', 'Downloading: done']);
  });
});

describe('normalize: debris around the output', () => {
  it('marks prompts as commands and keeps what was typed', () => {
    const n = normalize('PS C:\\WINDOWS\\system32> wsl --update\nvagrant@ubuntu:~/fedbox$ make all\n[root@vm ~]# go env\nC:\\Users\\me>wsl -l -v\nreal output\n');
    expect(n.lines.filter((l) => l.kind === 'command').map((l) => l.command)).toEqual(['wsl --update', 'make all', 'go env', 'wsl -l -v']);
    expect(contentLines(n)).toEqual(['real output']);
  });

  it('does not take go\'s answers or PowerShell errors for commands', () => {
    const lines = out('go: downloading go1.22 (linux/amd64)\ngo version go1.22.4 linux/amd64\nEnable-WindowsOptionalFeature : The requested operation requires elevation.\ngo mod tidy: error loading module graph\n');
    expect(lines).toHaveLength(4);
  });

  it('strips progress bars and records where they stopped', () => {
    const n = normalize('Installing: Windows Subsystem for Linux\nError: 0x80240066==========90.0%=====   ]\n[==========================100.0%==========================]\n    0.0%          ]\n');
    expect(contentLines(n)).toEqual(['Installing: Windows Subsystem for Linux', 'Error: 0x80240066']);
    expect(n.progress).toEqual([90, 100, 0]);
  });

  it('strips markdown fences, bold, inline-code lines, images and HTML entities', () => {
    const lines = out('```text\n**Virtualization Enabled In Firmware: No**\n`PS C:\\&gt; wsl --status`\n![shot](https://x/y.png)\nA &amp; B\n```\n');
    expect(lines).toEqual(['Virtualization Enabled In Firmware: No', 'A & B']);
  });

  it('drops terminal banners and curl\'s progress meter', () => {
    const lines = out('Microsoft Windows [Version 10.0.22631.4317]\n(c) Microsoft Corporation. All rights reserved.\n  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n  0     0    0     0    0     0      0      0 --:--:--  0:00:09 --:--:--     0curl: (6) Could not resolve host: example.com\nPress any key to continue...\n');
    expect(lines).toEqual(['curl: (6) Could not resolve host: example.com']);
  });

  it('expands \\r\\n escaped inside quoted strings (docker logs)', () => {
    expect(out('importing "required feature is not installed. \\r\\nError code: Wsl/X/Y\\r\\n"\n')).toEqual(['importing "required feature is not installed.', 'Error code: Wsl/X/Y', '"']);
  });

  it('drops a fixture metadata header so a file and its body read the same', () => {
    const body = 'Error: 0x1bc\n';
    const withHeader = `source: x\nkind: y\nlocale: en\nexpect: OK\nfacts: code=0x80370102\n---\n${body}`;
    expect(out(withHeader)).toEqual(out(body));
  });
});
