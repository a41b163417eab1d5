import { getDatedBenchmarks, getModels, readingAsOf, type ScoreRow } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import { withAsOf } from '../_lib/as-of-link';
import { ClaimForm } from './claim-form';

/**
 * On a model's page: "does this model beat another?" (the form, the model fixed, its benchmarks
 * to choose from) and its benchmarks' records over time, each link marking its launch.
 */
export async function ModelClaims({
  model,
  rows,
}: {
  model: { id: string; name: string; releaseDate: string };
  rows: ScoreRow[];
}) {
  const tr = await getI18n();
  const { t, href } = tr;
  const benchmarks = [
    ...new Map(rows.map((r) => [r.benchmarkId, { id: r.benchmarkId, name: r.benchmark }])).values(),
  ].sort((a, b) => a.name.localeCompare(b.name));
  if (benchmarks.length === 0) return null;
  const others = getModels()
    .filter((m) => m.results > 0 && m.id !== model.id)
    .map((m) => ({ id: m.id, name: m.name, results: m.results }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const dated = new Set(getDatedBenchmarks());
  const records = model.releaseDate ? benchmarks.filter((b) => dated.has(b.id)) : [];
  const asOf = readingAsOf();
  return (
    <>
      {records.length > 0 && (
        <p data-testid="model-records">
          {t('record.fromModel', { model: model.name })}{' '}
          {records.map((b, i) => (
            <span key={b.id}>
              {i > 0 && ' · '}
              <a href={href(withAsOf(`/benchmarks/${b.id}?launch=${model.id}#record`, asOf))}>{b.name}</a>
            </span>
          ))}
        </p>
      )}
      {others.length > 0 && (
        <ClaimForm
          tr={tr}
          title={t('claim.form')}
          lede={t('claim.modelLede', { model: model.name })}
          models={others}
          modelsA={[{ id: model.id, name: model.name }]}
          benchmarks={benchmarks}
          asOf={asOf}
          testId="model-claim"
        />
      )}
    </>
  );
}
