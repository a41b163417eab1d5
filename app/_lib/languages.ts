// The per-language tables of the Qwen3 technical report: Tables 24-35 give one language each,
// Table 37 gives Belebele by language family. Their benchmark_version is the language.

export const PER_LANGUAGE_TABLE = /^Table (2[4-9]|3[0-5]|37)$/;

/** "es (Spanish)" as printed; Table 37's families carry a note on Table 36, dropped here. */
export const languageLabel = (version: string) => version.replace(/ \(.*Table 36\)$/, '');
