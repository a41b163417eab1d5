import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { openApiDocument } from './_lib/openapi';
import { curlCommand, referenceOf, type EndpointView } from './_lib/reference';
import styles from './reference.module.css';
import { getI18n } from '../_i18n/server';
import type { Translator } from '../_i18n/translate';
import { StaticHtml } from '../_components/static-html';

export const metadata: Metadata = { title: 'API' };

// The API reference, drawn on the server from the OpenAPI document (/api/openapi.json) and
// nothing else: every endpoint, its parameters, its answers and a curl example. No client
// JavaScript of its own; the parameter lists open with <details>.

const GROUPS = ['data', 'exports', 'charts'] as const;

/** A description's `code` spans as <code>; the rest as text. */
function Prose({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}

function Endpoint({ endpoint, origin, tr }: { endpoint: EndpointView; origin: string; tr: Translator }) {
  const { t } = tr;
  const query = endpoint.params.filter((p) => p.where !== 'header');
  return (
    <section className="panel" id={endpoint.id} aria-labelledby={`${endpoint.id}-path`}>
      <h3 id={`${endpoint.id}-path`} className={styles.path}>
        <span className={styles.method}>GET</span> {endpoint.path}
      </h3>
      <p>
        <strong>{endpoint.summary}.</strong> <Prose text={endpoint.description} />
      </p>
      <pre className={styles.curl}>
        <code>{curlCommand(endpoint, origin)}</code>
      </pre>
      {query.length > 0 && (
        <details>
          <summary>{t('api.parameters', { count: query.length })}</summary>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('api.parameter')}</th>
                  <th scope="col">{t('api.in')}</th>
                  <th scope="col">{t('api.accepts')}</th>
                  <th scope="col">{t('api.meaning')}</th>
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
      <ul className={styles.answers} aria-label={t('api.answers', { path: endpoint.path })}>
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
  const tr = await getI18n();
  const { t } = tr;
  const doc = openApiDocument();
  const endpoints = referenceOf(doc);
  const h = await headers();
  const origin = `${h.get('x-forwarded-proto') === 'https' ? 'https' : 'http'}://${h.get('host') ?? 'localhost:3000'}`;
  return (
    <>
      <h1>API</h1>
      <p className="lede">
        {tr.rich(
          'api.lede',
          {
            doc: (text) => <a href="/api/openapi.json">{text}</a>,
            code: (text) => <code>{text}</code>,
          },
          { version: doc.info.version },
        )}
      </p>
      <nav aria-label={t('api.endpoints')}>
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
      <StaticHtml>
        <>
          {GROUPS.map((tag) => (
            <section key={tag} aria-labelledby={`group-${tag}`}>
              <h2 id={`group-${tag}`}>{t(`api.groups.${tag}`)}</h2>
              {endpoints
                .filter((e) => e.tag === tag)
                .map((e) => (
                  <Endpoint key={e.id} endpoint={e} origin={origin} tr={tr} />
                ))}
            </section>
          ))}
        </>
      </StaticHtml>
    </>
  );
}
