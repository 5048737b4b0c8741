import { FindingExplanation } from './FindingExplanation';

/** Several findings, most likely first, each explained from the catalog. Nothing when there are none. */
export function FindingList({ ids, evidence = {} }: { ids: readonly string[]; evidence?: Readonly<Record<string, readonly string[]>> }) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  return (
    <ul className="findings">
      {unique.map((id) => (
        <li key={id}>
          <FindingExplanation id={id} evidence={evidence[id] ?? []} />
        </li>
      ))}
    </ul>
  );
}
