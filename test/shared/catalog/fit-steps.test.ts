import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../src-shared/catalog';
import { firmwareSteps, fitFixSteps, isWindows11, vendorOf } from '../../../src-shared/catalog/fit-steps';

describe('fix steps fitted to this PC', () => {
  it('takes the Settings path of the Windows it runs on', () => {
    const win10 = firmwareSteps({ build: 19045, manufacturer: null }, 'en')[0]!;
    const win11 = firmwareSteps({ build: 22631, manufacturer: null }, 'en')[0]!;
    expect(win10).toContain('Settings > Update & Security > Recovery');
    expect(win10).not.toContain('Settings > System > Recovery');
    expect(win11).toContain('Settings > System > Recovery');
    expect(firmwareSteps({ build: 19045, manufacturer: null }, 'zh-CN')[0]).toContain('设置 > 更新和安全 > 恢复');
    expect(firmwareSteps({ build: 22000, manufacturer: null }, 'zh-CN')[0]).toContain('设置 > 系统 > 恢复');
    expect([21999, 22000, null].map(isWindows11)).toEqual([false, true, false]);
  });

  it("puts this PC's own maker first and the others on one line after it", () => {
    const hp = firmwareSteps({ build: 19045, manufacturer: 'HP' }, 'en');
    expect(hp[2]).toBe('On this HP PC the switch is usually under Security (or Advanced) > System Options.');
    expect(hp[3]).toMatch(/^Other makers: Lenovo: /);
    expect(hp[3]).not.toContain('HP:');
    const lenovo = firmwareSteps({ build: 22631, manufacturer: 'LENOVO' }, 'zh-CN');
    expect(lenovo[2]).toContain('联想 Lenovo');
    expect(lenovo[3]).toMatch(/^其他品牌：惠普 HP：/);
    expect(vendorOf('Hewlett-Packard')?.name.en).toBe('HP');
    expect(vendorOf('Micro-Star International Co., Ltd.')?.name.en).toBe('MSI');
    expect(vendorOf('Dell Inc.')?.name.en).toBe('Dell');
  });

  it('an unknown maker gets every menu, as the catalog lists them', () => {
    for (const manufacturer of [null, '', 'System manufacturer', 'Microsoft Corporation']) {
      const steps = firmwareSteps({ build: 22631, manufacturer }, 'en');
      expect(steps, String(manufacturer)).toHaveLength(4);
      expect(steps[2]).toMatch(/^Typical menus: HP: .*ASRock: Advanced > CPU Configuration\.$/);
    }
  });

  it('leaves other findings, and a PC without facts, to the catalog', () => {
    const entry = catalogEntry('VMP_FEATURE_MISSING', 'en');
    expect(fitFixSteps('VMP_FEATURE_MISSING', entry.fix, { build: 19045, manufacturer: 'HP' }, 'en')).toBe(entry.fix);
    const virt = catalogEntry('VIRTUALIZATION_DISABLED', 'en');
    expect(fitFixSteps('VIRTUALIZATION_DISABLED', virt.fix, null, 'en')).toBe(virt.fix);
    expect(fitFixSteps('VIRTUALIZATION_DISABLED', virt.fix, { build: 19045, manufacturer: 'HP' }, 'en')).not.toEqual(virt.fix);
  });
});
