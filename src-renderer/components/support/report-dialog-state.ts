import { useSyncExternalStore } from 'react';

/**
 * Whether the report dialog is open: one flag shared by the header button and
 * the Finish page's button, so there is one dialog and one place it lives.
 */
let open = false;
const listeners = new Set<() => void>();

export function setReportDialogOpen(value: boolean): void {
  if (open === value) return;
  open = value;
  for (const l of listeners) l();
}

export function useReportDialog(): [boolean, (value: boolean) => void] {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
    // Server rendering (the page tests) starts closed.
    () => false,
  );
  return [value, setReportDialogOpen];
}
