import type { ChildProcess } from 'node:child_process';

// The one wait for a server that a test or a bench has started: poll its URL until it answers,
// fail at once when its process has exited, fail after a time limit. The tests' servers, the
// pages, charts and export bench parts wait through it.

export type WaitOptions = {
  /** How long to wait in all (default 120 s: a production server's first start on a busy machine). */
  timeoutMs?: number;
  /** Whether an answer's status means the server is up (default: any status below 500). */
  up?: (status: number) => boolean;
  /** The server's output so far, said in the error when it exits or never answers. */
  output?: () => string;
};

/** Resolves once `url` answers as `up` says; rejects when `child` exits first or time runs out. */
export async function waitForServer(url: string, child: ChildProcess, options: WaitOptions = {}): Promise<void> {
  const { timeoutMs = 120_000, up = (status) => status < 500, output = () => '' } = options;
  const said = () => (output() ? `:\n${output().slice(-2000)}` : '');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering ${url}${said()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (up(response.status)) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s${said()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
