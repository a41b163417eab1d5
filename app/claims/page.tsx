import type { Metadata } from 'next';
import { z } from 'zod';
import { getBenchmark, getBenchmarks, getModels, readingAsOf } from '@/db/queries';
import { chartFor } from '../_charts/kinds';
import { claimView } from '../_charts/kinds/claim';
import { ChartFigure } from '../_components/chart-figure';
import { CiteView } from '../_components/cite-view';
import { ClaimForm } from '../_components/claim-form';
import { getI18n } from '../_i18n/server';
import { claimPath } from '../_lib/claim-path';
import { modeLabel } from '../_lib/encodings';
import { filterSchema, type RawSearchParams } from '../_lib/filters';
import { idList, resolveModelIds } from '../_lib/model-ids';
import { ClaimNumbers, ClaimReports } from './claim-parts';
import styles from './claims.module.css';
import { sayingTooMany } from '../_components/too-many';

// /claims?a=<model>&b=<model>&benchmark=<id>[&mode=&version=&metric=]: does A beat B on X? The
// answer first (the verdict and the sentence with the numbers), the card, then the evidence:
// both numbers with their intervals, citations and reporters, how the verdict is reached, every
// report of either number, other claims, the form, and "cite this claim" (as of its version).

const f = filterSchema.shape;
const paramsSchema = z.object({
  benchmark: f.benchmark,
  mode: f.mode,
  version: f.version,
  metric: f.metric,
});

/**
 * The claim's parameters; a malformed one is dropped (the form then asks for it). The models are
 * read forgivingly, as the compare page reads them (a name, an alias, another spelling of an id:
 * a large data set's form has them typed); one that names no model is kept as typed, to be said.
 */
function parse(raw: RawSearchParams) {
  const out: Record<string, string | undefined> = {};
  for (const [key, schema] of Object.entries(paramsSchema.shape)) {
    const r = schema.safeParse(raw[key]);
    out[key] = r.success ? r.data : undefined;
  }
  const models = getModels();
  const asked = (key: 'a' | 'b') => {
    const value = raw[key];
    const typed = typeof value === 'string' ? value.trim().slice(0, 200) : '';
    if (typed === '') return { id: undefined, unknown: undefined };
    const { ids, unknown } = resolveModelIds([idList(typed).replaceAll(',', '')], models);
    return ids[0]
      ? { id: ids[0], unknown: undefined }
      : { id: undefined, unknown: { typed, suggestion: unknown[0]?.suggestion } };
  };
  const [a, b] = [asked('a'), asked('b')];
  return { ...(out as z.output<typeof paramsSchema>), a: a.id, b: b.id, unknownModels: [a.unknown, b.unknown] };
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('claim.title') };
}

