# syntax=docker/dockerfile:1
# Build stage: compile TypeScript and the native SQLite addon.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build
# The runtime needs only the dependencies (tsx, TypeScript and the test tools are dev-only).
RUN npm prune --omit=dev

# Runtime stage: only what the app needs, as a non-root user.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    CORPUS_DIR=/app/corpus \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY prompts ./prompts
COPY corpus ./corpus
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
# Liveness: GET /healthz on PORT, checked with node (the slim image has no curl). In Socket Mode,
# where the app may serve no HTTP, a refused connection counts as alive (see src/healthcheck.ts).
# The start period covers building the index on first start.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "dist/healthcheck.js"]
CMD ["node", "dist/main.js"]
