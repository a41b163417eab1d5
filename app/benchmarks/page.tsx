import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getBenchmarks, getBenchmarkVariants, getBestResults, getTestSetFacts } from '@/db/queries';
import { categoryName, pickVariant } from '../_charts/kinds/results';
import { Finding } from '../_components/finding';
import { getI18n } from '../_i18n/server';
import { isQwen3 } from '../_lib/encodings';
import { benchmarksFinding, type IndexLeader } from '../_lib/findings/catalog';
import { leaderboard, leaders } from '../_lib/findings/leaderboard';
import { nameOf } from '../_lib/findings/sentence';
import { factsIndex } from '../_lib/result-facts';
import { StaticHtml } from '../_components/static-html';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('benchmarks.title') };
}

export default async function BenchmarksPage() {
  await connection();
  const tr = await getI18n();
  const { t, href, num } = tr;
  const benchmarks = getBenchmarks();
  const facts = factsIndex(getTestSetFacts());
  // Each benchmark's leader, in the version, subset and metric with the most results (the one its
  // page opens on): a leaderboard of leaderboards. Only the results holding the best score are
  // read, and the count of models beside them (every result of every benchmark was 39 s at 1M).
  const lead = new Map(
    benchmarks.map((b) => {
      const v = pickVariant(getBenchmarkVariants(b.id), {});
      const lowerIsBetter = b.higherIsBetter === 'no';
      const best = v
        ? getBestResults({ benchmark: b.id, version: v.version, metric: v.metric, unit: v.unit }, lowerIsBetter)
        : { rows: [], models: 0 };
      const first = leaders(leaderboard(best.rows, facts, lowerIsBetter));
      return [b.id, { first, models: best.models, unit: v?.unit ?? b.unit }] as const;
    }),
  );
  const indexLeaders: IndexLeader[] = benchmarks.flatMap((b) =>
    (lead.get(b.id)?.first ?? []).map((e) => ({
      benchmark: b.name,
      modelId: e.cell.row.modelId,
      model: e.cell.row.model,
      family: e.cell.row.family,
    })),
  );
  const categories = [...new Set(benchmarks.map((b) => b.category))];
  return (
    <>
      <h1>{t('benchmarks.title')}</h1>
      <Finding sentences={benchmarksFinding(indexLeaders, benchmarks.length, tr)} tr={tr} />
      <p className="lede">{t('benchmarks.lede')}</p>
      <StaticHtml className="grid">
        <>
          {categories.map((category) => (
            <section className="panel" key={category} aria-labelledby={`cat-${category}`}>
              <h2 id={`cat-${category}`} className="category">
                {categoryName(category, tr)}
              </h2>
              {/* Laid out at once (no content-visibility): a few rows each, and a placeholder's
                  size swapped for the real one moved the panels below (CLS 0.03–0.06 on a phone). */}
              <div className="table-wrap now">
                <table className="index">
                  <thead>
                    <tr>
                      <th scope="col">{t('table.benchmark')}</th>
                      <th scope="col">{t('benchmarks.leader')}</th>
                      <th scope="col" className="num">
                        {t('table.results')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {benchmarks
                      .filter((b) => b.category === category)
                      .map((b) => {
                        const l = lead.get(b.id);
                        const top = l?.first ?? [];
                        return (
                          <tr key={b.id}>
                            <th scope="row">
                              <a href={href(`/benchmarks/${b.id}`)}>{b.name}</a>
                            </th>
                            <td
                              className={
                                top.some((e) => isQwen3(e.cell.row.family, e.cell.row.model)) ? 'q' : undefined
                              }
                            >
                              {top.length === 0 ? (
                                <span className="muted">—</span>
                              ) : (
                                <>
                                  {top.map((e) => nameOf(e.cell.row, tr)).join(', ')}{' '}
                                  <b className="num">{top[0]!.value.scoreText}</b>
                                  {top.length === 1 && l!.models > 1 && (
                                    <small>{t('benchmarks.of', { count: l!.models })}</small>
                                  )}
                                </>
                              )}
                            </td>
                            <td className="num">{num(b.results)}</td>
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      </StaticHtml>
    </>
  );
}
