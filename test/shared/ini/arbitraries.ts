import fc from 'fast-check';
import { ensureBlock, type Setting } from '../../../src-shared/ini';

/**
 * Random INI files the way people actually leave them: comments with '#' and ';',
 * odd spacing and tabs, CRLF/LF/CR mixed, no final newline, a BOM, quoted values
 * with trailing comments, backslash continuations, unicode and plain garbage,
 * and (often) keys we are about to set, with the same or another value.
 */
const noEol = (s: string) => s.replace(/[\r\n]/g, '');
const ws = fc.constantFrom('', ' ', '  ', '\t', ' \t ');
const eol = fc.constantFrom('\n', '\n', '\r\n', '\r\n', '\r');
const junk = fc.string({ unit: 'grapheme', maxLength: 24 }).map(noEol);
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
const knownSection = fc.constantFrom('boot', 'BOOT', 'automount', 'network', 'interop', 'user', 'wsl2', 'experimental');
const knownKey = fc.constantFrom('systemd', 'Systemd', 'options', 'generateResolvConf', 'appendWindowsPath', 'default', 'networkingMode', 'dnsTunneling', 'autoProxy');
const value = fc.oneof(
  fc.constantFrom('true', 'false', 'TRUE', '0', '1', 'mirrored', 'nat', '"metadata,umask=22,fmask=11"', 'metadata', '"a # b"', 'x\\ty'),
  junk.map((s) => s.replace(/[\\"#]/g, '')),
  junk,
);

const line = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(ws, fc.constantFrom('#', ';', '# ', '##'), junk).map(([a, b, c]) => a + b + c) },
  { weight: 2, arbitrary: ws },
  { weight: 3, arbitrary: fc.tuple(ws, fc.oneof(knownSection, name), ws, fc.option(junk.map((j) => ` # ${j}`), { nil: '' })).map(([a, n, b, c]) => `${a}[${n}]${b}${c}`) },
  { weight: 1, arbitrary: fc.tuple(name, ws).map(([n, w]) => `[${w}${n}${w}]`) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(ws, fc.oneof(knownKey, name), ws, ws, value, fc.option(junk.map((j) => ` # ${j}`), { nil: '' }), fc.boolean())
      .map(([a, k, b, c, v, cm, cont]) => `${a}${k}${b}=${c}${v}${cm}${cont ? '\\' : ''}`),
  },
  { weight: 1, arbitrary: junk },
  // A section we care about with one of our keys right under it: the conflict / satisfied cases.
  {
    weight: 3,
    arbitrary: fc
      .tuple(knownSection, eol, ws, knownKey, ws, value)
      .map(([sec, e, a, k, b, v]) => `[${sec}]${e}${a}${k}${b}=${v}`),
  },
);

export const iniText = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 30 }), fc.boolean())
  .map(([bom, lines, finalEol]) => {
    let s = bom ? '\uFEFF' : '';
    lines.forEach(([l, e], i) => {
      s += l + (i === lines.length - 1 && !finalEol ? '' : e);
    });
    return s;
  });

export const wanted: fc.Arbitrary<Setting[]> = fc
  .subarray(
    [
      { section: 'boot', key: 'systemd', value: 'true' },
      { section: 'automount', key: 'options', value: '"metadata,umask=22,fmask=11"' },
      { section: 'network', key: 'generateResolvConf', value: 'false' },
      { section: 'interop', key: 'appendWindowsPath', value: 'false' },
      { section: 'user', key: 'default', value: 'gopher' },
      { section: 'wsl2', key: 'networkingMode', value: 'mirrored' },
    ],
    { minLength: 0 },
  )
  .map((xs) => xs.map((x) => ({ ...x })));

export const fallbackEol = fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n');

/** A file that already carries our block (from an earlier run), with the user's edits after it. */
export const iniWithBlock = fc.tuple(iniText, wanted, iniText, fallbackEol).map(([pre, settings, post, e]) => {
  const r = ensureBlock(pre, { blockId: 'config', settings, fallbackEol: e });
  if (!r.ok) throw new Error('could not build a file with a block');
  return r.text + post;
});
