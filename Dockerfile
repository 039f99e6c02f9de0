# Realm Chat server image. better-sqlite3 is compiled at install time, so the build stage needs a
# toolchain (the full node image has python3, make and g++); the runtime stage copies the result.
# Node 22 LTS (Node 20 reached end of life in April 2026); the server runs as the image's `node` user.
FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY src ./src
# The web client (web/ → web/dist, served at /) is built here too: npm run build runs Vite after tsc.
COPY web ./web
COPY scripts/web-build.mjs ./scripts/web-build.mjs
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data
COPY --from=build --chown=root:root /app /app
# The data volume belongs to the unprivileged user; the code stays read-only to it.
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
USER node
VOLUME ["/data"]
EXPOSE 3000 8889
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Operator commands in a container: node dist/cli/admin.js <command>, node dist/cli/backup.js <dir>.
CMD ["node", "dist/main.js"]
