import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src-shared/contract/errors';
import { createSessionStore, offersMachinePicker } from '../../../src-renderer/store/session';
import { appInfo, fakeApi, machineA, machineB } from '../fake-api';

describe('offersMachinePicker', () => {
  it('only for a replay host over the harness', () => {
    expect(offersMachinePicker(appInfo())).toBe(true);
    expect(offersMachinePicker(appInfo({ transport: 'electron' }))).toBe(false);
    expect(offersMachinePicker(appInfo({ hostKind: 'windows' }))).toBe(false);
    expect(offersMachinePicker(appInfo({ hostKind: 'local-linux' }))).toBe(false);
    expect(offersMachinePicker(null)).toBe(false);
  });
});

describe('session store', () => {
  it('loads app.info and, on the replay demo, the recorded machines', async () => {
    const f = fakeApi({
      'app.info': () => appInfo(),
      'machines.list': () => ({ machines: [machineA, machineB], current: machineA.id }),
    });
    const s = createSessionStore(f.api);
    await s.getState().load();
    expect(s.getState()).toMatchObject({ loading: false, error: null, currentMachine: 'win11-healthy' });
    expect(s.getState().info?.readOnly).toBe(true);
    expect(s.getState().machines.map((m) => m.id)).toEqual(['win11-healthy', 'win10-novirt']);
  });

  it('does not ask for machines in the real app', async () => {
    const f = fakeApi({ 'app.info': () => appInfo({ hostKind: 'windows', transport: 'electron', readOnly: false, machine: null }) });
    const s = createSessionStore(f.api);
    await s.getState().load();
    expect(f.calls.map((c) => c.channel)).toEqual(['app.info']);
    expect(s.getState().machines).toEqual([]);
  });

  it('reports a failed load as an error message with its code', async () => {
    const f = fakeApi({
      'app.info': () => {
        throw new ApiError('INTERNAL', 'connection to the app was lost');
      },
    });
    const s = createSessionStore(f.api);
    await s.getState().load();
    expect(s.getState().info).toBeNull();
    expect(s.getState().error).toBe('connection to the app was lost (INTERNAL)');
  });

  it('switching machine re-reads app.info and the list', async () => {
    let current = machineA;
    const f = fakeApi({
      'app.info': () => appInfo({ machine: current }),
      'machines.list': () => ({ machines: [machineA, machineB], current: current.id }),
      'machines.select': ({ id }) => {
        current = id === machineB.id ? machineB : machineA;
        return { machine: current };
      },
    });
    const s = createSessionStore(f.api);
    await s.getState().load();
    await expect(s.getState().selectMachine(machineB.id)).resolves.toBe(true);
    expect(s.getState().info?.machine?.id).toBe('win10-novirt');
    expect(s.getState().currentMachine).toBe('win10-novirt');
    expect(s.getState().switching).toBe(false);
    expect(f.calls.map((c) => c.channel)).toEqual([
      'app.info',
      'machines.list',
      'machines.select',
      'app.info',
      'machines.list',
    ]);
  });

  it('a refused switch keeps the old machine and says why', async () => {
    const f = fakeApi({
      'app.info': () => appInfo(),
      'machines.list': () => ({ machines: [machineA], current: machineA.id }),
      'machines.select': () => {
        throw new ApiError('NOT_FOUND', 'no such machine');
      },
    });
    const s = createSessionStore(f.api);
    await s.getState().load();
    await expect(s.getState().selectMachine('nope')).resolves.toBe(false);
    expect(s.getState().currentMachine).toBe('win11-healthy');
    expect(s.getState().switchError).toBe('no such machine (NOT_FOUND)');
  });
});
