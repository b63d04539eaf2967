import { IncomingMessage, Server, ServerResponse, STATUS_CODES } from 'node:http';

/**
 * Answers `Expect: 100-continue` itself: a body declared larger than the server accepts gets 413 before the
 * client sends it (Node would otherwise say 100 Continue, then the body limit would cut the connection).
 * Anything else is told to continue and handled as a normal request.
 */
export function refuseOversizedContinue(server: Server, largestBody: (request: IncomingMessage) => number) {
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    const declared = Number(request.headers['content-length']);
    const limit = largestBody(request);
    if (Number.isFinite(declared) && declared > limit) {
      const body = JSON.stringify({
        statusCode: 413,
        error: STATUS_CODES[413],
        message: `the request body (${declared} bytes) is larger than the ${limit} bytes this server accepts`,
      });
      response.writeHead(413, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        connection: 'close',
      });
      response.end(body);
      return;
    }
    response.writeContinue();
    server.emit('request', request, response);
  });
}
