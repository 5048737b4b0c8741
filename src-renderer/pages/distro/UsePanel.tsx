import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { DistroOption } from '../../../src-shared/contract/distro';
import { isValidUsername } from '../../../src-shared/distro';
import { FindingList } from '../../components/findings';
import { usePrimaryAction } from '../../components/footer/usePrimaryAction';
import { CancelButton } from '../../components/progress';
import { useDistro, useStores } from '../../store';
import { UserField } from './UserField';

/**
 * The one action for a distro that is there: use it as this user (after
 * converting it to WSL 2 when it runs as WSL 1), then go on to Go.
 */
export function UsePanel({ option }: { option: z.infer<typeof DistroOption> }) {
  const { t } = useTranslation('distro');
  const stores = useStores();
  const user = useDistro((s) => s.user);
  const busy = useDistro((s) => s.busy);
  const taskId = useDistro((s) => s.taskId);
  const target = useDistro((s) => s.target);
  const v2 = useDistro((s) => s.v2);
  const use = async () => {
    if (await stores.distro.getState().confirm()) stores.steps.getState().go('go');
  };
  const label = option.needsV2 ? t('use.convertButton', { name: option.name }) : t('use.button', { name: option.name });
  const status = busy === 'confirm' ? t('use.converting', { name: option.name }) : target ? t('use.done', { name: target.distro, user: target.user }) : '';
  const disabled = busy !== null || !isValidUsername(user.trim());
  const inFooter = usePrimaryAction({ label, run: () => void use(), disabled, busy: busy === 'confirm', taskId: busy === 'confirm' ? taskId : null, status, rank: 10 });
  return (
    <div className="action-panel">
      <UserField distro={option.name} />
      <div className="toolbar">
        {!inFooter && (
          <button type="button" className="button" disabled={disabled} onClick={() => void use()}>
            {label}
          </button>
        )}
        {!inFooter && busy === 'confirm' && <CancelButton taskId={taskId} />}
        {!inFooter && (
          <p className="toolbar__status" role="status" aria-live="polite">
            {status}
          </p>
        )}
      </div>
      {v2 && <FindingList ids={v2.steps.flatMap((s) => s.findings)} />}
    </div>
  );
}
