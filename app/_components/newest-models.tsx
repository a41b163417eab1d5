import { getModels, getResults, getSources, getTestSetFacts } from '@/db/queries';
import { getI18n } from '../_i18n/server';
import { isQwen3 } from '../_lib/encodings';
import { newestFinding } from '../_lib/findings/newest';
import { factsIndex } from '../_lib/result-facts';
import { Finding } from './finding';

/** How many of the newest Qwen3 models the overview shows. */
const SHOWN = 6;

/**
 * The newest results: the Qwen3 models released after the first Qwen3 release (the 2507 model
 * cards in the bundled data), newest first, each with what its own card shows.
 */
export async function NewestModels() {
  const tr = await getI18n();
  const { t, href } = tr;
  const qwen = getModels().filter((m) => isQwen3(m.family, m.name) && m.results > 0 && m.releaseDate);
  const launch = qwen.map((m) => m.releaseDate).sort()[0];
  const newest = qwen
    .filter((m) => m.releaseDate > launch!)
    .sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || a.name.localeCompare(b.name))
    .slice(0, SHOWN);
  if (newest.length === 0) return null;
  const facts = factsIndex(getTestSetFacts());
  const sources = new Map(getSources().map((s) => [s.id, s]));
  return (
    <section className="panel" aria-labelledby="newest-heading" data-testid="newest">
      <h2 id="newest-heading">{t('newest.heading')}</h2>
      <p className="muted">{t('newest.lede')}</p>
      <ul className="newest">
        {newest.map((m) => {
          // Its own card: the source with most of its results, a model card where there is one.
          const rows = getResults({ models: m.id });
          const bySource = new Map<string, number>();
          for (const r of rows) bySource.set(r.sourceId, (bySource.get(r.sourceId) ?? 0) + 1);
          const card = [...bySource.entries()].sort(
            (a, b) =>
              Number(sources.get(b[0])?.kind === 'model-card') - Number(sources.get(a[0])?.kind === 'model-card') ||
              b[1] - a[1],
          )[0]?.[0];
          const source = card ? sources.get(card) : undefined;
          const table = rows.find((r) => r.sourceId === card)?.tableRef;
          const cardRows = card ? getResults({ source: card, table }) : [];
          return (
            <li key={m.id}>
              <a href={href(`/models/${m.id}`)}>
                <b>{m.name}</b>
              </a>{' '}
              <span className="muted">
                · {tr.date(m.releaseDate)} · {t('newest.results', { count: m.results })}
                {source && (
                  <>
                    {' · '}
                    <a className="cite" href={source.url}>
                      {t('newest.card')}
                    </a>
                  </>
                )}
              </span>
              <Finding sentences={newestFinding(cardRows, m.id, facts, tr)} tr={tr} minor />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
