import type { z } from 'zod';
import type { DiffSchema } from '../../../src-shared/contract/distro';

const SIGN = { context: ' ', add: '+', remove: '-' } as const;

/** A file change exactly as it will be written: removed and added lines marked with - and +. */
export function DiffView({ diff, label }: { diff: z.infer<typeof DiffSchema>; label: string }) {
  return (
    <pre className="diff mono" aria-label={label}>
      {diff.hunks.flatMap((h) =>
        h.lines.map((l, i) => (
          <span key={`${h.oldStart}-${i}`} className={`diff__line diff__line--${l.op}`}>
            {SIGN[l.op]} {l.text}
            {'\n'}
          </span>
        )),
      )}
    </pre>
  );
}
