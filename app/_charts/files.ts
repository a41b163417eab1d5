import 'server-only';
import { LRUCache } from 'lru-cache';
import { getDataStamp, getTestSetFacts, readAsOf, ResultLimitError } from '@/db/queries';
import { asOfParam } from '../_lib/as-of-params';
import { resultsCsvText } from '../_lib/csv';
import { CODE_REVISION, entityTag, matchesIfNoneMatch, REVALIDATE } from '../_lib/http-cache';
import { parseFiltersStrict, type ParamProblem } from '../_lib/request-params';
import type { RawSearchParams } from '../_lib/filters';
import { siteUrl } from '../_lib/site-url';
import {
  chartFilters,
  chartFor,
  CHART_FILES,
  defaultWidth,
  isChartKind,
  TOP_KINDS,
  WIDTHS,
  type ChartFile,
} from './kinds';
import { unknownValue } from './kinds/known';
import { TOP_BARS } from './kinds/results';
import { toQuery } from '../_lib/filters';
import { renderSvg } from './render';
import { Busy, drawInTurn, drawPng } from './raster';
import { pngFonts } from './png-fonts';
import { factsIndex } from '../_lib/result-facts';
import { stampSlug } from '../_lib/format';
import { isLocale, type Locale } from '../_i18n/locales';
import type { ChartModel } from './model';

// A request for a chart file, answered: parameters checked (400 naming the bad one), the file
// drawn once per data version and kept (least recently used first out, bounded in bytes), and
// 304 for a client that already has it. The entity tag is a hash of what the file is drawn from
// (the code, the data version, the chart and its parameters, the address it links to), so a
// HEAD, a 304 and a file already drawn never draw; drawing is bounded (./raster.ts), and a
// request past its queues gets 503 with Retry-After.

export type ChartAnswer = { status: number; headers: Record<string, string>; body?: string | Buffer };

const TYPES: Record<ChartFile, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Drawn files, by their key (see `answerChartRequest`): 32 MB, some 500 SVGs or 300 PNGs; with the
 * page cache's 32 MB, what a flood of distinct URLs can add to the process stays near 1.2x.
 */
const drawn = new LRUCache<string, string | Buffer>({
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (body) => (typeof body === 'string' ? body.length * 2 : body.length) + 200,
});
/** Files being drawn, by key: a second request for one waits for the same drawing. */
const drawing = new Map<string, Promise<string | Buffer>>();

/** How many files were drawn (SVG, and SVG then PNG) and CSVs written: a HEAD or a 304 adds none. */
export const drawCounts = { svg: 0, png: 0, csv: 0 };

const text = (status: number, message: string, extra: Record<string, string> = {}): ChartAnswer => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  body: `${message}\n`,
});

const bad = ({ parameter, message }: ParamProblem) => text(400, `Bad parameter "${parameter}": ${message}`);

