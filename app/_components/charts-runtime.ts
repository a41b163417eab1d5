import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';

type Charts = typeof import('../_charts');

// app/_charts is required by Node at run time, not bundled: recharts cannot run as a Server
// Component, and bundled into a client component it would ship ~100 kB of JavaScript to the
// browser to draw what the server draws once (see app/_charts/index.js).
const requireAtRunTime = createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), 'package.json'));

export const charts: Charts = requireAtRunTime(/*turbopackIgnore: true*/ './app/_charts/index.js');