async function ClaimsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const tr = await getI18n();
  const { t, href } = tr;
  const p = parse(await searchParams);
  const asOf = readingAsOf();
  const unknownModels = p.unknownModels.flatMap((u, i) => (u ? [{ ...u, side: i === 0 ? 'a' : 'b' }] : []));
  const unknown = [
    ...unknownModels.map((u) => t('claim.unknown', { id: u.typed, what: t('claim.what.model') })),
    ...(p.benchmark && !getBenchmark(p.benchmark)
      ? [t('claim.unknown', { id: p.benchmark, what: t('claim.what.benchmark') })]
      : []),
  ];
  const same = p.a && p.b && p.a === p.b;
  const filters = { models: `${p.a},${p.b}`, mode: p.mode, version: p.version, metric: p.metric };
  const view = p.a && p.b && p.benchmark && !same && unknown.length === 0 ? claimView(p.benchmark, filters, tr) : null;
  const form = (
    <ClaimForm
      tr={tr}
      title={t('claim.form')}
      models={getModels()
        .filter((m) => m.results > 0)
        .map((m) => ({ id: m.id, name: m.name, results: m.results }))
        .sort((x, y) => x.name.localeCompare(y.name))}
      benchmarks={getBenchmarks()
        .filter((b) => b.results > 0)
        .map((b) => ({ id: b.id, name: b.name }))}
      a={p.a}
      b={p.b}
      benchmark={p.benchmark}
      mode={p.mode}
      asOf={asOf}
      testId="claim-form"
    />
  );
  if (!view)
    return (
      <>
        <h1>{t('claim.title')}</h1>
        <p className="lede">{t('claim.lede')}</p>
        {unknown.map((u) => (
          <p key={u} className="notice" role="note">
            {u}
          </p>
        ))}
        {unknownModels
          .filter((u) => u.suggestion)
          .map((u) => (
            <p key={u.side} className="notice" role="note">
              {tr.rich(
                'compare.didYouMean',
                {
                  link: (text) => (
                    <a
                      href={href(
                        claimPath({
                          a: u.side === 'a' ? u.suggestion!.id : (p.a ?? ''),
                          b: u.side === 'b' ? u.suggestion!.id : (p.b ?? ''),
                          benchmark: p.benchmark ?? '',
                          mode: p.mode,
                          version: p.version,
                          metric: p.metric,
                        }),
                      )}
                    >
                      {text}
                    </a>
                  ),
                },
                { asked: u.typed, name: u.suggestion!.name },
              )}
            </p>
          ))}
        {same && (
          <p className="notice" role="note">
            {t('claim.same')}
          </p>
        )}
        <p>
          {tr.rich('claim.example', {
            link: (text) => (
              <a href={href(claimPath({ a: 'qwen3-235b-a22b', b: 'openai-o1', benchmark: 'aime-24' }))}>{text}</a>
            ),
          })}
        </p>
        {form}
      </>
    );
  const { claim, words, benchmark, a, b } = view;
  const chart = chartFor('claim', benchmark.id, { ...filters, models: `${a.id},${b.id}` }, tr.locale);
  const here = { a: a.id, b: b.id, benchmark: benchmark.id, mode: p.mode, version: p.version, metric: p.metric };
  const sides = [claim.a, claim.b].flatMap((s) => (s ? [s] : []));
  const modes = claim.modes.filter((m) => m !== p.mode && claim.a?.row.mode !== m);
  return (
    <>
      <p className="muted">
        <a href={href('/claims')}>{t('claim.title')}</a>
      </p>
      <h1>{words.question}</h1>
      <p className={styles.verdict} data-testid="claim-verdict">
        <strong>{words.verdict}</strong>
      </p>
      <p className="finding" data-testid="claim-sentence">
        {words.sentence}
      </p>
      {chart && <ChartFigure model={chart} eager testId="claim-card" />}
      {sides.length > 0 && <ClaimNumbers sides={sides} facts={view.facts} tr={tr} />}
      <section className="panel" aria-labelledby="claim-how">
        <h2 id="claim-how">{t('claim.howTitle')}</h2>
        <ul>
          {[words.method, words.tables, words.settings, ...words.reporters, ...words.windows]
            .filter((x): x is string => Boolean(x))
            .map((x) => (
              <li key={x}>{x}</li>
            ))}
        </ul>
      </section>
      {sides.length > 0 && <ClaimReports sides={sides} tr={tr} />}
      <nav className="panel" aria-label={t('claim.form')}>
        <ul>
          {modes.map((m) => (
            <li key={m}>
              <a href={href(claimPath({ ...here, mode: m }))}>{t('claim.otherModes', { mode: modeLabel(m, tr) })}</a>
            </li>
          ))}
          <li>
            <a href={href(claimPath({ ...here, a: b.id, b: a.id }))}>{t('claim.swap', { a: a.name, b: b.name })}</a>
          </li>
          <li>
            {tr.rich(
              'claim.context',
              {
                all: (text) => <a href={href(`/benchmarks/${benchmark.id}`)}>{text}</a>,
                record: (text) => <a href={href(`/benchmarks/${benchmark.id}#record`)}>{text}</a>,
              },
              { benchmark: benchmark.name },
            )}
          </li>
        </ul>
      </nav>
      {form}
      <CiteView
        title={words.question}
        path={claimPath(here)}
        sourceIds={sides.flatMap((s) => s.cell.values.flatMap((v) => v.citations.map((c) => c.sourceId)))}
        summary={t('claim.cite')}
      />
    </>
  );
}

export default sayingTooMany(ClaimsPage);
