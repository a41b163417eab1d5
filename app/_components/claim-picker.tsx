import { getResults, readingAsOf } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import type { Filters } from '../_lib/filters';
import { ClaimForm } from './claim-form';

/**
 * "Check a claim between two of these models": on a benchmark's page, the form with the models
 * that have a number in the view (its mode, version and metric), the benchmark fixed.
 */
export async function ClaimPicker({
  benchmark,
  filters,
}: {
  benchmark: { id: string; name: string };
  filters: Partial<Filters>;
}) {
  const tr = await getI18n();
  const rows = getResults({
    benchmark: benchmark.id,
    mode: filters.mode,
    version: filters.version,
    metric: filters.metric,
  });
  // Rows come best first: the leader and the runner-up are the form's first choice.
  const ranked = [...new Map(rows.map((r) => [r.modelId, { id: r.modelId, name: r.model }])).values()].map(
    (m, i, all) => ({ ...m, results: all.length - i }), // best first among the suggestions of a long list
  );
  if (ranked.length < 2) return null;
  const models = [...ranked].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <ClaimForm
      tr={tr}
      title={tr.t('claim.pickTitle')}
      lede={tr.t('claim.pickLede')}
      models={models}
      benchmarks={[benchmark]}
      a={ranked[0]!.id}
      b={ranked[1]!.id}
      mode={filters.mode && filters.mode !== 'all' ? filters.mode : undefined}
      asOf={readingAsOf()}
      hidden={{ version: filters.version, metric: filters.metric }}
      testId="claim-picker"
    />
  );
}
