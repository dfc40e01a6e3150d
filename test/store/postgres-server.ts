// A throwaway PostgreSQL server for tests: initdb into a temporary directory, listen on 127.0.0.1
// at a free port (and a unix socket in that directory), stop and remove everything afterwards.
// Missing binaries fail the tests with a message saying what to install: CI must run these.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';

const SERVER_USER = 'postgres';

/** Where initdb and pg_ctl are: $PG_BIN, else the newest /usr/lib/postgresql/<v>/bin. */
export function postgresBinDir(): string {
  const candidates = [process.env.PG_BIN ?? ''];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join('/usr/lib/postgresql', v, 'bin')));
  }
  const found = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) not found in $PG_BIN or /usr/lib/postgresql/<version>/bin: ' +
        'install them (Debian: apt-get install -y postgresql) to run the PostgreSQL store tests',
    );
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class PostgresServer {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly asUser: string[],
  ) {}

  /** The server's admin URL for `database` (trust authentication on 127.0.0.1). */
  url(database = 'postgres'): string {
    return `postgres://${SERVER_USER}@127.0.0.1:${this.port}/${database}`;
  }

  private static counter = 0;

  /** A new empty database, for one test's store; returns its URL. */
  async createDatabase(prefix = 'store'): Promise<string> {
    const name = `${prefix}_${process.pid}_${++PostgresServer.counter}`;
    await this.admin(`CREATE DATABASE ${name}`);
    return this.url(name);
  }

  /** Runs SQL as the superuser on `database`. */
  async admin(sql: string, database = 'postgres'): Promise<pg.QueryResultRow[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }

  static async start(): Promise<PostgresServer> {
    const bin = postgresBinDir();
    // The server refuses to run as root; as root, run it as the postgres user.
    const root = userInfo().uid === 0;
    const asUser = root ? ['runuser', '-u', SERVER_USER, '--'] : [];
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-'));
    const server = new PostgresServer(dir, await freePort(), bin, asUser);
    try {
      if (root) {
        const { uid, gid } = postgresIds();
        chownSync(dir, uid, gid);
      }
      chmodSync(dir, 0o700);
      server.run('initdb', ['-D', join(dir, 'data'), '-U', SERVER_USER, '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
      // Durability is not what these tests check: skip fsyncs to keep them fast.
      const options = [
        `-p ${server.port}`,
        `-k ${dir}`,
        "-c listen_addresses='127.0.0.1'",
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
      ].join(' ');
      server.run('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start']);
    } catch (error) {
      const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`could not start a test PostgreSQL server: ${(error as Error).message}\n${log}`);
    }
    return server;
  }

  stop(): void {
    try {
      this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private run(tool: string, args: string[]): void {
    const [command, ...rest] = [...this.asUser, join(this.bin, tool), ...args];
    execFileSync(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'], cwd: this.dir, timeout: 60_000 });
  }
}

function postgresIds(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${SERVER_USER}:`));
  if (!line) {
    throw new Error(
      `running as root needs a "${SERVER_USER}" user to run the test PostgreSQL server ` +
        '(Debian: apt-get install -y postgresql creates it)',
    );
  }
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Starts a server before the file's tests and stops it after them. Returns a getter: the server
 * exists only once beforeAll has run.
 */
export function usePostgres(): () => PostgresServer {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await PostgresServer.start();
  }, 60_000);
  afterAll(() => {
    server?.stop();
    server = undefined;
  });
  return () => {
    if (!server) throw new Error('the test PostgreSQL server is not running (usePostgres must be called at file level)');
    return server;
  };
}
