import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReplayRuntime } from '../../../src-main/app/replay-runtime';
import type { Runtime } from '../../../src-main/ipc/runtime';
import { readTranscriptFile } from '../../../src-main/host/machines';
import { createInvokeHandlers } from '../../../src-main/ipc/handlers';
import type { HandlerContext } from '../../../src-main/ipc/dispatcher';
import { setReportPathChooser } from '../../../src-main/services/report';
import { word } from '../../../src-shared/report/markdown-words';
import { SupportReport } from '../../../src-shared/report/schema';
import { spyTerminal } from '../ipc/fake-runtime';
import { pacFingerprint } from '../../../src-main/services/report/neutral-pac';
import { COMPANY_PAC, machineFiles, MACHINES_DIR, SEEDED_RUNS, SEEDS, seededTranscript } from './seeded-machines';
import type { Transcript } from '../../../src-shared/transcript/schema';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gws-report-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ctx = {} as HandlerContext;

function runtimeFor(transcript: Transcript, readOnly = false): Runtime {
  return createReplayRuntime({
    emit: () => undefined,
    terminal: spyTerminal(),
    machines: null,
    transcript,
    readOnly,
    shell: null,
    dataDir: fs.mkdtempSync(path.join(tmp, 'data-')),
  });
}

/** A session on a seeded machine: the preflight, then the distro-side runs. */
async function seededSession(file: string) {
  const runtime = runtimeFor(seededTranscript(path.join(MACHINES_DIR, file)));
  const handlers = createInvokeHandlers(runtime);
  const preflight = await handlers['preflight.run']({}, ctx);
  for (const { spec } of SEEDED_RUNS) await runtime.host().run(spec);
  return { runtime, handlers, preflight };
}

const lower = (s: string) => s.toLowerCase();
/** Every text a report carries, decoded: the JSON as written and each output as the replay would read it. */
function allText(built: { markdown: string; json: string }): string {
  const report = SupportReport.parse(JSON.parse(built.json));
  const outputs = report.transcript.entries.flatMap((e) => [e.stdout, e.stderr]).map((o) => (o && 'text' in o ? o.text : o ? Buffer.from(o.base64, 'base64').toString() : ''));
  return [built.markdown, built.json, ...outputs].join('\n');
}

describe.each(machineFiles())('report from %s seeded with personal data and secrets', (file) => {
  it('the redacted report holds none of them, and still the facts, steps and findings', async () => {
    const { handlers, preflight } = await seededSession(file);
    const built = await handlers['report.build']({ redact: true, lang: 'en', steps: { preflight: 'attention' } }, ctx);
    const text = lower(allText(built));
    for (const [name, value] of Object.entries({ ...SEEDS.personal, ...SEEDS.secret })) {
      expect(text, `${name} (${value}) leaked`).not.toContain(lower(value));
    }
    // The gitName's parts are masked alone too.
    expect(text).not.toContain('chenoweth');
    // The company PAC is replaced by the neutral one, which says what it stands for.
    expect(text).toContain('go-wsl-setup replaced this pac in a redacted report');
    expect(text).toContain(lower(pacFingerprint(COMPANY_PAC)));
    // What support needs is still there.
    expect(built.markdown).toContain('# go-wsl-setup support report');
    if (preflight.windows.build !== null) expect(built.markdown).toContain(String(preflight.windows.build));
    for (const check of preflight.checks.filter((c) => c.status !== 'ok')) for (const id of check.findings) expect(built.markdown).toContain(id);
    expect(built.markdown).toContain('| `preflight` |');
    expect(built.markdown).toMatch(/\| `go` \| failed \|/);
    expect(built.runs).toBeGreaterThanOrEqual(3 + SEEDED_RUNS.length);
    expect(built.fileName).toMatch(/^go-wsl-setup-report-\d{8}-\d{6}\.json$/);
  });

  it('with personal data shown, secrets are still removed', async () => {
    const { handlers } = await seededSession(file);
    const built = await handlers['report.build']({ redact: false, lang: 'en' }, ctx);
    const text = allText(built);
    for (const [name, value] of Object.entries(SEEDS.secret).filter(([k]) => k !== 'proxyUser')) expect(text, `${name} leaked`).not.toContain(value);
    // The seeds did reach the report: so the redacted test above proves masking, not absence.
    for (const [name, value] of Object.entries(SEEDS.personal)) expect(text, `${name} was not seeded`).toContain(value);
  });
});

