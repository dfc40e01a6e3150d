import pg from 'pg';
import { StoreError } from '../errors.js';
import { PG_SCHEMA } from './migrations.js';

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns a PostgreSQL or network failure into a StoreError that names the (redacted) target and
 * says what to do. Messages from the server never include the password.
 */
export function pgFailure(target: string, action: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return new StoreError(`${action}: cannot connect to ${target}: connection refused (is the PostgreSQL server running there?)`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StoreError(`${action}: cannot connect to ${target}: unknown host`);
    case 'ETIMEDOUT':
      return new StoreError(`${action}: cannot connect to ${target}: timed out`);
    case '28P01':
    case '28000':
      return new StoreError(`${action}: ${target} refused the login (${describe(error)}); check the user and password`);
    case '3D000':
      return new StoreError(`${action}: ${describe(error)} on ${target}; create it first (createdb)`);
    case '25006':
      return new StoreError(`${action}: ${target} was opened read-only`);
    case '53100':
      return new StoreError(`${action} failed: the disk holding ${target} is full`);
    default:
      return new StoreError(`${action} in ${target} failed: ${describe(error)}`);
  }
}

/**
 * A connection pool for the store. Every connection works in the store's schema; a read-only
 * store's connections refuse writes at the server too. `max` bounds how many statements run at
 * once (a worker with --concurrency N needs N).
 */
export function createPool(url: string, options: { readonly: boolean; max?: number }): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
    application_name: 'corroborate',
  });
  // An idle connection that drops (server restart) must not crash the process: the next query
  // gets a fresh connection or a StoreError.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.query(`SET search_path TO ${PG_SCHEMA}`).catch(() => undefined);
    if (options.readonly) client.query('SET default_transaction_read_only = on').catch(() => undefined);
  });
  return pool;
}
