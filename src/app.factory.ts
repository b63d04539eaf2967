import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module';
import { answerFrameworkError } from './common/error.filter';
import { refuseOversizedContinue } from './common/expect-continue';
import { bodyDeadline, limitConnectionsPerClient } from './common/slow-clients';
import { AppConfig, largestDocumentJson, trustProxyOption } from './config/configuration';
import { registerNdjsonBody } from './imports/ndjson-body';
import { requestLogOptions } from './logger-options';
import { ASSET_PREFIX, readerAssetsDir } from './reader/assets';

const DOCUMENTS_ROUTE = '/api/documents';
const IMPORTS_ROUTE = '/api/imports';

/** Builds the HTTP application exactly as it runs in production; main.ts and the e2e tests both use it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  // Proxy headers are believed only from the proxies TRUST_PROXY names; by default from none, so a client
  // cannot choose the address it is rate-limited by.
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config),
    frameworkErrors: answerFrameworkError,
  });
  // A document may be larger than other bodies: its route takes up to MAX_DOCUMENT_BYTES of text (with room for
  // JSON escapes); the service refuses a longer text with 413 naming the setting.
  const documentBodyLimit = largestDocumentJson(config);
  adapter.getInstance().addHook('onRoute', (route) => {
    if (route.url === DOCUMENTS_ROUTE && [route.method].flat().includes('POST')) {
      route.bodyLimit = documentBodyLimit;
    }
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // One line per request, written once its response is sent; with logging off (the least it logs is a failed
  // request, as an error) not even the hook is there.
  const logRequest = pinoHttp(requestLogOptions(config.LOG_LEVEL));
  if (logRequest.logger.isLevelEnabled('error')) {
    adapter
      .getInstance()
      .addHook('onRequest', (request, reply, done) => logRequest(request.raw, reply.raw, done));
  }
  // Imports stream their body to the database: their route gets the raw request stream.
  registerNdjsonBody(app.getHttpAdapter().getInstance());

  // Security headers on every answer (API, errors, reader pages, assets). helmet() checks its options and renders
  // every header when called, so it is called once here; @fastify/helmet called it again on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      // Kept from helmet's defaults (script-src 'self', no inline script) except the upgrade to https,
      // which would break the reader's assets on a plain-HTTP deployment reached by host name.
      directives: { upgradeInsecureRequests: null },
    },
  });
  adapter
    .getInstance()
    .addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()));
  adapter.getInstance().addHook(
    'onRequest',
    bodyDeadline(config.REQUEST_BODY_TIMEOUT_MS, (url) => url.split('?')[0] === IMPORTS_ROUTE),
  );
  // The workspace's session cookie (src/sessions). Form posts (sign-in) need no plugin: Nest's Fastify
  // adapter parses application/x-www-form-urlencoded itself, and a second parser would refuse to register.
  await app.register(cookie);
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
  refuseOversizedContinue(app.getHttpServer(), (request) => {
    const route = request.method === 'POST' ? request.url?.split('?')[0] : undefined;
    // An import streams its body line by line (each line bounded): no body limit applies to it.
    if (route === IMPORTS_ROUTE) return Infinity;
    return route === DOCUMENTS_ROUTE ? documentBodyLimit : config.BODY_LIMIT_BYTES;
  });
  if (config.MAX_CONNECTIONS_PER_CLIENT > 0 && config.TRUST_PROXY === false) {
    limitConnectionsPerClient(app.getHttpServer(), config.MAX_CONNECTIONS_PER_CLIENT);
  }
  return app;
}
