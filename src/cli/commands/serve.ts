import { DEFAULT_DB, DocketError, EXIT, oneLine, startServer } from '../../index.ts';
import { defineCommand, intOption, parse } from '../command.ts';

const usage = 'docket serve [--db out/docket.db] [--port 8080] [--host 127.0.0.1]';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'a local web page to browse decisions, see each value on its page and follow the flags',
  usage,
  help: 'Serves the database read-only on 127.0.0.1 by default (--port 0 picks a free port). Ctrl-C stops it.',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, usage);
    const dbPath = values.db ?? DEFAULT_DB;
    let app;
    try {
      app = await startServer(dbPath, { port: intOption(values.port, 'port', 8080, 0), host: values.host ?? '127.0.0.1' });
    } catch (err) {
      if (err instanceof DocketError) throw err;
      throw new DocketError(`cannot listen: ${oneLine(err)}; choose another --port`, EXIT.fatal);
    }
    process.stderr.write(`docket: serving ${dbPath} at ${app.url}/ (read-only; Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void app.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT.ok;
  },
});
