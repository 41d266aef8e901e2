import { execFileSync, spawn, spawnSync } from 'node:child_process';

/** Makes sure a Debian package's command is there, installing it with apt-get when missing (and saying so). */
export function ensureTool(command: string, pkg: string): boolean {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status === 0) return true;
  process.stderr.write(`bench: ${command} is missing; installing Debian package ${pkg} with apt-get\n`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => spawnSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), { stdio: 'ignore' }).status === 0;
  run(['apt-get', 'update']);
  if (!run(['apt-get', 'install', '-y', pkg])) {
    process.stderr.write(`bench: could not install ${pkg}; that comparison is skipped\n`);
    return false;
  }
  return true;
}

/** Runs commands with at most `parallel` at once; returns each one's stdout and peak RSS (KiB, via /usr/bin/time). */
export async function runAll(cmds: { file: string; args: string[]; env?: NodeJS.ProcessEnv }[], parallel: number): Promise<{ stdout: string; maxRssKb: number }[]> {
  const results: { stdout: string; maxRssKb: number }[] = new Array(cmds.length);
  let next = 0;
  const worker = async () => {
    while (next < cmds.length) {
      const i = next++;
      const c = cmds[i]!;
      results[i] = await new Promise((resolve, reject) => {
        const child = spawn('/usr/bin/time', ['-f', '%M', c.file, ...c.args], { env: { ...process.env, ...c.env } });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('error', reject);
        child.on('close', () => resolve({ stdout: out, maxRssKb: Number(err.trim().split('\n').pop()) || 0 }));
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

export const version = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0]!.trim();
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? '').split('\n')[0]!.trim();
  }
};
