import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getModels } from '@/db/queries';
import { isQwen3, orgColour } from '../_lib/encodings';
import { formatParams } from '../_lib/format';

export const metadata: Metadata = { title: 'Models' };

export default async function ModelsPage() {
  await connection();
  const models = getModels();
  return (
    <>
      <h1>Models</h1>
      <p className="lede">Every model with published results: Qwen3 first, then the baselines it was compared with.</p>
      <div className="table-wrap">
        <table data-testid="models-table">
          <caption className="sr-only">Models with their size and number of results</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Organisation</th>
              <th scope="col">Family</th>
              <th scope="col">Architecture</th>
              <th scope="col" className="num">
                Active / total params
              </th>
              <th scope="col">Open weights</th>
              <th scope="col" className="num">
                Results
              </th>
            </tr>
          </thead>
          <tbody>
            {[...models]
              .sort((a, b) => Number(isQwen3(b.family)) - Number(isQwen3(a.family)))
              .map((m) => (
                <tr key={m.id} className={isQwen3(m.family) ? 'qwen' : undefined}>
                  <td>
                    <Link href={`/models/${m.id}`}>{m.name}</Link>
                  </td>
                  <td>
                    <span
                      className="swatch"
                      style={{
                        display: 'inline-block',
                        width: '0.7rem',
                        height: '0.7rem',
                        background: orgColour(m.org, m.family),
                        marginRight: '0.3rem',
                      }}
                    />
                    {m.org}
                  </td>
                  <td>{m.family}</td>
                  <td>{m.architecture || <span className="muted">not reported</span>}</td>
                  <td className="num">
                    {formatParams(m.activeParams)} / {formatParams(m.totalParams)}
                  </td>
                  <td>{m.openWeights || <span className="muted">not reported</span>}</td>
                  <td className="num">{m.results}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