function one(params: RawSearchParams, name: string): string | undefined {
  const v = params[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function answerChartRequest(request: {
  kind: string;
  file: string;
  params: RawSearchParams;
  ifNoneMatch?: string | null;
  /** HEAD answers with the headers alone, and draws nothing. */
  method?: string;
  /** The dashboard's address as this request reached it (app/_lib/site-url.ts); the links in the file lead there. */
  origin?: string;
}): Promise<ChartAnswer> {
  const { kind, file } = request;
  const dot = file.lastIndexOf('.');
  const id = file.slice(0, dot);
  const ext = file.slice(dot + 1);
  if (!isChartKind(kind) || dot < 1 || !(CHART_FILES as readonly string[]).includes(ext))
    return text(404, `No such chart file. Chart files are /charts/<kind>/<id>.svg, .png or .csv.`);
  const f = ext as ChartFile;
  const parsed = parseFiltersStrict(request.params);
  if (!parsed.ok) return bad(parsed.problem);
  const rawWidth = one(request.params, 'width');
  const width = rawWidth === undefined || rawWidth === '' ? defaultWidth(kind) : Number(rawWidth);
  if (!/^[0-9]{0,4}$/.test(rawWidth ?? '') || !Number.isInteger(width) || width < WIDTHS.min || width > WIDTHS.max)
    return bad({
      parameter: 'width',
      message: `"${String(rawWidth).slice(0, 20)}" is not accepted for width: use a whole number of pixels from ${WIDTHS.min} to ${WIDTHS.max}`,
    });
  const theme = one(request.params, 'theme') || undefined;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark')
    return bad({ parameter: 'theme', message: `"${theme.slice(0, 20)}" is not accepted for theme: use light or dark` });
  const rawLang = one(request.params, 'lang') || 'en';
  if (!isLocale(rawLang))
    return bad({ parameter: 'lang', message: `"${rawLang.slice(0, 20)}" is not accepted for lang: use zh or en` });
  // How many bars: read by the kinds that draw a ranking (a benchmark's), ignored by the others;
  // the default asked for by name is the same file as the default.
  const rawTop = TOP_KINDS.includes(kind) ? one(request.params, 'top') || undefined : undefined;
  if (rawTop !== undefined && !/^(all|[1-9][0-9]{0,2})$/.test(rawTop))
    return bad({
      parameter: 'top',
      message: `"${rawTop.slice(0, 20)}" is not accepted for top: use a number of bars from 1 to 999, or all`,
    });
  const top =
    rawTop === undefined || rawTop === String(TOP_BARS) ? undefined : rawTop === 'all' ? 'all' : Number(rawTop);
  const filters = parsed.value;
  const asOf = asOfParam(request.params);
  if (!asOf.ok) return bad(asOf.problem);
  // Every read below is of the data as of the version asked for (asOf), or of today's.
  const at = <T>(read: () => T): T => readAsOf(asOf.value, read);
  const own = chartFilters(kind, filters);
  const unknown = at(() => unknownValue(own, kind === 'model' ? undefined : id));
  if (unknown) return bad(unknown);
  // A CSV has no words of ours and no drawing: one file whatever the language, width, theme or address.
  const drawnAs: DrawnAs | null =
    f === 'csv' ? null : { width, theme, lang: rawLang, origin: request.origin ?? siteUrl() };
  const lang = drawnAs?.lang ?? 'en';
  const stamp = at(getDataStamp);
  const key = JSON.stringify([
    stamp.version,
    stamp.updatedAt,
    kind,
    id,
    toQuery(own),
    top,
    f,
    drawnAs,
    asOf.value ?? null,
  ]);
  const headers: Record<string, string> = {
    'Content-Type': TYPES[f],
    'Cache-Control': REVALIDATE,
    ETag: entityTag(CODE_REVISION, key),
  };
  // The client has this very file (the same inputs under this code): nothing to draw or send.
  if (matchesIfNoneMatch(request.ifNoneMatch, headers.ETag!)) return { status: 304, headers };
  let model: ChartModel | null;
  try {
    model = at(() => chartFor(kind, id, filters, lang, { top }));
  } catch (error) {
    // A view past what one chart reads whole: the reader's request, said as such (never a 500).
    if (error instanceof ResultLimitError) return text(400, error.message);
    throw error;
  }
  if (!model) return text(404, `Nothing to chart: no ${kind} chart "${id}" with these filters in the loaded data.`);
  const name = `benchboard-${kind}-${id}${Object.values(own)
    .map((v) => `-${String(v)}`)
    .join('')}`
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .slice(0, 120)
    .replace(/-+$/, '');
  const suffix = lang === 'en' ? '' : `-${lang}`;
  headers['Content-Disposition'] =
    `${f === 'csv' ? 'attachment' : 'inline'}; filename="${name}${suffix}-${stampSlug(stamp)}.${f}"`;
  if (request.method === 'HEAD') return { status: 200, headers };
  let body = drawn.get(key);
  if (body === undefined) {
    let made = drawing.get(key);
    if (!made) {
      made = at(() => draw(model, f, drawnAs));
      drawing.set(key, made);
      // Kept as UTF-8 bytes: an SVG's text with a '≠' or a '—' is a two-byte string in V8, twice
      // the memory of its bytes (the bench's flood of distinct chart widths).
      made.then(
        (b) => drawn.set(key, typeof b === 'string' ? Buffer.from(b) : b),
        () => undefined,
      );
      void made.catch(() => undefined).finally(() => drawing.delete(key));
    }
    try {
      body = await made;
    } catch (error) {
      if (error instanceof Busy) return text(503, error.message, { 'Retry-After': String(error.retryAfter) });
      throw error;
    }
  }
  return { status: 200, headers, body };
}

type DrawnAs = { width: number; theme?: 'light' | 'dark'; lang: Locale; origin: string };

/** The file's bytes: a CSV written at once, an SVG drawn in turn, a PNG drawn and rasterised (./raster.ts). */
async function draw(model: ChartModel, f: ChartFile, as: DrawnAs | null): Promise<string | Buffer> {
  if (f === 'csv' || !as) {
    drawCounts.csv++;
    return resultsCsvText(model.rows, factsIndex(getTestSetFacts()));
  }
  const { width, theme, lang, origin } = as;
  if (f === 'svg') {
    drawCounts.svg++;
    return drawInTurn(() => renderSvg(model, width, theme ?? 'auto', origin));
  }
  drawCounts.png++;
  return drawPng(
    () => renderSvg(model, width, theme ?? 'light', origin),
    (svg) => pngFonts(lang, svg),
  );
}
