import { describe, expect, it } from 'vitest';
import { ReportRequest } from '../../../src-shared/contract/report';
import { STEP_IDS } from '../../../src-shared/contract/steps';
import { ResumeStep } from '../../../src-shared/contract/wsl';
import { stepOfProbe } from '../../../src-shared/report/steps';
import { STEP_IDS as NAV_STEPS } from '../../../src-renderer/store/steps';

/**
 * The step list is written once. When the Editor step was added to the page's
 * list only, main refused every support report ("invalid payload for
 * report.build"): the page sends the state of each step it shows.
 */
describe('one step list', () => {
  it('the page shows exactly the steps main accepts', () => {
    expect(NAV_STEPS).toEqual(STEP_IDS);
    const steps = Object.fromEntries(NAV_STEPS.map((s) => [s, 'done']));
    expect(ReportRequest.safeParse({ redact: true, steps }).success).toBe(true);
    for (const s of NAV_STEPS) expect(ResumeStep.safeParse(s).success, s).toBe(true);
  });

  it("the Editor step's commands are reported under it", () => {
    expect(stepOfProbe('editor.tools.install')).toBe('editor');
    expect(stepOfProbe('editor.editor-hello.sh')).toBe('editor');
  });
});
