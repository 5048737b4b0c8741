import type { ReactNode } from 'react';

/**
 * The page's h1. tabIndex -1 lets AppShell move focus here when the step
 * changes, so keyboard and screen reader users start at the new page.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
