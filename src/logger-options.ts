import { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import { Options } from 'pino-http';

/** One JSON line per request: method, path, status and timing; never headers, keys or bodies. */
export function requestLogOptions(level: string): Options {
  return {
    level,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown }) => ({
        id: req.id,
        method: req.method,
        url: req.url?.split('?')[0],
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'res.headers'], remove: true },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  };
}

/**
 * The application's logger (Nest's Logger writes through it). Requests are logged by a Fastify hook
 * (app.factory.ts) rather than by nestjs-pino's middleware, which is applied to no route: that middleware kept each
 * request's logger in an AsyncLocalStorage, which on Node 20 hooks every promise the process makes, and built
 * the request's child logger even with logging off.
 */
export function loggerOptions(level: string): Params {
  return { pinoHttp: requestLogOptions(level), forRoutes: [] };
}
