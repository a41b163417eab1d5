import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { openApiDocument } from './_lib/openapi';
import { curlCommand, referenceOf, type EndpointView } from './_lib/reference';
import styles from './reference.module.css';

export const metadata: Metadata = { title: 'API' };

// The API reference, drawn on the server from the OpenAPI document (/api/openapi.json) and
// nothing else: every endpoint, its parameters, its answers and a curl example. No client
// JavaScript of its own; the parameter lists open with <details>.

const GROUPS = [
  ['data', 'JSON'],
  ['exports', 'CSV exports'],
  ['charts', 'Chart files'],
] as const;

/** A description's `code` spans as <code>; the rest as text. */
function Prose({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

function Endpoint({ endpoint, origin }: { endpoint: EndpointView; origin: string }) {
  const query = endpoint.params.filter((p) => p.where !== 'header');
  return (
    <section className="panel" id={endpoint.id} aria-labelledby={`${endpoint.id}-path`}>
      <h3 id={`${endpoint.id}-path`} className={styles.path}>
        <span className={styles.method}>GET</span> {endpoint.path}
      </h3>
      <p>
        <strong>{endpoint.summary}.</strong> <Prose text={endpoint.description} />
      </p>
      <pre className={styles.curl} aria-label={`curl example of ${endpoint.path}`}>
        <code>{curlCommand(endpoint, origin)}</code>
      </pre>
      {query.length > 0 && (
        <details>
          <summary>Parameters ({query.length})</summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Parameter</th>
                  <th scope="col">In</th>
                  <th scope="col">Accepts</th>
                  <th scope="col">Meaning</th>
                </tr>
              </thead>
              <tbody>
                {query.map((p) => (
                  <tr key={p.name}>
                    <th scope="row">
                      <code>{p.name}</code>
                    </th>
                    <td>{p.where}</td>
                    <td className={styles.accepts}>{p.accepts}</td>
                    <td>
                      <Prose text={p.description} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      <ul className={styles.answers} aria-label={`Answers of ${endpoint.path}`}>
        {endpoint.responses.map((r) => (
          <li key={r.status}>
            <strong>{r.status}</strong> {r.types.length > 0 && <code>{r.types.join(', ')}</code>}{' '}
            <Prose text={r.description} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function ApiReferencePage() {
  const doc = openApiDocument();
  const endpoints = referenceOf(doc);
  const h = await headers();
  const origin = `${h.get('x-forwarded-proto') === 'https' ? 'https' : 'http'}://${h.get('host') ?? 'localhost:3000'}`;
  return (
    <>
      <h1>API</h1>
      <p className="lede">
        Every number of the dashboard as JSON, CSV and chart files, read only. Version {doc.info.version} of the
        contract; the machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1),
        from which this page is drawn. Every answer carries an ETag: send it back in <code>If-None-Match</code> for a{' '}
        <code>304</code>. A bad parameter is a <code>400</code> that names it.
      </p>
      <nav aria-label="Endpoints">
        <ul>
          {endpoints.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`}>
                <code>{e.path}</code>
              </a>{' '}
              <span className="muted">{e.summary}</span>
            </li>
          ))}
        </ul>
      </nav>
      {GROUPS.map(([tag, title]) => (
        <section key={tag} aria-labelledby={`group-${tag}`}>
          <h2 id={`group-${tag}`}>{title}</h2>
          {endpoints
            .filter((e) => e.tag === tag)
            .map((e) => (
              <Endpoint key={e.id} endpoint={e} origin={origin} />
            ))}
        </section>
      ))}
    </>
  );
}
