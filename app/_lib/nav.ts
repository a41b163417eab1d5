/** The site's sections: path, and the key of its label (messages `nav.*`). Shared by the layout (labels) and the nav. */
export const NAV = [
  ['/', 'overview'],
  ['/benchmarks', 'benchmarks'],
  ['/models', 'models'],
  ['/thinking', 'thinking'],
  ['/compare', 'compare'],
  ['/multilingual', 'multilingual'],
  ['/long-context', 'longContext'],
  ['/efficiency', 'efficiency'],
  ['/changes', 'changes'],
] as const;

export type NavKey = (typeof NAV)[number][1];
