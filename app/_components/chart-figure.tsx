import { chartHref, defaultWidth, NARROW, type ChartKind } from '../_charts/kinds';
import { documentLayout } from '../_charts/layout';
import { getSiteUrl } from '../_lib/site-url-server';
import type { ChartSpec } from '../_charts/model';
import { getI18n } from '../_i18n/server';

/**
 * A chart on a page: its SVG file by reference (drawn once per data version by the chart route
 * and cached by the browser), sized in advance so nothing shifts when it arrives, a narrower
 * drawing for phones, and the chart's three files to take away.
 */
export async function ChartFigure({
  model,
  width,
  eager = false,
  testId,
}: {
  model: ChartSpec;
  /** The drawing's width on wider screens (the kind's default when left out). */
  width?: number;
  /** Load at once (the first chart of a page) rather than when scrolled near. */
  eager?: boolean;
  testId?: string;
}) {
  const { t } = await getI18n();
  const site = await getSiteUrl();
  const w = width ?? defaultWidth(model.path.split('/')[2] as ChartKind);
  const wide = documentLayout(model, w);
  const narrow = documentLayout(model, NARROW);
  const svg = chartHref(model, 'svg', w);
  return (
    <figure className="chart" data-testid={testId} style={{ maxWidth: `${w}px` }}>
      <picture>
        {w > NARROW && (
          <source
            media="(max-width: 600px)"
            srcSet={chartHref(model, 'svg', NARROW)}
            width={NARROW}
            height={narrow.height}
          />
        )}
        <img
          src={svg}
          width={w}
          height={wide.height}
          alt={t('figure.alt', { title: model.title, summary: model.summary })}
          loading={eager ? 'eager' : 'lazy'}
          // The first chart is the largest thing on a phone's first screen: fetched first (LCP).
          fetchPriority={eager ? 'high' : undefined}
          decoding="async"
        />
      </picture>
      <figcaption className="chart-files">
        {t('figure.files')}
        <a href={svg} download>
          SVG
        </a>
        {' · '}
        <a href={chartHref(model, 'png', w)} download>
          PNG
        </a>
        {' · '}
        <a href={chartHref(model, 'csv')} download>
          CSV
        </a>
        {/* The embed code opens on a line of its own (no separator left dangling after CSV). */}
        <details className="embed">
          <summary>{t('figure.embed')}</summary>
          <code>{`<iframe src="${site}${svg}" width="${w}" height="${wide.height}" title="${model.title.replaceAll('"', '&quot;')}" style="border:0;max-width:100%" loading="lazy"></iframe>`}</code>
        </details>
      </figcaption>
    </figure>
  );
}
