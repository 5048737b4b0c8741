import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffText, ensureBlock, parseIni, removeBlock, renderUnified, TAKE_OVER_PREFIX } from '../../../src-shared/ini';

const realWslConf = readFileSync(new URL('../../fixtures/distro/wsl-conf-full-01.txt', import.meta.url), 'utf8').split('---\n')[1] as string;

const config = [
  { section: 'boot', key: 'systemd', value: 'true' },
  { section: 'automount', key: 'options', value: '"metadata,umask=22,fmask=11"' },
];

describe('ensureBlock on real and hand-made files', () => {
  it('reads a real user wsl.conf the way WSL does', () => {
    const doc = parseIni(realWslConf);
    const entries = doc.lines.filter((l) => l.kind === 'entry').map((l) => (l.kind === 'entry' ? `${l.section}.${l.key}=${l.value}` : ''));
    expect(entries).toEqual(['boot.systemd=true', 'automount.enabled=true', 'automount.options=metadata', 'automount.mountFsTab=true', 'network.generateResolvConf=false']);
  });

  it('on the real file: systemd is satisfied, options is a conflict left alone, nothing outside changes', () => {
    const r = ensureBlock(realWslConf, { blockId: 'config', settings: config, fallbackEol: '\n' });
    if (!r.ok) throw new Error('apply failed');
    expect(r.settings.map((s) => [s.setting.key, s.state, s.line, s.current])).toEqual([
      ['systemd', 'satisfied', 2, 'true'],
      ['options', 'conflict', 6, 'metadata'],
    ]);
    // Nothing to write: no empty block is added.
    expect(r.changed).toBe(false);
    expect(r.text).toBe(realWslConf);
  });

  it('taking over a conflicting key comments the user line out with a marker and writes ours in the block', () => {
    const r = ensureBlock(realWslConf, { blockId: 'config', settings: config, fallbackEol: '\n', takeOver: ['automount.options'] });
    if (!r.ok) throw new Error('apply failed');
    expect(r.text).toContain(`${TAKE_OVER_PREFIX}options = "metadata"\n`);
    expect(r.text).toContain('[automount]\noptions="metadata,umask=22,fmask=11"\n# <<< go-wsl-setup:config <<<\n');
    const effective = parseIni(r.text).lines.filter((l) => l.kind === 'entry' && l.key === 'options');
    expect(effective).toHaveLength(1);
    const d = diffText(realWslConf, r.text);
    expect(d.removed).toBe(1);
    expect(renderUnified(d)).toContain('-options = "metadata"');
  });

  it('keeps CRLF files CRLF and adds a newline to a last line that had none', () => {
    const src = '[network]\r\ngenerateResolvConf = true\r\n# my note';
    const r = ensureBlock(src, { blockId: 'config', settings: config, fallbackEol: '\n' });
    if (!r.ok) throw new Error('apply failed');
    expect(r.text.startsWith(`${src}\r\n\r\n# >>> go-wsl-setup:config >>>`)).toBe(true);
    expect(r.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('creates content for a missing file and rewrites the block in place when settings change', () => {
    const first = ensureBlock('', { blockId: 'config', settings: config, fallbackEol: '\n' });
    if (!first.ok) throw new Error('apply failed');
    expect(first.text).toBe(
      '# >>> go-wsl-setup:config >>> managed by go-wsl-setup: changes inside are replaced; undo it in the app\n[boot]\nsystemd=true\n\n[automount]\noptions="metadata,umask=22,fmask=11"\n# <<< go-wsl-setup:config <<<\n',
    );
    const edited = `${first.text}[interop]\nenabled=true\n`;
    const second = ensureBlock(edited, { blockId: 'config', settings: [{ section: 'network', key: 'generateResolvConf', value: 'false' }], fallbackEol: '\n' });
    if (!second.ok) throw new Error('apply failed');
    expect(second.text.endsWith('[network]\ngenerateResolvConf=false\n# <<< go-wsl-setup:config <<<\n[interop]\nenabled=true\n')).toBe(true);
    expect(second.text).not.toContain('systemd');
  });

  it('keeps two blocks with different ids apart', () => {
    const a = ensureBlock('', { blockId: 'user', settings: [{ section: 'user', key: 'default', value: 'gopher' }], fallbackEol: '\n' });
    if (!a.ok) throw new Error('apply failed');
    const b = ensureBlock(a.text, { blockId: 'config', settings: config, fallbackEol: '\n' });
    if (!b.ok) throw new Error('apply failed');
    expect(b.text.indexOf('go-wsl-setup:user <<<')).toBeLessThan(b.text.indexOf('go-wsl-setup:config >>>'));
    const c = removeBlock(b.text, 'config');
    expect(c.ok && c.text).toContain('default=gopher');
    expect(c.ok && c.text).not.toContain('systemd');
  });

  it.each([
    ['unterminated', '# >>> go-wsl-setup:config >>>\n[boot]\n'],
    ['unmatched-end', '[boot]\n# <<< go-wsl-setup:config <<<\n'],
    ['nested', '# >>> go-wsl-setup:config >>>\n# >>> go-wsl-setup:user >>>\n# <<< go-wsl-setup:user <<<\n# <<< go-wsl-setup:config <<<\n'],
    ['duplicate', '# >>> go-wsl-setup:config >>>\n# <<< go-wsl-setup:config <<<\n# >>> go-wsl-setup:config >>>\n# <<< go-wsl-setup:config <<<\n'],
  ])('refuses a file whose markers are %s', (kind, src) => {
    const r = ensureBlock(src, { blockId: 'config', settings: config, fallbackEol: '\n' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe(kind);
  });

  it.each([
    ['a newline in a value', { section: 'boot', key: 'systemd', value: 'true\n[user]\ndefault=root' }],
    ['an unbalanced quote', { section: 'boot', key: 'command', value: '"oops' }],
    ['a bad key name', { section: 'boot', key: 'sys_temd', value: 'true' }],
    ['a section with a bracket', { section: 'boot]x', key: 'systemd', value: 'true' }],
  ])('refuses to write %s', (_label, setting) => {
    const r = ensureBlock('', { blockId: 'config', settings: [setting], fallbackEol: '\n' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('bad-setting');
  });

  it('parses values like WSL: quotes dropped, escapes, unquoted # ends the value, trailing space trimmed, continuation', () => {
    const doc = parseIni('[a]\nk1 = "x # y"  # c\nk2=a\\tb   \nk3=one\\\ntwo\nk4=bad\\q\n;semi=1\n');
    const vals = doc.lines.map((l) => (l.kind === 'entry' ? `${l.key}:${JSON.stringify(l.value)}` : l.kind));
    expect(vals).toEqual(['section', 'k1:"x # y"', 'k2:"a\\tb"', 'k3:"onetwo"', 'continuation', 'invalid', 'invalid']);
  });
});

describe('diffText', () => {
  it('gives hunks with line numbers and shows a CRLF change as a change', () => {
    const d = diffText('a\nb\nc\n', 'a\r\nb\nc\nd\n');
    expect(d.added).toBe(2);
    expect(d.removed).toBe(1);
    expect(d.hunks).toHaveLength(1);
    expect(d.hunks[0]?.lines.map((l) => `${l.op}:${l.text}:${l.oldLine}:${l.newLine}`)).toEqual([
      'remove:a:1:null',
      'add:a:null:1',
      'context:b:2:2',
      'context:c:3:3',
      'add:d:null:4',
    ]);
  });

  it('says identical for identical text and renders nothing', () => {
    const d = diffText('x\n', 'x\n');
    expect(d.identical).toBe(true);
    expect(renderUnified(d)).toBe('');
  });
});
