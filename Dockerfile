# syntax=docker/dockerfile:1
# The reference server in a container: `docker build -t som-widgets .`, or `docker compose up` (compose.yaml).
# Three stages: build the widgets (dist/), install the production dependencies, and a small runtime image that
# runs as the unprivileged `node` user with the SQLite database (or, with DATABASE_URL, only the cancel-link key
# and the feed cache) on a volume at /app/data.

ARG NODE_VERSION=22

# 1. Build: every dependency (TypeScript, rollup), then the same two steps as `npm run build` without its
#    manifest (custom-elements.json is committed) and without cleaning (the stage starts empty).
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json rollup.config.mjs ./
COPY src src
RUN npx tsc -p tsconfig.build.json && npx rollup -c --silent

# 2. Production dependencies only (hono, better-sqlite3, nodemailer; lit, zod, ical.js for the feed build).
#    better-sqlite3 fetches a prebuilt binary; python3, make and g++ are there for when it has to compile.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
# The rebuild runs better-sqlite3's install script even where npm holds install scripts back (npm 11 can);
# the last step fails the build here, not at the first request, if the native module does not load.
RUN npm ci --omit=dev --no-audit --no-fund \
  && npm rebuild better-sqlite3 \
  && node -e "new (require('better-sqlite3'))(':memory:').close()" \
  && mkdir -p server/node_modules

# 3. Runtime: code, built widgets and production dependencies; no compiler, no dev dependencies, not root.
FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATABASE_FILE=/app/data/som.db
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/server/node_modules server/node_modules
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY server/src server/src
COPY server/static server/static
COPY feed-build feed-build
COPY demo demo
COPY --from=build /app/dist dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME /app/data
EXPOSE 8080
# /healthz answers while the process lives (/readyz also checks the database and the feed).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 and handles SIGTERM (finish requests, close the database) and SIGHUP (reload the feed).
CMD ["node", "server/src/main.js"]
