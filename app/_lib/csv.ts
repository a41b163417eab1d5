// The CSV cells of an export are the data layer's (db/csv.ts, read by db/export.ts); this path
// stays for the app's importers.
export * from '../../db/csv';
