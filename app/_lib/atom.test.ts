import { describe, expect, it } from 'vitest';
import type { LoadEntry } from '@/db/queries/loads';
import { atomFeed, xmlText } from './atom';
import { changeText, countText } from './changes';
import { EN } from '../_i18n/translate';

const load = (id: number, fields: Partial<LoadEntry> = {}): LoadEntry => ({
  id,
  loadedAt: `2026-12-0${id}T05:18:05.707Z`,
  pack: `pack-${id}`,
  bundledPack: null,
  replace: false,
  dataVersion: id,
  rows: 1,
  counts: [{ file: 'results.csv', sourceId: 's', sourceTitle: 'S', added: 1, unchanged: 0, replaced: 0 }],
  changes: [],
  changeCount: 0,
  addedModels: [],
  addedBenchmarks: [],
  ...fields,
});

describe('the Atom feed', () => {
  it('escapes what XML gives a meaning to, and drops characters XML 1.0 forbids', () => {
    expect(xmlText(`a<b>&"c"'d'\u0001e`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e');
  });

  it('has one entry per load, in the order given, each with its id, title, time and link', () => {
    const xml = atomFeed({
      site: 'https://bench.example',
      updated: '2026-12-02T05:18:05.707Z',
      loads: [load(2), load(1)],
    });
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<id>https://bench.example/changes#load-2</id>');
    expect(entries[0]).toContain('<updated>2026-12-02T05:18:05.707Z</updated>');
    expect(entries[1]).toContain('<title>Version 1: pack-1 (1 result row read: 1 added)</title>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://bench.example/changes.atom"/>');
  });

  it('is a valid feed with no entries for a database without loads', () => {
    const xml = atomFeed({ site: 'https://bench.example', updated: '', loads: [] });
    expect(xml).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    expect(xml).not.toContain('<entry>');
  });

  it('escapes a pack name and a changed value that look like markup', () => {
    const xml = atomFeed({
      site: 'https://bench.example',
      updated: '',
      loads: [
        load(1, {
          pack: '<script>',
          changes: [
            { file: 'results.csv', item: 'x & y', column: 'score', oldValue: '1', newValue: '<2>', action: 'replaced' },
          ],
          changeCount: 1,
        }),
      ],
    });
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('Version 1: &lt;script&gt;');
    // Inside the HTML content, escaped twice: once as HTML, once as XML.
    expect(xml).toContain('x &amp;amp; y, score: 1 → &amp;lt;2&amp;gt;');
  });
});

describe('loads in words', () => {
  it('says only the counts that are not zero', () => {
    expect(countText({ added: 1240, unchanged: 0, replaced: 2 }, EN)).toBe('1,240 added, 2 replaced');
    expect(countText({ added: 0, unchanged: 0, replaced: 0 }, EN)).toBe('nothing');
  });

  it('gives a replaced value old → new, and a kept one as kept', () => {
    const change = { file: 'models.csv', item: 'model "o3-mini"', column: 'release_date', oldValue: '2025-01-30' };
    expect(changeText({ ...change, newValue: '2025-01-31', action: 'replaced' }, EN)).toBe(
      'model "o3-mini", release_date: 2025-01-30 → 2025-01-31',
    );
    expect(changeText({ ...change, newValue: '2025-01-31', action: 'kept' }, EN)).toContain('2025-01-30 kept');
  });
});
