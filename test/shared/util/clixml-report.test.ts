import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src-shared/report/summary';
import { diagnose } from '../../../src-shared/diagnose';

// The ConstrainedLanguage failure of the elevating PowerShell, as recorded in assets/machines/win11-constrained-language.json.
const CLIXML =
  '#< CLIXML\r\n<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">' +
  '<S S="Error">New-Object : Cannot create type. Only core types are supported in this language mode._x000D__x000A_</S>' +
  '<S S="Error">    + FullyQualifiedErrorId : CannotCreateTypeConstrainedLanguage,Microsoft.PowerShell.Commands.NewObjectCommand_x000D__x000A_</S></Objs>';

describe('CLIXML in diagnosis and in the report', () => {
  it('the diagnoser reads the plain error: policy finding, evidence without XML or _x000D_', () => {
    const [first] = diagnose(CLIXML);
    expect(first?.id).toBe('WSL_GPO_BLOCKED');
    expect(first?.evidence.join('\n')).toContain('Only core types are supported in this language mode.');
    expect(first?.evidence.join('\n')).not.toMatch(/<S |_x000D_|<Objs/);
  });

  it("the report's findings quote the plain error too (the transcript keeps the bytes as written)", () => {
    const summary = buildSummary({ preflight: null, entries: [{ probe: 'windows.enable-features', exitCode: 1, stderr: { text: CLIXML, encoding: 'utf8' } }] });
    const f = summary.findings.find((x) => x.id === 'WSL_GPO_BLOCKED');
    expect(f?.evidence.join('\n')).toContain('Cannot create type.');
    expect(f?.evidence.join('\n')).not.toMatch(/<S |_x000D_|<Objs/);
  });
});
