# One image for the whole hub: the gateway by default; docker-compose.yml runs each subgraph from it
# with its own command (node --import tsx subgraphs/<partner>/main.ts).
FROM node:20-bookworm-slim
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev

COPY tsconfig.json ./
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema

ENV HOST=0.0.0.0
CMD ["node", "--import", "tsx", "gateway/main.ts"]
