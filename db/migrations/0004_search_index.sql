-- The search index (db/search.ts): SQLite's own full-text search over models, benchmarks and
-- sources. `name` is the canonical name, `squashed` every name and alias with case, spaces and
-- punctuation removed ("Arena-Hard" -> "arenahard"), `other` what else finds a row. The loader
-- rebuilds it in the transaction of every load that changes the data; db/client.ts's migrate
-- fills it for a database that has data but no index yet.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `id` UNINDEXED,
  `name`,
  `squashed`,
  `other`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
