import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EN } from '../_i18n/translate';
import { ClaimForm, MAX_LISTED } from './claim-form';

// The claim form lists the models while there are few, and has them typed past MAX_LISTED (a
// large data set: a thousand models in two lists made the claim page 463 kB at 50,000 results).

const models = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m-${i}`, name: `Model ${i}`, results: i }));
const form = (n: number) =>
  renderToStaticMarkup(
    createElement(ClaimForm, {
      tr: EN,
      title: 'Check a claim',
      models: models(n),
      benchmarks: [
        { id: 'aime-24', name: "AIME'24" },
        { id: 'aime-25', name: "AIME'25" },
      ],
      a: 'm-3',
      testId: 'claim-form',
    }),
  );

describe('the claim form', () => {
  it('lists every model in a select while there are at most MAX_LISTED', () => {
    const html = form(MAX_LISTED);
    expect(html.match(/<select name="a"/g)).toHaveLength(1);
    expect(html.match(/<option value="m-\d+"/g)).toHaveLength(2 * MAX_LISTED);
    expect(html).not.toContain('<datalist');
  });

  it('past MAX_LISTED has the models typed, the most reported suggested, and stays small', () => {
    const html = form(1000);
    expect(html).not.toMatch(/<select name="(a|b)"/);
    expect(html).toMatch(/<input list="claim-form-models" [^>]*name="a" value="Model 3"/);
    expect(html).toMatch(/<input list="claim-form-models" [^>]*name="b" value=""/);
    const suggested = [...html.matchAll(/<option value="(Model \d+)"/g)].map((m) => m[1]);
    expect(suggested).toHaveLength(MAX_LISTED);
    expect(suggested[0]).toBe('Model 999');
    expect(html.length).toBeLessThan(20_000);
    // The benchmarks stay a list.
    expect(html).toContain('<select name="benchmark"');
  });
});
