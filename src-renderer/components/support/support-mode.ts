import { useCallback, useEffect, useState } from 'react';

const KEY = 'go-wsl-setup.support-mode';

/** Support mode lives on <html data-support="on">, so one stylesheet can enlarge type and reveal IDs everywhere. */
export function applySupportMode(on: boolean): void {
  if (on) document.documentElement.dataset.support = 'on';
  else delete document.documentElement.dataset.support;
}

function stored(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

/** The toggle's state, remembered across reloads (a helper may ask for several screenshots). */
export function useSupportMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  useEffect(() => applySupportMode(on), [on]);
  const set = useCallback((value: boolean) => {
    setOn(value);
    try {
      window.localStorage.setItem(KEY, value ? 'on' : 'off');
    } catch {
      // Storage may be unavailable; the mode still applies for this session.
    }
  }, []);
  return [on, set];
}
