import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

// Issue 23, item 13: every page, in both languages, is valid HTML by the Nu Html Checker (the
// W3C's checker, the `vnu-jar` package, run with Java). The HTML checked is what the server
// sends, before any script runs. One Java run checks every page (the JVM's start is most of
// the cost); each page then has its own test, which prints the checker's errors with their line,
// column and the text around them.

const VNU_JAR = createRequire(__filename).resolve('vnu-jar/build/dist/vnu.jar');
const JAVA_INSTALL = 'apt-get update && apt-get install -y default-jre-headless';

type Message = {
  type: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
};

const errors = new Map<string, string[]>();

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) throw new Error(`Java is missing; the HTML checker needs it. Install it with: ${JAVA_INSTALL}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'benchboard-vnu-'));
  const files = new Map<string, string>();
  for (const [i, url] of SITE_PAGES.entries()) {
    const response = await request.get(url);
    expect(response.headers()['content-type'], url).toContain('text/html');
    const file = path.join(dir, `${i}.html`);
    fs.writeFileSync(file, await response.body());
    files.set(`file:${file}`, url);
  }
  const vnu = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', dir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (vnu.status !== 0) throw new Error(`The HTML checker failed to run:\n${vnu.stderr}`);
  const { messages } = JSON.parse(vnu.stdout) as { messages: Message[] };
  for (const m of messages) {
    const url = files.get(m.url);
    if (!url) throw new Error(`The HTML checker said, of no page: ${m.type}: ${m.message}`);
    const at = m.lastLine ? `line ${m.lastLine}, column ${m.firstColumn ?? '?'}` : 'document';
    const line = `${url} ${at}: ${m.type}: ${m.message}${m.extract ? `\n    ${JSON.stringify(m.extract)}` : ''}`;
    errors.set(url, [...(errors.get(url) ?? []), line]);
  }
});

for (const url of SITE_PAGES) {
  test(`${url} is valid HTML (Nu Html Checker)`, () => {
    const found = errors.get(url) ?? [];
    expect(found.length, `${found.length} errors:\n${found.join('\n')}`).toBe(0);
  });
}
