import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './free-port';
import { waitForServer } from './wait-for-server';

// A real server process (node, answering after a delay, with a status of its choosing), and the
// ways waiting for it can end.

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

function server(port: number, { after = 0, status = 200, exitAt = -1 } = {}): ChildProcess {
  const code = `
    if (${exitAt} >= 0) setTimeout(() => { console.log('giving up'); process.exit(3); }, ${exitAt});
    setTimeout(() => require('node:http').createServer((q, s) => { s.statusCode = ${status}; s.end('x'); })
      .listen(${port}, '127.0.0.1'), ${after});`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'ignore'] });
  started.push(child);
  return child;
}

describe('waitForServer', () => {
  it('resolves once the server answers, not before', async () => {
    const port = await freePort();
    const child = server(port, { after: 700 });
    const from = Date.now();
    await waitForServer(`http://127.0.0.1:${port}/`, child, { timeoutMs: 20_000 });
    expect(Date.now() - from).toBeGreaterThanOrEqual(600);
  });

  it('fails at once when the server exits, with what it printed', async () => {
    const port = await freePort();
    const child = server(port, { after: 60_000, exitAt: 200 });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d));
    await expect(
      waitForServer(`http://127.0.0.1:${port}/`, child, { timeoutMs: 20_000, output: () => out }),
    ).rejects.toThrow(/exited \(3\) before answering .*\n[\s\S]*giving up/);
  });

  it('waits for the status it is told means up, and gives up after its time', async () => {
    const port = await freePort();
    const child = server(port, { status: 503 });
    await expect(
      waitForServer(`http://127.0.0.1:${port}/`, child, { timeoutMs: 1500, up: (s) => s === 200 }),
    ).rejects.toThrow(/no answer from .* within 1.5 s/);
  });
});
