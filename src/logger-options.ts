import { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';

/** One JSON line per request: method, path, status and timing; never headers, keys or bodies. */
export function loggerOptions(level: string): Params {
  return {
    pinoHttp: {
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
    },
  };
}
