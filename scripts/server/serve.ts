import { serve } from './server';

// Serves the existing production build (no database preparation, no build): for the benches
// and the tests that start a server of their own.
serve(process.env.PORT || '3000').catch((error) => {
  console.error(error);
  process.exit(1);
});
