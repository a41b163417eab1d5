import { expect, test, type Locator } from '@playwright/test';

// Issue 12, item 9: text on the variant chips of a benchmark page (the selected one drawn in the
// accent colour) reaches WCAG AA contrast, 4.5:1, in the light and the dark theme. Measured as a
// reader sees it: each piece of text's computed colour (with its opacity) over the background
// actually painted behind it.

/** Contrast of every element with its own text inside `chip`: [text, ratio] pairs. */
async function textContrasts(chip: Locator): Promise<[string, number][]> {
  return chip.evaluate((root) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    /** Any CSS colour as sRGB 0-255 and alpha 0-1 (the canvas parses every syntax). */
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: number[], bottom: number[]) =>
      top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!));
    /** The colour painted behind `el`: its own and its ancestors' backgrounds, composed down to the page. */
    const backdrop = (el: Element | null): number[] => {
      if (!el) return [255, 255, 255];
      const bg = rgba(getComputedStyle(el).backgroundColor);
      if (bg[3] >= 1) return bg;
      return over(bg, backdrop(el.parentElement));
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const out: [string, number][] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
        .map((n) => n.textContent!.trim());
      if (!own.length) continue;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const color = rgba(getComputedStyle(el).color);
      const bg = backdrop(el);
      const fg = over([...color.slice(0, 3), color[3] * opacity], bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      out.push([own.join(' '), (hi! + 0.05) / (lo! + 0.05)]);
    }
    return out;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every variant chip on /benchmarks/codeforces has AA contrast, selected or not (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/benchmarks/codeforces');
    const variants = page.getByRole('navigation', { name: 'Version, subset and metric' });
    const selected = variants.locator('a[aria-current="true"]');
    await expect(selected).toHaveCount(1);
    const chips = await variants.getByRole('link').all();
    expect(chips.length).toBeGreaterThan(1);
    const measured: string[] = [];
    for (const chip of [selected, ...chips]) {
      const pairs = await textContrasts(chip);
      expect(pairs.length).toBeGreaterThan(0);
      for (const [text, ratio] of pairs) measured.push(`${ratio.toFixed(2)}:1 "${text}"`);
    }
    // The selected chip's count (a muted label) was 1.27:1 in the light theme.
    const low = measured.filter((m) => Number(m.split(':')[0]) < 4.5);
    expect(low, `${colorScheme}: ${measured.join(', ')}`).toEqual([]);
  });
}
