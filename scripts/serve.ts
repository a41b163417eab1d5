import { serve } from './server';

// Serves the existing production build (no database preparation, no build): for the benches.
serve(process.env.PORT || '3000').catch((error) => {
  console.error(error);
  process.exit(1);
});
