import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupAll, tempDir } from '../helpers';

// A client generated from the document works: openapi-typescript turns /api/openapi.json into
// types, and a small client that fetches results with filters type-checks against them (tsc,
// strict). A change to the document that would break such a client breaks this test first; a
// client that sends a parameter the API does not take, or reads a field it does not give, is
// refused by the same check.

const run = promisify(execFile);
const TSC = path.join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');

const CLIENT = `import type { paths } from './benchboard';

type Results = paths['/api/results']['get'];
export type ResultsQuery = NonNullable<Results['parameters']['query']>;
export type ResultsPage = Results['responses'][200]['content']['application/json'];
export type ApiError = Results['responses'][400]['content']['application/json'];

/** One page of results with the given filters. */
export async function fetchResults(base: string, query: ResultsQuery): Promise<ResultsPage> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value));
  const response = await fetch(\`\${base}/api/results?\${params}\`);
  if (response.status === 400) {
    const { error }: ApiError = await response.json();
    throw new Error(\`\${error.parameter ?? ''}: \${error.message}\`);
  }
  return (await response.json()) as ResultsPage;
}

/** The best thinking-mode scores on AIME'24 among open models of at most 32B active parameters. */
export async function bestOpenOnAime(base: string): Promise<string[]> {
  const page = await fetchResults(base, {
    benchmark: 'aime-24',
    mode: 'thinking',
    open: 'yes',
    maxActive: 32,
    sort: 'score',
    dir: 'desc',
    pageSize: 10,
  });
  return page.data.map((r) => \`\${r.model}: \${r.score.toFixed(1)} \${r.unit} (\${r.sourceTitle}, \${r.table}\${r.tablePage === null ? '' : \`, p. \${r.tablePage}\`})\`);
}
`;

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    skipLibCheck: true,
  },
  include: ['*.ts'],
};

let dir: string;

beforeAll(async () => {
  const { openApiDocument } = await import('../../app/api/_lib/openapi');
  dir = tempDir('benchboard-client-');
  const ast = await openapiTS(JSON.parse(JSON.stringify(openApiDocument())), { silent: true });
  fs.writeFileSync(path.join(dir, 'benchboard.ts'), astToString(ast));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG));
}, 60_000);
afterAll(() => cleanupAll());

/** Type-checks the folder with `client` as client.ts: tsc's output, empty when it passes. */
async function typeCheck(client: string): Promise<string> {
  fs.writeFileSync(path.join(dir, 'client.ts'), client);
  try {
    await run(process.execPath, [TSC, '-p', dir], { cwd: dir });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('a client generated from the document', () => {
  it('type-checks a client that fetches results with filters', async () => {
    expect(await typeCheck(CLIENT)).toBe('');
  }, 60_000);

  it('refuses a parameter the API does not take, a value it refuses and a field it does not give', async () => {
    for (const [from, to] of [
      ["mode: 'thinking',", "mode: 'thinking', minScore: 50,"],
      ["dir: 'desc',", "dir: 'down',"],
      ['r.score.toFixed(1)', 'r.scoreValue.toFixed(1)'],
    ] as const) {
      expect(CLIENT).toContain(from);
      expect(await typeCheck(CLIENT.replace(from, to)), to).toMatch(/error TS/);
    }
  }, 120_000);
});
