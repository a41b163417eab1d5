import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

/**
 * The environment for a Chromium that draws Chinese: this kind of machine has no CJK font, so
 * screenshots of /zh pages would show empty boxes where a reader's own system font draws the
 * text. Fontconfig gets the machine's own configuration plus the Noto Sans SC files the chart
 * PNGs already use (@expo-google-fonts/noto-sans-sc). For looking at pages only: the site itself
 * serves no font and leaves Chinese text to the reader's system fonts.
 */
export function cjkFontEnv(): Record<string, string> {
  const fonts = path.resolve('node_modules/@expo-google-fonts/noto-sans-sc');
  const file = path.join(os.tmpdir(), 'benchboard-fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <dir>${fonts}/400Regular</dir>\n  <dir>${fonts}/700Bold</dir>\n</fontconfig>\n`,
  );
  return { ...(process.env as Record<string, string>), FONTCONFIG_FILE: file };
}
