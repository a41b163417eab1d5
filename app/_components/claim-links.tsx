import { getModel } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import { claimPath } from '../_lib/claim-path';

/**
 * On the compare page: "does A beat B?" on each benchmark the first two models share, each a
 * link to its claim (with the column's version and metric).
 */
export async function ClaimLinks({
  a,
  b,
  columns,
}: {
  a: string;
  b: string;
  columns: { benchmark: string; label: string; version: string; metric: string }[];
}) {
  const tr = await getI18n();
  const [ma, mb] = [getModel(a), getModel(b)];
  if (!ma || !mb || columns.length === 0) return null;
  return (
    <p data-testid="claim-links">
      {tr.t('claim.compareLinks', { a: ma.name, b: mb.name })}
      {columns.map((c, i) => (
        <span key={`${c.benchmark}|${c.version}|${c.metric}`}>
          {i > 0 && ' · '}
          <a href={tr.href(claimPath({ a, b, benchmark: c.benchmark, version: c.version, metric: c.metric }))}>
            {c.label}
          </a>
        </span>
      ))}
    </p>
  );
}
