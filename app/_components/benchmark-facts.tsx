import { getBenchmarkFacts, type BenchmarkFacts as Facts } from '@/db/queries';

/**
 * The test set behind a benchmark (benchmark-facts.csv): how many items it has and when they
 * were made, each figure with the links that state it; what the pack does not give is "not known".
 */
export function BenchmarkFacts({ benchmarkId }: { benchmarkId: string }) {
  const facts = getBenchmarkFacts(benchmarkId);
  const entries: Facts[] = facts.length > 0 ? facts : [NOT_KNOWN];
  return (
    <dl className="facts" data-testid="benchmark-facts" aria-label="The test set">
      {entries.map((f) => {
        const of = f.version ? ` (${f.version})` : '';
        return [
          <dt key={`items${f.version}`}>Test items{of}</dt>,
          <dd key={`items-dd${f.version}`}>
            {f.items === null ? 'not known' : f.items.toLocaleString('en-US')}
            <Links urls={f.items === null ? [] : f.itemsSources} />
          </dd>,
          <dt key={`window${f.version}`}>Items made{of}</dt>,
          <dd key={`window-dd${f.version}`}>
            {window(f)}
            <Links urls={f.dataFrom || f.dataTo ? f.windowSources : []} />
            {f.notes && (
              <details>
                <summary className="muted">Notes</summary>
                <p className="muted">{f.notes}</p>
              </details>
            )}
          </dd>,
        ];
      })}
    </dl>
  );
}

const NOT_KNOWN: Facts = {
  version: '',
  items: null,
  itemsSources: [],
  dataFrom: null,
  dataTo: null,
  windowSources: [],
  notes: '',
};

/** "2024-02", "2021-07 to 2023-11", "up to 2024-09", "from 2024-02" or "not known". */
function window(f: Facts): string {
  if (f.dataFrom && f.dataTo) return f.dataFrom === f.dataTo ? f.dataFrom : `${f.dataFrom} to ${f.dataTo}`;
  if (f.dataTo) return `up to ${f.dataTo}`;
  if (f.dataFrom) return `from ${f.dataFrom}`;
  return 'not known';
}

function Links({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null;
  return (
    <span className="muted">
      {' '}
      · source{urls.length > 1 ? 's' : ''}:{' '}
      {urls.map((url, i) => (
        <span key={url}>
          {i > 0 && ', '}
          <a href={url} title={url}>
            {host(url)}
          </a>
        </span>
      ))}
    </span>
  );
}

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
