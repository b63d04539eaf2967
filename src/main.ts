import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApp } from './app.factory';
import { validateEnvironment } from './config/configuration';
import { openDatabase } from './database/open-database';

async function bootstrap() {
  const config = validateEnvironment(process.env);
  const database = await openDatabase(config, { join: false });
  const app = await createApp({ ...config, DATABASE_URL: database.url });
  if (database.warning) new Logger('Database').warn(database.warning);

  // Close the app (and its pool) first, then the embedded server it was talking to.
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      void app
        .close()
        .then(() => database.release())
        .then(() => process.exit(0));
    });
  }
  await app.listen(config.PORT, config.HOST);
  new Logger('Bootstrap').log(`listening on ${listenUrl(app.getHttpServer().address() as AddressInfo)}`);
}

/** The address the server is bound to, as a URL (IPv6 in brackets); 0.0.0.0 and :: mean every interface. */
function listenUrl({ address, port }: AddressInfo): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