describe('replaying a report', () => {
  it('opens read-only and shows the same machine the user saw', async () => {
    const file = 'win10-virt-off-zh.json';
    const { handlers, preflight } = await seededSession(file);
    const built = await handlers['report.build']({ redact: true, lang: 'zh-CN' }, ctx);
    expect(built.markdown).toContain('支持报告');
    // The machine table's row names are Chinese too (they were English before).
    expect(built.markdown).toContain('| 内部版本 | 19045');
    expect(built.markdown).not.toMatch(/^\| (Build|Edition|Kernel|Distros) \|/m);
    const reportFile = path.join(tmp, built.fileName);
    fs.writeFileSync(reportFile, built.json);
    const transcript = readTranscriptFile(reportFile);
    const replay = runtimeFor(transcript, true);
    const again = await createInvokeHandlers(replay)['preflight.run']({}, ctx);
    expect(again.windows.build).toBe(preflight.windows.build);
    expect(again.wsl).toEqual(preflight.wsl);
    expect(again.checks.map((c) => [c.id, c.status, c.findings])).toEqual(preflight.checks.map((c) => [c.id, c.status, c.findings]));
    // Read-only: an action is refused, not simulated.
    await expect(replay.host().run({ id: 'wsl.install', argv: ['wsl.exe'], mutates: true })).rejects.toMatchObject({ code: 'READ_ONLY' });
    // A report of the replay is itself a report (support can pass it on).
    const second = await createInvokeHandlers(replay)['report.build']({ redact: true, lang: 'en' }, ctx);
    expect(SupportReport.safeParse(JSON.parse(second.json)).success).toBe(true);
  });
});

describe('report.save', () => {
  it('is refused where main has no save dialog (the harness: the page downloads instead)', async () => {
    const { handlers } = await seededSession('win11-healthy.json');
    await expect(handlers['report.save']({ redact: true, lang: 'en' }, ctx)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('writes the JSON or the Markdown, atomically, where the chooser says; cancelled writes nothing', async () => {
    const { runtime, handlers } = await seededSession('win11-healthy.json');
    const target = path.join(tmp, 'chosen');
    fs.mkdirSync(target);
    let answer: string | null = path.join(target, 'r.json');
    const langs: string[] = [];
    setReportPathChooser(runtime, async (suggested, lang) => {
      expect(suggested).toMatch(/\.json$/);
      langs.push(lang);
      return answer;
    });
    const saved = await handlers['report.save']({ redact: true, lang: 'en' }, ctx);
    expect(saved).toEqual({ saved: true, path: path.join(target, 'r.json') });
    expect(SupportReport.parse(JSON.parse(fs.readFileSync(path.join(target, 'r.json'), 'utf8'))).redacted).toBe(true);
    answer = path.join(target, 'r.md');
    await handlers['report.save']({ redact: true, lang: 'en' }, ctx);
    expect(fs.readFileSync(answer, 'utf8')).toMatch(/^# go-wsl-setup support report/);
    answer = null;
    expect(await handlers['report.save']({ redact: true, lang: 'en' }, ctx)).toEqual({ saved: false, path: null });
    expect(fs.readdirSync(target).sort()).toEqual(['r.json', 'r.md']);
    // The save dialog is main's own window: it gets the reader's language for its words.
    await handlers['report.save']({ redact: true, lang: 'zh-CN' }, ctx);
    expect(langs).toEqual(['en', 'en', 'en', 'zh-CN']);
    expect(word('zh-CN', 'save.title')).toBe('保存支持报告');
    expect(word('en', 'save.title')).toBe('Save support report');
  });
});
