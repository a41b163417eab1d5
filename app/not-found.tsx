import Link from 'next/link';
import { connection } from 'next/server';

// Rendered on request (not prerendered), so that its scripts carry the CSP nonce of proxy.ts.
export default async function NotFound() {
  await connection();
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Back to the overview</Link>
      </p>
    </>
  );
}
