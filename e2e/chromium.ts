import fs from 'node:fs';

/** Debian's Chromium (Playwright's own download does not work on this kind of machine). */
export function chromiumPath(): string {
  const file = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(file)) {
    throw new Error(`Chromium not found at ${file}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  return file;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
