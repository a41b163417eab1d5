import type { Metadata } from 'next';
import Link from 'next/link';
import { getFamilies, getModels } from '@/db/queries';
import { parseFilters, toQuery, type RawSearchParams } from '../_lib/filters';
import { isQwen3, orgColour } from '../_lib/encodings';
import { formatParams } from '../_lib/format';

export const metadata: Metadata = { title: 'Models' };

const PAGE_SIZE = 100;

export default async function ModelsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const everyModel = getModels();
  const all = everyModel.filter((m) => !filters.family || m.family === filters.family);
  // Qwen3 first, then the rest as sorted by family and size; a page at a time.
  const sorted = [...all].sort((a, b) => Number(isQwen3(b.family)) - Number(isQwen3(a.family)));
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(pages, Number(filters.page ?? 1));
  const models = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const families = getFamilies();
  return (
    <>
      <h1>Models</h1>
      <p className="lede">Every model with published results: Qwen3 first, then the baselines it was compared with.</p>
      <ul className="chips" aria-label="Family">
        <li>
          <Link href="/models" aria-current={filters.family ? undefined : 'true'}>
            All ({everyModel.length})
          </Link>
        </li>
        {families.slice(0, 40).map((f) => (
          <li key={f}>
            <Link href={`/models${toQuery({ family: f })}`} aria-current={f === filters.family ? 'true' : undefined}>
              {f}
            </Link>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label="Pages of models" className="muted" style={{ margin: '0.5rem 0' }}>
          Models {(page - 1) * PAGE_SIZE + 1}–{Math.min(sorted.length, page * PAGE_SIZE)} of {sorted.length}.{' '}
          {page > 1 && (
            <Link href={`/models${toQuery({ family: filters.family, page: String(page - 1) })}`}>← Previous</Link>
          )}{' '}
          {page < pages && (
            <Link href={`/models${toQuery({ family: filters.family, page: String(page + 1) })}`}>Next →</Link>
          )}
        </nav>
      )}
      <div className="table-wrap">
        <table data-testid="models-table">
          <caption className="sr-only">Models with their size and number of results</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Organisation</th>
              <th scope="col">Family</th>
              <th scope="col">Architecture</th>
              <th scope="col" className="num">
                Active / total params
              </th>
              <th scope="col">Open weights</th>
              <th scope="col" className="num">
                Results
              </th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.id} className={isQwen3(m.family) ? 'qwen' : undefined}>
                <td>
                  <a href={`/models/${m.id}`}>{m.name}</a>
                </td>
                <td>
                  <span
                    className="swatch"
                    style={{
                      display: 'inline-block',
                      width: '0.7rem',
                      height: '0.7rem',
                      background: orgColour(m.org, m.family),
                      marginRight: '0.3rem',
                    }}
                  />
                  {m.org}
                </td>
                <td>{m.family}</td>
                <td>{m.architecture || <span className="muted">not reported</span>}</td>
                <td className="num">
                  {formatParams(m.activeParams)} / {formatParams(m.totalParams)}
                </td>
                <td>{m.openWeights || <span className="muted">not reported</span>}</td>
                <td className="num">{m.results}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
