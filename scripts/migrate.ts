// `npm run migrate`: brings the template store (DATABASE_URL, else the SQLite file under DATA_DIR) to the latest
// schema and says what it applied. The service also migrates at start, under the same lock, so this is for running
// migrations before a deploy rather than with it.
import { ConfigError, createConfig } from '../src/config.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrations.js';

let config;
try {
  config = createConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await migrateToLatest(database);
  const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  console.log(`${database.kind} at ${database.location}: ${applied.length > 0 ? `applied ${applied.join(', ')}` : 'already up to date'}`);
} catch (err) {
  console.error(`${database.kind} at ${database.location}: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
