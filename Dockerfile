# The API alone; the database comes from docker-compose.yml (NEO4J_URI).

# Build: TypeScript compiled to dist/ (the dev dependencies stay in this stage).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# Run: the compiled build (not tsx), production dependencies only.
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
# The explorer's, the IDE's and the landing page's browser files.
COPY src/explore/public ./src/explore/public
COPY src/explore/ide ./src/explore/ide
COPY src/explore/landing ./src/explore/landing
# Run as the image's unprivileged user; the code stays root-owned, read-only to it.
USER node
EXPOSE 4000
# /ready: the API answers and Neo4j is reachable with the schema and seeds in place.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
