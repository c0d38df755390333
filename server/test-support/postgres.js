// @ts-check
/**
 * A throwaway PostgreSQL cluster for the tests and the benchmark, from Debian's `postgresql` package:
 * initdb + pg_ctl in a temporary folder, on a free port, its unix socket in that folder too. As root the
 * server runs as `nobody` (PostgreSQL refuses to run as root). Stopped and deleted at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = '/usr/lib/postgresql';

/** The newest PostgreSQL's bin folder, or undefined when the package is not installed. */
export function postgresBin() {
  if (process.env.PG_BIN) return existsSync(path.join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(path.join(ROOT, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(ROOT, versions[0], 'bin') : undefined;
}

/** Why the PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresMissing() {
  return postgresBin()
    ? undefined
    : `PostgreSQL not found (no initdb under ${ROOT}/*/bin): install Debian's package, apt-get install postgresql`;
}

/** A port nobody listens on right now. @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });

/**
 * Start a cluster. `durable: false` (the tests) turns fsync off: faster, and nothing there must survive a
 * power cut. The benchmark keeps the defaults, so its commits/s are what a real server would see.
 * @param {{ durable?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, dir: string, stop: () => void }>}
 *   `url`: the superuser `som` on the database `postgres` (trust authentication, 127.0.0.1 only)
 */
export async function startPostgres({ durable = false } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error(postgresMissing());
  const dir = mkdtempSync(path.join(tmpdir(), 'som-pg-'));
  const data = path.join(dir, 'data');
  /** @type {string[]} */
  let asUser = [];
  if (process.getuid?.() === 0) {
    // PostgreSQL will not run as root: hand the folder to nobody and run the binaries as nobody.
    const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
    asUser = ['runuser', '-u', 'nobody', '--'];
  }
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) => {
    const [cmd, ...rest] = [...asUser, path.join(bin, tool), ...args];
    const r = spawnSync(cmd, rest, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'som', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-instructions']);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`, // the unix socket here, not in /var/run/postgresql
    '-h 127.0.0.1',
    '-c max_connections=200',
    ...(durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
  ].join(' ');
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', settings, '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.on('exit', stop); // a test process that ends early still leaves nothing running
  return { url: `postgres://som@127.0.0.1:${port}/postgres`, port, dir, stop };
}

/** @type {Promise<string> | undefined} */
let ownCluster;

/**
 * A database for one test folder, made on first use: on the cluster of SOM_TEST_POSTGRES_URL (one for the
 * whole run, see run-postgres.js), else on a cluster this process starts for itself.
 * @param {string} dir
 */
export async function testDatabaseUrl(dir) {
  const admin = process.env.SOM_TEST_POSTGRES_URL ?? (await (ownCluster ??= startPostgres().then((c) => c.url)));
  const name = `som_${createHash('sha256').update(dir).digest('hex').slice(0, 24)}`;
  const client = new pg.Client(admin);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } catch (e) {
    if (/** @type {any} */ (e).code !== '42P04') throw e; // made by an earlier start on this folder
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.href;
}
