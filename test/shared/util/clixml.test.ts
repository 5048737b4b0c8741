import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClixmlStream, decodeClixml } from '../../../src-shared/util/clixml';

const NS = 'xmlns="http://schemas.microsoft.com/powershell/2004/04"';

// PowerShell/PowerShell#5912 (description, "Actual behavior"): `throw 'boom'` with stderr redirected.
const BOOM =
  '#< CLIXML\r\n' +
  `<Objs Version="1.1.0.1" ${NS}><S S="Error">boom_x000D__x000A_</S><S S="Error">At line:1 char:1_x000D__x000A_</S>` +
  `<S S="Error">+ throw 'boom'_x000D__x000A_</S><S S="Error">+ ~~~~~~~~~~~~_x000D__x000A_</S>` +
  `<S S="Error">+ CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException_x000D__x000A_</S>` +
  `<S S="Error">+ FullyQualifiedErrorId : boom_x000D__x000A_</S></Objs>`;

// ansible/ansible#83848 (comment by webknjaz, 2024-08-26): a progress-only block after a native tool's own stderr text.
const PROGRESS =
  'Reboot command failed, error was:  The interface is unknown.(1717)\n#< CLIXML\r\n' +
  `<Objs Version="1.1.0.1" ${NS}><Obj S="progress" RefId="0"><TN RefId="0"><T>System.Management.Automation.PSCustomObject</T>` +
  '<T>System.Object</T></TN><MS><I64 N="SourceId">1</I64><PR N="Record"><AV>Preparing modules for first use.</AV><AI>0</AI>' +
  '<Nil /><PI>-1</PI><PC>-1</PC><T>Completed</T><SR>-1</SR><SD> </SD></PR></MS></Obj></Objs>';

describe('decodeClixml (real captures)', () => {
  it('turns PowerShell 5.1 error records into the plain error text', () => {
    expect(decodeClixml(BOOM)).toBe(
      'boom\r\nAt line:1 char:1\r\n+ throw \'boom\'\r\n+ ~~~~~~~~~~~~\r\n+ CategoryInfo          : OperationStopped: (boom:String) [], RuntimeException\r\n+ FullyQualifiedErrorId : boom\r\n',
    );
  });

  it('drops progress records and keeps the text around the block', () => {
    expect(decodeClixml(PROGRESS)).toBe('Reboot command failed, error was:  The interface is unknown.(1717)\n');
  });

  it('undoes XML entities and _xHHHH_ escapes (tabs, surrogate pairs, a literal "_x")', () => {
    const text = `#< CLIXML\r\n<Objs Version="1.1.0.1" ${NS}><S S="Error">a &lt;b&gt; &amp; "c"_x0009_d_xD83D__xDE00__x005F_x0041_</S></Objs>`;
    expect(decodeClixml(text)).toBe('a <b> & "c"\td😀_x0041_');
  });

  it('leaves text without CLIXML alone, and handles two blocks', () => {
    expect(decodeClixml('plain error\r\n')).toBe('plain error\r\n');
    expect(decodeClixml(`${BOOM}\r\n${PROGRESS}`)).toContain('boom\r\n');
    expect(decodeClixml(`${BOOM}\r\n${PROGRESS}`)).toContain('The interface is unknown.(1717)');
    expect(decodeClixml(`${BOOM}\r\n${PROGRESS}`)).not.toContain('<');
  });

  it('reads the records there are when the block is cut short', () => {
    expect(decodeClixml(BOOM.slice(0, BOOM.indexOf('<S S="Error">+ throw')))).toBe('boom\r\nAt line:1 char:1\r\n');
  });
});

describe('ClixmlStream', () => {
  it('gives the same text as the whole decode, however the stream is cut (WinRb/WinRM#106: the marker arrives as its own chunk)', () => {
    const whole = `native line\r\n${BOOM}\r\n${PROGRESS}\r\ntrailing\r\n`;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: whole.length }), { maxLength: 10 }), (cuts) => {
        const s = new ClixmlStream();
        let out = '';
        let at = 0;
        for (const c of [...cuts].sort((a, b) => a - b)) {
          out += s.write(whole.slice(at, c));
          at = Math.max(at, c);
        }
        out += s.write(whole.slice(at)) + s.end();
        expect(out).toBe(decodeClixml(whole));
      }),
    );
  });

  it('passes plain text through at once', () => {
    const s = new ClixmlStream();
    expect(s.write('Deployment Image Servicing\r\n')).toBe('Deployment Image Servicing\r\n');
    expect(s.write('#< CLI')).toBe('');
    expect(s.write(`XML\r\n<Objs ${NS}><S S="Error">x_x000A_</S></Objs>\r\n`)).toBe('x\n');
  });
});
