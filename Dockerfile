# The app image used by docker-compose.yml: build once, ingest the bundled roadmap, serve.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["sh", "-c", "npx tsx --conditions=react-server ingest/cli.ts && npx next start -H 0.0.0.0 -p 3000"]
