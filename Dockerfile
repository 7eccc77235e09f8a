# Ringside gateway image; the same image runs the SGLang simulator (`ringside simulate ...`).
# Node is pinned to the version of the `node` devDependency, so the image runs what the tests ran.

FROM node:24.21.0-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY src ./src
COPY plugins ./plugins
COPY routes ./routes
RUN npm run build

FROM node:24.21.0-slim AS runtime
# ffmpeg: paired runs compare outputs (SSIM/PSNR) and the simulator renders decodable H.264 with it.
# /perf is where backends' performance.log volumes are mounted; owned by node so that a fresh
# named volume mounted there (the simulator's) is writable by the non-root user.
RUN apt-get update \
  && apt-get install -y --no-install-recommends ffmpeg \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /perf \
  && chown node:node /perf
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
  && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
USER node
EXPOSE 8080
# Slim images have no curl: Node's own fetch asks the readiness route (200 once a backend is up).
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health/ready`, { signal: AbortSignal.timeout(4000) }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
# Exec form and node itself: through npm or a shell, SIGTERM would not reach the graceful close.
CMD ["node", "bin/ringside.js"]
