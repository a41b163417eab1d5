// The filter schema lives below the app and the data layer (lib/filters.ts), which both read it;
// this path stays for the app's many importers.
export * from '../../lib/filters';
