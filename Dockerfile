# syntax=docker/dockerfile:1.7
# CX Maturity Assessment as a container image: deps → source → build → runtime, plus a `migrate`
# target (migrations, seed, first administrator), which needs the project's node_modules and so is a
# separate, bigger image. compose.yaml builds both. README, "Running several instances".
#
#   docker build --target runtime --secret id=next_actions_key,env=NEXT_SERVER_ACTIONS_ENCRYPTION_KEY -t cx-maturity .
#   docker build --target migrate -t cx-maturity-migrate .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: node_modules exactly as the lockfile says ------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
# npm 11, as the README asks for (the lockfile is written by it).
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json ./
# No install scripts: the project's postinstall (prisma generate) needs the sources, which come next;
# embedded PostgreSQL's binaries are never used in a container (DATABASE_URL is always external); and
# Prisma's own scripts would download native engines the app does not use (ADR 0002).
RUN npm ci --ignore-scripts --no-audit --no-fund

# ---- source: the project and its generated Prisma client ---------------------------------------------
FROM deps AS source
COPY . .
RUN node_modules/.bin/tsx scripts/prisma-generate.ts

# ---- build: next build, output: "standalone" ----------------------------------------------------------
FROM source AS build
# One key for every build that serves an installation: Next.js salts server action ids with it and
# embeds it in the build, so instances from different builds still understand each other's pages.
# Given as a build secret (optional: without it the build makes its own key).
RUN --mount=type=secret,id=next_actions_key,required=false \
    if [ -s /run/secrets/next_actions_key ]; then export NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="$(cat /run/secrets/next_actions_key)"; fi \
    && node_modules/.bin/next build

# ---- migrate: one-shot tools over DATABASE_URL (straight to PostgreSQL, not through PgBouncer) ---------
FROM source AS migrate
ENV NODE_ENV=production PATH=/app/node_modules/.bin:$PATH
USER node
# Applies pending migrations, then seeds the default maturity model and toolkit (no demo data in
# production). The first administrator: `docker compose run --rm -e CX_ADMIN_PASSWORD migrate
# tsx scripts/create-admin.ts --email … --name …`.
CMD ["sh", "-c", "tsx scripts/migrate.ts apply && tsx scripts/seed.ts"]

# ---- runtime: node server.js from the standalone output, as a non-root user ---------------------------
FROM ${NODE_IMAGE} AS runtime
# Chromium renders the tagged PDF reports (lib/pdf, lib/chromium.ts looks for /usr/bin/chromium).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-liberation \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, and server.js listens on it; listen on every interface.
# The heap cap of scripts/lib/server-heap.ts, which npm start passes on the command line.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 NODE_OPTIONS=--max-old-space-size=512
# The app's files belong to root and are read-only for the user that runs it; only Next.js's cache
# folder is writable.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# Liveness (no database): /api/health. Orchestrators should route traffic on readiness, /api/ready.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
