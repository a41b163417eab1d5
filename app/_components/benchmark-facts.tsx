import { getBenchmarkFacts, type BenchmarkFacts as Facts } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';

/**
 * The test set behind a benchmark (benchmark-facts.csv): how many items it has and when they
 * were made, each figure with the links that state it; what the pack does not give is "not known".
 */
export async function BenchmarkFacts({ benchmarkId }: { benchmarkId: string }) {
  const tr = await getI18n();
  const { t } = tr;
  const facts = getBenchmarkFacts(benchmarkId);
  const entries: Facts[] = facts.length > 0 ? facts : [NOT_KNOWN];
  return (
    <dl className="facts" data-testid="benchmark-facts" aria-label={t('facts.testSet')}>
      {entries.map((f) => {
        const of = f.version ? ` (${f.version})` : '';
        return [
          <dt key={`items${f.version}`}>
            {t('facts.items')}
            {of}
          </dt>,
          <dd key={`items-dd${f.version}`}>
            {f.items === null ? t('facts.notKnown') : tr.num(f.items)}
            <Links urls={f.items === null ? [] : f.itemsSources} tr={tr} />
          </dd>,
          <dt key={`window${f.version}`}>
            {t('facts.made')}
            {of}
          </dt>,
          <dd key={`window-dd${f.version}`}>
            {window(f, tr)}
            <Links urls={f.dataFrom || f.dataTo ? f.windowSources : []} tr={tr} />
            {f.notes && (
              <details>
                <summary className="muted">{t('facts.notes')}</summary>
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
function window(f: Facts, { t, date }: Translator): string {
  if (f.dataFrom && f.dataTo)
    return f.dataFrom === f.dataTo
      ? date(f.dataFrom)
      : t('facts.fromTo', { from: date(f.dataFrom), to: date(f.dataTo) });
  if (f.dataTo) return t('facts.upTo', { to: date(f.dataTo) });
  if (f.dataFrom) return t('facts.from', { from: date(f.dataFrom) });
  return t('facts.notKnown');
}

function Links({ urls, tr }: { urls: string[]; tr: Translator }) {
  if (urls.length === 0) return null;
  return (
    <span className="muted">
      {' '}
      · {tr.t('facts.sources', { count: urls.length })}{' '}
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
