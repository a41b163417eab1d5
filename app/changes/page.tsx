import type { Metadata } from 'next';
import Link from 'next/link';
import { getDataStamp, getLoadRecord, type LoadEntry } from '@/db/queries';
import { changeText, countLabel, countText, loadKind, loadTime, resultsText } from '../_lib/changes';
import { parseFilters, type RawSearchParams } from '../_lib/filters';
import { dataAsOf } from '../_lib/format';

export const metadata: Metadata = {
  title: 'What changed',
  alternates: { types: { 'application/atom+xml': '/changes.atom' } },
};

const PAGE_SIZE = 20;

export default async function ChangesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { filters } = parseFilters(await searchParams);
  const page = Number(filters.page ?? 1);
  const { loads, total } = getLoadRecord(page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <h1>What changed</h1>
      <p className="lede">
        Every committed load of results, newest first: when, which pack, per source how many rows were added, left
        unchanged or replaced, and each replaced value old → new. Now: {dataAsOf(getDataStamp())}. Also as an{' '}
        <a href="/changes.atom">Atom feed</a>.
      </p>
      {loads.length === 0 && <p className="muted">No load is recorded in this database yet.</p>}
      {loads.map((l) => (
        <Load key={l.id} load={l} />
      ))}
      {pages > 1 && (
        <nav aria-label="Pages of loads" className="muted">
          Loads {(page - 1) * PAGE_SIZE + 1}–{Math.min(total, page * PAGE_SIZE)} of {total}.{' '}
          {page > 1 && (
            <Link href={`/changes?page=${page - 1}`} rel="prev">
              ← Newer
            </Link>
          )}{' '}
          {page < pages && (
            <Link href={`/changes?page=${page + 1}`} rel="next">
              Older →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}

function Load({ load: l }: { load: LoadEntry }) {
  const added = [
    ['Models added', l.addedModels, 'models'],
    ['Benchmarks added', l.addedBenchmarks, 'benchmarks'],
  ] as const;
  return (
    <section className="panel" id={`load-${l.id}`} aria-labelledby={`load-${l.id}-title`} data-testid="load">
      <h2 id={`load-${l.id}-title`}>
        Version {l.dataVersion} · {loadTime(l.loadedAt)}
      </h2>
      <p className="muted">
        <code>{l.pack}</code>: {loadKind(l)}. {resultsText(l)}.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Rows of the load by source and file</caption>
          <thead>
            <tr>
              <th scope="col">Source or file</th>
              <th scope="col">Rows</th>
            </tr>
          </thead>
          <tbody>
            {l.counts.map((c) => (
              <tr key={`${c.file}|${c.sourceId}`}>
                <td>{countLabel(c)}</td>
                <td>{countText(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {added.map(
        ([label, list, path]) =>
          list.length > 0 && (
            <p key={label}>
              {label}:{' '}
              {list.map((x, i) => (
                <span key={x.id}>
                  {i > 0 && ', '}
                  <Link href={`/${path}/${x.id}`}>{x.name}</Link>
                </span>
              ))}
            </p>
          ),
      )}
      {l.changes.length > 0 && (
        <>
          <h3 style={{ marginTop: '0.8rem' }}>Values changed</h3>
          <ul className="changes">
            {l.changes.map((c, i) => (
              <li key={i}>{changeText(c)}</li>
            ))}
          </ul>
          {l.changeCount > l.changes.length && (
            <p className="muted">
              And {l.changeCount - l.changes.length} more (the database&apos;s <code>load_changes</code> table has them
              all).
            </p>
          )}
        </>
      )}
    </section>
  );
}
