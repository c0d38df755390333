// @ts-check
/**
 * `npm test --workspace server`, second pass: the server's suites again, on PostgreSQL. Starts one throwaway
 * cluster for the run (each test folder gets its own database on it), runs node --test with
 * SOM_TEST_STORAGE=postgres, stops and deletes the cluster. Without PostgreSQL installed the pass is skipped
 * with the reason printed, except in CI (CI=true, or SOM_REQUIRE_POSTGRES=1 as .ci/run sets), where that fails.
 *   node test-support/run-postgres.js [test files…]   (default: every suite in test/)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { postgresMissing, startPostgres } from './postgres.js';

const SERVER = fileURLToPath(new URL('..', import.meta.url));
const files = process.argv.slice(2);

const missing = postgresMissing();
if (missing) {
  const ci = process.env.CI === 'true' || process.env.CI === '1' || process.env.SOM_REQUIRE_POSTGRES === '1';
  console.log(`\n${ci ? 'FAILED' : 'SKIPPED'}: the server's tests on PostgreSQL did not run. ${missing}.`);
  process.exit(ci ? 1 : 0);
}

console.log('\nThe server tests again, on PostgreSQL (a throwaway cluster):');
const cluster = await startPostgres();
let status = 1;
try {
  const run = spawn(
    process.execPath,
    [
      '--import',
      '../tests/clock/register.mjs',
      '--test',
      '--test-concurrency=1',
      ...(files.length ? files : ['test/']),
    ],
    {
      cwd: SERVER,
      stdio: 'inherit',
      env: { ...process.env, SOM_TEST_STORAGE: 'postgres', SOM_TEST_POSTGRES_URL: cluster.url },
    },
  );
  // Interrupted (Ctrl-C, a CI timeout): the tests stop and the cluster goes too.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
    process.once(signal, () => run.kill(signal));
  const [code] = await once(run, 'exit');
  status = code ?? 1;
} finally {
  cluster.stop();
}
process.exit(status);
