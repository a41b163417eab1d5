import { exportStream, isPackFile, openExportDb, packFileChunks } from '@/db/export';
import { PACK_FILES } from '@/db/pack/format';

// GET /export/pack/<file>: one file of the whole database as a pack (sources.csv,
// benchmarks.csv, models.csv, results.csv). Saved into one folder, the four load into an empty
// database with `npm run seed -- <folder>`. `npm run export -- <dir>` writes all four at once,
// from one consistent read; four downloads are four reads.

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  if (!isPackFile(file)) {
    return new Response(`No such pack file "${file}"; the pack's files are ${PACK_FILES.join(', ')}.\n`, {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const body = exportStream(openExportDb, (db) => packFileChunks(db, file));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
