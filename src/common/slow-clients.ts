// Two bounds on what one client's sockets can hold, since Fastify sets no request timeout of its own (Node's
// headersTimeout covers only the headers): a body that has not arrived in full by a deadline, and more open
// connections from one address than any real client needs.
import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * An onRequest hook: a request whose body has not fully arrived `ms` after its headers is answered 408 and its
 * connection closed, so a client that announces a body and sends it a byte at a time (or never) cannot hold a
 * socket and a parser open indefinitely. `exempt` routes (the import upload, which streams for as long as it
 * keeps sending and has an idle guard of its own) are left alone.
 */
export function bodyDeadline(ms: number, exempt: (url: string) => boolean) {
  return (
    request: { raw: IncomingMessage; url: string },
    reply: { raw: ServerResponse },
    done: () => void,
  ) => {
    const raw = request.raw;
    const announced =
      raw.headers['transfer-encoding'] !== undefined || Number(raw.headers['content-length']) > 0;
    if (!announced || exempt(request.url)) return done();
    const timer = setTimeout(() => {
      if (raw.complete || reply.raw.headersSent) return;
      const body = JSON.stringify({
        statusCode: 408,
        error: 'Request Timeout',
        message: `the request body did not arrive within ${ms} ms`,
      });
      reply.raw.writeHead(408, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        connection: 'close',
      });
      reply.raw.end(body, () => raw.socket?.destroy());
    }, ms);
    timer.unref();
    const stop = () => clearTimeout(timer);
    raw.once('end', stop);
    reply.raw.once('close', stop);
    done();
  };
}

/**
 * Closes a new connection at once when its address already holds `max` open ones: file descriptors are shared by
 * every client, and one that opens thousands of idle sockets would otherwise leave none for the others. Only for
 * clients reached directly; behind a proxy every connection comes from the proxy, which limits its clients.
 */
export function limitConnectionsPerClient(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
