# The API alone; the database comes from docker-compose.yml (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
EXPOSE 4000
CMD ["npx", "tsx", "src/main.ts"]
