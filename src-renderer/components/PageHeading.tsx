import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the step changes so keyboard and screen
 * reader users land at the start of the new page instead of the old button.
 */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Not on the first paint: stealing focus at start-up would skip the header controls.
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
