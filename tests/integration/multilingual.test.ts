import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPack } from '../../db/pack/loader';
import {
  SOURCE_HEADER,
  cleanupAll,
  killChildren,
  resultRow,
  resultsCsv,
  seededDb,
  writePack,
  serveDatabase,
} from '../helpers';

// /multilingual is the technical report's per-language tables (Tables 24-35, 37). Another
// source's table that happens to be called "Table 24" is not one of them: the page once read every
// multilingual result and kept those whose table name matched, which at 1M results took 4.9 s and
// could mix in another source's numbers.

let base: string;

beforeAll(async () => {
  const { db, file } = await seededDb();
  const pack = writePack({
    'sources.csv': `${SOURCE_HEADER}\nother-lab,Another lab's report,https://example.org/r,Other Lab,2025-06-01,paper\n`,
    'models.csv':
      'model,alias_of,org,architecture,total_params_b,active_params_b,layers,context_length_tokens,release_date,open_weights,license,source\n' +
      'Other-Model-7B,,Other Lab,dense,7,7,,,2025-05-01,yes,,\n',
    'results.csv': resultsCsv(
      resultRow({
        source_id: 'other-lab',
        table: 'Table 24',
        model: 'Other-Model-7B',
        model_kind: 'instruct',
        mode: 'n/a',
        benchmark: 'Multi-IF',
        benchmark_version: 'es (Spanish)',
        metric: 'score',
        score: '12.3',
      }),
    ),
  });
  const report = await loadPack(db, pack);
  expect(report.ok, JSON.stringify(report.errors)).toBe(true);
  db.$client.close();
  ({ base } = await serveDatabase(file));
}, 300_000);

afterAll(() => {
  killChildren();
  cleanupAll();
});

it("shows the report's per-language numbers and not another source's table of the same name", async () => {
  const html = await (await fetch(`${base}/multilingual?benchmark=multi-if`)).text();
  expect(html).toContain('80.1'); // Gemini2.5-Pro, Multi-IF, es (Spanish), Table 24 of the report
  expect(html).not.toContain('Other-Model-7B');
  expect(html).not.toContain('12.3');
  // The other source's number is still in the database and on its benchmark's page.
  const api = await (await fetch(`${base}/api/results?benchmark=multi-if&source=other-lab`)).json();
  expect(api.data.map((r: { score: number }) => r.score)).toEqual([12.3]);
}, 60_000);
