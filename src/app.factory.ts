import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/configuration';
import { registerNdjsonBody } from './imports/ndjson-body';
import { ASSET_PREFIX, readerAssetsDir } from './reader/assets';

/** Builds the HTTP application exactly as it runs in production; main.ts and the e2e tests both use it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: config.BODY_LIMIT_BYTES, trustProxy: true });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Imports stream their body to the database: their route gets the raw request stream.
  registerNdjsonBody(app.getHttpAdapter().getInstance());

  await app.register(helmet, {
    contentSecurityPolicy: {
      // Kept from helmet's defaults (script-src 'self', no inline script) except the upgrade to https,
      // which would break the reader's assets on a plain-HTTP deployment reached by host name.
      directives: { upgradeInsecureRequests: null },
    },
  });
  // The reader pages' CSS and JS (same origin, so the default CSP's script-src 'self' allows them).
  app.useStaticAssets({ root: readerAssetsDir(), prefix: ASSET_PREFIX });
  if (config.CORS_ORIGINS) {
    const origins = config.CORS_ORIGINS === '*' ? true : config.CORS_ORIGINS.split(',');
    await app.register(cors, { origin: origins });
  }

  const openApi = new DocumentBuilder()
    .setTitle('claimtrail')
    .setDescription(
      'Claim-and-source provenance: attributed claims and editorial assertions, their speakers, anchors and evidence.',
    )
    .setVersion('0.1.0')
    // Reads are open unless READS_REQUIRE_KEY; writes need a key (Authorization: Bearer <key>).
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'An API key from `keys create` or POST /api/keys',
    })
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });

  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
