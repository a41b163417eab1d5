import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { staticMarkup } from './static-html';

describe('static markup', () => {
  it("is React DOM's own HTML: a name or an attribute from a pack is escaped, never markup", () => {
    const name = '<img src=x onerror=alert(1)> & "Qwen"';
    const html = staticMarkup(
      h('table', null, h('tbody', null, h('tr', null, h('td', { title: name }, h('a', { href: '/models/x' }, name))))),
    );
    expect(html).toBe(
      '<table><tbody><tr><td title="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Qwen&quot;">' +
        '<a href="/models/x">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Qwen&quot;</a></td></tr></tbody></table>',
    );
  });
});
