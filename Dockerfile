# One image for the whole hub: the gateway by default; docker-compose.yml runs each subgraph from it
# with its own command (node --import tsx subgraphs/<partner>/main.ts).
FROM node:20-bookworm-slim
WORKDIR /app

COPY package.json package-lock.json ./
COPY platform/package.json ./platform/
COPY subgraphs/kit/package.json ./subgraphs/kit/
COPY subgraphs/gemeente/package.json ./subgraphs/gemeente/
COPY subgraphs/welzijn/package.json ./subgraphs/welzijn/
COPY subgraphs/zorg/package.json ./subgraphs/zorg/
COPY subgraphs/bewoners/package.json ./subgraphs/bewoners/
COPY gateway/package.json ./gateway/
COPY hub/package.json ./hub/
RUN npm ci --omit=dev

COPY tsconfig.json ./
COPY platform ./platform
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema

ENV HOST=0.0.0.0
CMD ["node", "--import", "tsx", "gateway/main.ts"]
