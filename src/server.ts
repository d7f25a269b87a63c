// Starts the service: config -> logger -> buildApp -> listen, with a graceful close on signals.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, createConfig } from './config.js';

async function main() {
  let config;
  try {
    config = createConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const app = await buildApp(config, { logger: { level: config.logLevel } });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing');
    await app.close();
  });
  await app.listen({ port: config.port, host: config.host });
}

await main();
