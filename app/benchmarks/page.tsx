import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getBenchmarks } from '@/db/queries';
import { categoryName } from '../_charts/kinds/results';
import { getI18n } from '../_i18n/server';
import { unitName } from '../_lib/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('benchmarks.title') };
}

export default async function BenchmarksPage() {
  await connection();
  const tr = await getI18n();
  const { t, href, num } = tr;
  const benchmarks = getBenchmarks();
  const categories = [...new Set(benchmarks.map((b) => b.category))];
  return (
    <>
      <h1>{t('benchmarks.title')}</h1>
      <p className="lede">{t('benchmarks.lede')}</p>
      <div className="grid">
        {categories.map((category) => (
          <section className="panel" key={category} aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>{categoryName(category, tr)}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('table.benchmark')}</th>
                    <th scope="col">{t('table.unit')}</th>
                    <th scope="col" className="num">
                      {t('table.models')}
                    </th>
                    <th scope="col" className="num">
                      {t('table.results')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {benchmarks
                    .filter((b) => b.category === category)
                    .map((b) => (
                      <tr key={b.id}>
                        <td>
                          <a href={href(`/benchmarks/${b.id}`)}>{b.name}</a>
                        </td>
                        <td>{unitName(b.unit, tr)}</td>
                        <td className="num">{num(b.models)}</td>
                        <td className="num">{num(b.results)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
