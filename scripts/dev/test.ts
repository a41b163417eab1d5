import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { buildIfNeeded } from '../server/build';

// `npm test`: lint, type check and format check, unit and integration tests (vitest), then
// the browser tests (Playwright in Debian's Chromium; the HTML checker, vnu-jar, runs on Java;
// both installed here when missing). Ends with one plain line, "N passed, N failed", that CI reads.

/** What the browser and integration tests run that npm does not install: Debian's packages. */
const SYSTEM = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH || '/usr/bin/chromium', debian: 'chromium' },
  { name: 'nginx', path: process.env.NGINX_PATH || '/usr/sbin/nginx', debian: 'nginx' },
  { name: 'Java', path: '/usr/bin/java', debian: 'default-jre-headless' },
];

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  return result.status ?? 1;
}

/** Installs the missing packages (root, apt), or stops at once with the line that would. */
function ensureSystemPackages(): void {
  const missing = SYSTEM.filter((p) => !fs.existsSync(p.path));
  if (missing.length === 0) return;
  // openjdk's installer fails where the man folder it links into is missing (slim Debian images).
  const install = `mkdir -p /usr/share/man/man1 && apt-get update && apt-get install -y ${missing.map((p) => p.debian).join(' ')}`;
  const names = missing.map((p) => `${p.name} (${p.path})`).join(' and ');
  const root = process.getuid?.() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.error(`${names} missing, and cannot be installed from here. Install with: sudo sh -c '${install}'`);
    process.exit(1);
  }
  console.log(`${names} missing: installing Debian's packages (${install}) …`);
  if (run('sh', ['-c', `${install} > /dev/null`]) !== 0 || missing.some((p) => !fs.existsSync(p.path))) {
    console.error(`Installing failed. Install with: ${install}`);
    process.exit(1);
  }
}

/** Counts, and the names of the tests that failed: printed again just above the last line, where a CI log's tail shows them. */
type Counts = { passed: number; failed: number; names?: string[] };

function vitestCounts(file: string): Counts {
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  const names = report.testResults.flatMap((f) => {
    const file = f.name.replace(`${process.cwd()}/`, '');
    const failed = f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${file} › ${a.fullName}`);
    // A file that failed outside its tests (a hook, an import) names no test.
    return failed.length > 0 || !f.message ? failed : [`${file}: ${f.message.split('\n')[0]}`];
  });
  return { passed: report.numPassedTests, failed: report.numFailedTests, names };
}

type Suite = {
  title: string;
  file?: string;
  suites?: Suite[];
  specs?: { title: string; tests: { status: string }[] }[];
};

function playwrightCounts(file: string): Counts {
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    suites: Suite[];
  };
  const names: string[] = [];
  const walk = (suite: Suite, path: string[]) => {
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((t) => t.status === 'unexpected' || t.status === 'skipped'))
        names.push([...path, spec.title].join(' › '));
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.file ?? suite.title]);
  // A skipped test counts as failed: no browser test may be skipped silently.
  return {
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + report.stats.skipped,
    names,
  };
}

function main() {
  fs.mkdirSync('reports', { recursive: true });
  for (const f of ['reports/vitest.json', 'reports/e2e.json']) fs.rmSync(f, { force: true });
  const total: Counts = { passed: 0, failed: 0 };
  const failures: string[] = [];
  const add = (c: Counts) => {
    total.passed += c.passed;
    total.failed += c.failed;
    failures.push(...(c.names ?? []));
  };

  for (const script of ['lint', 'typecheck', 'format:check']) {
    add(
      run('npm', ['run', '--silent', script]) === 0
        ? { passed: 1, failed: 0 }
        : { passed: 0, failed: 1, names: [`npm run ${script}`] },
    );
  }

  ensureSystemPackages(); // the integration tests run nginx; the browser tests, Chromium
  // The production build, once, before the test files that start a server run side by side: in a
  // fresh clone each of them would otherwise start its own `next build` in the same .next folder.
  buildIfNeeded();
  const unit = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ]);
  if (fs.existsSync('reports/vitest.json')) add(vitestCounts('reports/vitest.json'));
  else if (unit !== 0) add({ passed: 0, failed: 1 });

  const e2e = run('npx', ['playwright', 'test']);
  if (fs.existsSync('reports/e2e.json')) add(playwrightCounts('reports/e2e.json'));
  else if (e2e !== 0) add({ passed: 0, failed: 1 });

  if (failures.length > 0) console.log(`\nFailed:\n${failures.map((n) => `  ✘ ${n}`).join('\n')}`);
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
}

main();
