// A throwaway redis-server and docket CLI children for the scale-out tests (test/queue.test.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ROOT, tempDir } from './helpers.ts';

/** True when Debian's redis-server (or any) is on PATH. */
export const hasRedisServer = () => spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;

/** A TCP port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server of its own on a free port, in a temporary folder, keeping nothing on disk (a restart loses every job). */
export class TestRedis {
  private proc: ChildProcess | undefined;
  private constructor(readonly port: number, private readonly dir: string) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await freePort(), tempDir('docket-redis-'));
    await redis.restart();
    return redis;
  }

  /** Starts the server (again, on the same port) and waits until it accepts connections. */
  async restart(): Promise<void> {
    const proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    await new Promise<void>((resolve, reject) => {
      let out = '';
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (/Ready to accept connections/.test(out)) resolve();
      });
      proc.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${out.slice(-500)}`)));
    });
  }

  /** Stops the server (its jobs are lost: nothing is saved). */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }

  /** Empties every queue. */
  async flush(): Promise<void> {
    const client = new Redis(this.url);
    try {
      await client.flushall();
    } finally {
      client.disconnect();
    }
  }
}

/** A docket CLI process (`node bin/docket.mjs ...`) whose stderr is kept, with a wait for a line. */
export interface DocketChild {
  child: ChildProcess;
  stderr(): string;
  /** Resolves with the first match of `re` in stderr (waiting for it), rejects after `timeoutMs`. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];

export function spawnDocket(...args: string[]): DocketChild {
  const child = spawn(process.execPath, [join(ROOT, 'bin/docket.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let err = '';
  const listeners = new Set<() => void>();
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
    for (const l of listeners) l();
  });
  child.stdout!.resume();
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const waitFor = (re: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const m = err.match(re);
        if (!m) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(m);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no ${re} on stderr within ${timeoutMs} ms; stderr:\n${err.slice(-2000)}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, stderr: () => err, waitFor, exited };
}

/** Ends every CLI child still running (by its own process id). */
export async function killChildren(): Promise<void> {
  await Promise.all(
    children.filter((c) => c.exitCode === null && c.signalCode === null).map((c) => {
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      return exited;
    }),
  );
}
