import fs from 'node:fs';
import path from 'node:path';

// Chrome compiles a script's functions lazily, on the page's main thread, the first time each
// runs: for the chunks every page runs at start (React DOM, Next's router) that was most of
// the one long task a phone spends after the first paint (Lighthouse mobile: about 50 ms of
// compiling in a 100 ms task). A file that starts with the magic comment `//# allFunctionsCalledOnLoad`
// has its functions compiled while it downloads, on the thread that streams it (per-file
// explicit compile hints, on by default since Chrome 136; other browsers ignore a comment).
// Added once after each build to the chunks the build manifest says every page loads at start
// (rootMainFiles), and to no other: those are the functions a page does run on load.

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the compile hint at the top of the start-up chunks of the build in `root/.next`. */
export function addCompileHints(root = process.cwd()): string[] {
  const next = path.join(root, '.next');
  const manifest = JSON.parse(fs.readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  const hinted: string[] = [];
  for (const file of manifest.rootMainFiles ?? []) {
    if (!file.endsWith('.js')) continue;
    const target = path.join(next, file);
    const code = fs.readFileSync(target, 'utf8');
    if (!code.startsWith(COMPILE_HINT)) fs.writeFileSync(target, COMPILE_HINT + code);
    hinted.push(file);
  }
  return hinted;
}

if (require.main === module) {
  console.log(`Compile hints: ${addCompileHints().join(', ') || 'no start-up chunks found'}`);
}
