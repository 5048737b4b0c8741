import { LaterStepPanel } from '../components/LaterStepPanel';

/** Not built yet: the panel explains what this step will do. Later work replaces the body. */
export function WslPage() {
  return <LaterStepPanel step="wsl" />;
}
