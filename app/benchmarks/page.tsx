import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getBenchmarks } from '@/db/queries';

export const metadata: Metadata = { title: 'Benchmarks' };

export default async function BenchmarksPage() {
  await connection();
  const benchmarks = getBenchmarks();
  const categories = [...new Set(benchmarks.map((b) => b.category))];
  return (
    <>
      <h1>Benchmarks</h1>
      <p className="lede">Every benchmark with published results, by category. Each page charts every model's score.</p>
      <div className="grid">
        {categories.map((category) => (
          <section className="panel" key={category} aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>{category}</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Benchmark</th>
                    <th scope="col">Unit</th>
                    <th scope="col" className="num">
                      Models
                    </th>
                    <th scope="col" className="num">
                      Results
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {benchmarks
                    .filter((b) => b.category === category)
                    .map((b) => (
                      <tr key={b.id}>
                        <td>
                          <a href={`/benchmarks/${b.id}`}>{b.name}</a>
                        </td>
                        <td>{b.unit}</td>
                        <td className="num">{b.models}</td>
                        <td className="num">{b.results}</td>
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
