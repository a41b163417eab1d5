// Stands in for `server-only` under vitest: tests import server modules outside Next, where the
// package would throw (it is only empty under React's server condition, which Next sets).
export {};
