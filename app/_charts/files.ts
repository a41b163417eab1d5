import 'server-only';
import { LRUCache } from 'lru-cache';
import { getDataStamp, getTestSetFacts, readAsOf } from '@/db/queries';
import { asOfParam } from '../_lib/as-of-params';
import { resultsCsvText } from '../_lib/csv';
import { CODE_REVISION, entityTag, matchesIfNoneMatch, REVALIDATE } from '../_lib/http-cache';
import { parseFiltersStrict, type ParamProblem } from '../_lib/request-params';
import type { RawSearchParams } from '../_lib/filters';
import { chartFilters, chartFor, CHART_FILES, defaultWidth, isChartKind, WIDTHS, type ChartFile } from './kinds';
import { toQuery } from '../_lib/filters';
import { renderPng, renderSvg } from './render';
import { factsIndex } from '../_lib/result-facts';
import { stampSlug } from '../_lib/format';
import { isLocale } from '../_i18n/locales';

// A request for a chart file, answered: parameters checked (400 naming the bad one), the file
// drawn once per data version and kept (least recently used first out, bounded in bytes), an
// entity tag from its bytes, and 304 for a client that already has those bytes.

export type ChartAnswer = { status: number; headers: Record<string, string>; body?: string | Buffer };

const TYPES: Record<ChartFile, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

type Drawn = { body: string | Buffer; etag: string; file: ChartFile; name: string };

/** Drawn files, by data version and normalised request. */
const drawn = new LRUCache<string, Drawn>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (d) => (typeof d.body === 'string' ? d.body.length * 2 : d.body.length) + 200,
});

const text = (status: number, message: string): ChartAnswer => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  body: `${message}\n`,
});

const bad = ({ parameter, message }: ParamProblem) => text(400, `Bad parameter "${parameter}": ${message}`);

function one(params: RawSearchParams, name: string): string | undefined {
  const v = params[name];
  return Array.isArray(v) ? v[0] : v;
}

export function answerChartRequest(request: {
  kind: string;
  file: string;
  params: RawSearchParams;
  ifNoneMatch?: string | null;
}): ChartAnswer {
  const { kind, file } = request;
  const dot = file.lastIndexOf('.');
  const id = file.slice(0, dot);
  const ext = file.slice(dot + 1);
  if (!isChartKind(kind) || dot < 1 || !(CHART_FILES as readonly string[]).includes(ext))
    return text(404, `No such chart file. Chart files are /charts/<kind>/<id>.svg, .png or .csv.`);
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
  // A CSV has no words of ours: one file whatever the language.
  const lang = ext === 'csv' ? 'en' : rawLang;
  const filters = parsed.value;
  const asOf = asOfParam(request.params);
  if (!asOf.ok) return bad(asOf.problem);
  // Reads as of the data version asked for (asOf), or today's.
  const at = <T>(read: () => T): T => readAsOf(asOf.value, read);
  const stamp = at(getDataStamp);
  const key = [
    asOf.value,
    stamp.version,
    stamp.updatedAt,
    kind,
    id,
    toQuery(chartFilters(kind, filters)),
    width,
    theme,
    lang,
    ext,
  ].join('|');
  let entry = drawn.get(key);
  if (!entry) {
    const model = at(() => chartFor(kind, id, filters, lang));
    if (!model) return text(404, `Nothing to chart: no ${kind} chart "${id}" with these filters in the loaded data.`);
    const f = ext as ChartFile;
    const body =
      f === 'csv'
        ? resultsCsvText(model.rows, factsIndex(at(getTestSetFacts)))
        : f === 'png'
          ? renderPng(renderSvg(model, width, theme ?? 'light'), lang)
          : renderSvg(model, width, theme ?? 'auto');
    const name = `benchboard-${kind}-${id}${Object.values(chartFilters(kind, filters))
      .map((v) => `-${String(v)}`)
      .join('')}`
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .slice(0, 120)
      .replace(/-+$/, '');
    const suffix = lang === 'en' ? '' : `-${lang}`;
    entry = { body, etag: entityTag(CODE_REVISION, body), file: f, name: `${name}${suffix}-${stampSlug(stamp)}.${f}` };
    drawn.set(key, entry);
  }
  const headers = {
    'Content-Type': TYPES[entry.file],
    'Cache-Control': REVALIDATE,
    ETag: entry.etag,
    'Content-Disposition': `${entry.file === 'csv' ? 'attachment' : 'inline'}; filename="${entry.name}"`,
  };
  if (matchesIfNoneMatch(request.ifNoneMatch, entry.etag)) return { status: 304, headers };
  return { status: 200, headers, body: entry.body };
}
