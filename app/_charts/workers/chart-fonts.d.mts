/** Types of ./chart-fonts.mjs (a worker thread loads it as plain JavaScript). */
export function subsetChinese(fontFile: string, text: string): Promise<Buffer>;
export function writeSubsets(fonts: string[], text: string, dir: string): Promise<string[]>;
export default function chartFonts(task: { fonts: string[]; text: string; dir: string }): Promise<string[]>;
