// Deterministic large inputs for the benchmark. Nothing random: the same bytes on every run
// and every machine, so figures from two runs compare the same work. Written to a temporary
// folder at bench time; never committed.

const BASES = ['node:20-bookworm-slim', 'python:3.12-slim', 'golang:1.22-alpine', 'debian:bookworm-slim', 'nginx:1.27-alpine', 'ubuntu:24.04'];
const PACKAGES = ['curl', 'ca-certificates', 'git', 'build-essential', 'libpq-dev', 'tzdata', 'jq', 'unzip'];

/**
 * A Dockerfile of exactly `lineCount` lines: many stages, each with the instructions people
 * write (ARG, ENV, multi-line RUN with continuations, COPY --from, heredocs, EXPOSE,
 * HEALTHCHECK, USER, CMD/ENTRYPOINT in both forms), so every rule and every hover finder has
 * work to do.
 */
export function generateDockerfile(lineCount = 10_000) {
  const lines = ['# syntax=docker/dockerfile:1', 'ARG BASE_TAG=20-bookworm-slim', 'ARG APP_VERSION=1.0.0'];
  let stage = 0;
  while (lines.length < lineCount) {
    const base = BASES[stage % BASES.length];
    const block = [
      stage === 0 ? 'FROM node:${BASE_TAG} AS stage0' : `FROM ${base} AS stage${stage}`,
      `ARG APP_VERSION`,
      `ENV APP_HOME=/srv/app${stage} NODE_ENV=production PORT=${3000 + (stage % 1000)}`,
      `LABEL org.opencontainers.image.version="\${APP_VERSION}" org.opencontainers.image.title="stage${stage}"`,
      `WORKDIR /srv/app${stage}`,
      'RUN apt-get update \\',
      `    && apt-get install ${stage % 10 === 9 ? '' : '-y '}--no-install-recommends ${PACKAGES[stage % PACKAGES.length]} ${PACKAGES[(stage + 3) % PACKAGES.length]} \\`,
      '    && rm -rf /var/lib/apt/lists/*',
      'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
      `COPY --chown=node:node package.json package-lock.json ./`,
      stage > 0 ? `COPY --from=stage${stage - 1} /srv/app${stage - 1}/dist ./dist` : 'COPY . .',
      'RUN <<EOF',
      `echo "building stage ${stage}"`,
      'mkdir -p /var/cache/app && chown -R node:node /var/cache/app',
      'EOF',
      `EXPOSE ${3000 + (stage % 1000)}/tcp`,
      `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD curl -fsS http://localhost:${3000 + (stage % 1000)}/health || exit 1`,
      'USER node',
      stage % 2 === 0 ? `CMD ["node", "server.js", "--port", "${3000 + (stage % 1000)}"]` : 'ENTRYPOINT ["/usr/bin/tini", "--"]',
      '',
    ];
    for (const line of block) {
      if (lines.length >= lineCount) break;
      lines.push(line);
    }
    stage++;
  }
  return lines.join('\n') + '\n';
}

/**
 * A Compose file with `serviceCount` services, each with published ports (short and long
 * syntax, some bound to 127.0.0.1, some udp), named volumes and bind mounts, depends_on (list
 * and map forms) and networks, plus the top-level volumes and networks they name.
 */
export function generateCompose(serviceCount = 2_000) {
  const out = ['name: bench', 'services:'];
  const volumeCount = 50;
  const networkCount = 20;
  for (let i = 0; i < serviceCount; i++) {
    const name = `svc${String(i).padStart(4, '0')}`;
    out.push(`  ${name}:`);
    // A few findings on purpose, so that reporting is part of the work: an untagged image
    // every 100th service, a host port taken twice every 50th.
    out.push(i % 100 === 99 ? '    image: nginx' : `    image: registry.example.com/team/${name}:1.${i % 40}.${i % 7}`);
    out.push(`    container_name: bench-${name}`);
    out.push('    restart: unless-stopped');
    out.push('    ports:');
    out.push(`      - "${i % 50 === 49 ? 10000 + i - 1 : 10000 + i}:8080"`);
    if (i % 3 === 0) out.push(`      - "127.0.0.1:${30000 + i}:9090"`);
    if (i % 5 === 0) out.push(`      - "${40000 + i}:53/udp"`);
    if (i % 7 === 0) {
      out.push('      - target: 443');
      out.push(`        published: "${50000 + (i % 15000)}"`);
      out.push('        protocol: tcp');
      out.push('        mode: host');
    }
    out.push('    volumes:');
    out.push(`      - data${i % volumeCount}:/var/lib/${name}`);
    out.push(`      - ./config/${name}:/etc/${name}:ro`);
    if (i % 4 === 0) {
      out.push('      - type: volume');
      out.push(`        source: cache${i % 10}`);
      out.push('        target: /cache');
    }
    if (i > 0) {
      if (i % 2 === 0) {
        out.push('    depends_on:');
        out.push(`      - svc${String(i - 1).padStart(4, '0')}`);
        if (i > 10) out.push(`      - svc${String(i - 10).padStart(4, '0')}`);
      } else {
        out.push('    depends_on:');
        out.push(`      svc${String(i - 1).padStart(4, '0')}:`);
        out.push('        condition: service_started');
      }
    }
    out.push('    networks:');
    out.push(`      - net${i % networkCount}`);
    if (i % 6 === 0) out.push(`      - net${(i + 1) % networkCount}`);
    out.push('    environment:');
    out.push(`      SERVICE_NAME: ${name}`);
    out.push(`      LOG_LEVEL: info`);
  }
  out.push('volumes:');
  for (let v = 0; v < volumeCount; v++) out.push(`  data${v}:`);
  for (let v = 0; v < 10; v++) out.push(`  cache${v}:`);
  out.push('networks:');
  for (let n = 0; n < networkCount; n++) out.push(`  net${n}:`, '    driver: bridge');
  return out.join('\n') + '\n';
}

/**
 * A Compose project of `serviceCount` services split the way teams split them: `compose.yaml`
 * holds half the services and includes `lib/compose.yaml` (three tenths, with its own volumes
 * and networks, as an included project must declare them); `compose.override.yaml` changes
 * ports and environment of a fifth of the base services and adds the last fifth, using the
 * base file's volumes and networks. Deterministic. Returns file texts by relative path.
 */
export function generateComposeProject(serviceCount = 2_000) {
  const baseCount = Math.floor(serviceCount / 2);
  const libCount = Math.floor((serviceCount * 3) / 10);
  const name = (i) => `svc${String(i).padStart(4, '0')}`;
  const service = (out, i, prefix) => {
    out.push(`  ${name(i)}:`);
    out.push(`    image: registry.example.com/team/${name(i)}:1.${i % 40}.${i % 7}`);
    out.push(`    container_name: project-${name(i)}`);
    out.push('    restart: unless-stopped');
    out.push('    ports:');
    out.push(`      - "${10000 + i}:8080"`);
    if (i % 3 === 0) out.push(`      - "127.0.0.1:${30000 + i}:9090"`);
    out.push('    volumes:');
    out.push(`      - ${prefix}data${i % 25}:/var/lib/${name(i)}`);
    out.push(`      - ./config/${name(i)}:/etc/${name(i)}:ro`);
    out.push('    networks:');
    out.push(`      - ${prefix}net${i % 10}`);
    out.push('    environment:');
    out.push(`      SERVICE_NAME: ${name(i)}`);
    out.push('      LOG_LEVEL: ${LOG_LEVEL:-info}');
  };
  const declarations = (out, prefix) => {
    out.push('volumes:');
    for (let v = 0; v < 25; v++) out.push(`  ${prefix}data${v}:`);
    out.push('networks:');
    for (let n = 0; n < 10; n++) out.push(`  ${prefix}net${n}:`, '    driver: bridge');
  };
  const base = ['name: bench-project', 'include:', '  - lib/compose.yaml', 'services:'];
  for (let i = 0; i < baseCount; i++) {
    service(base, i, '');
    if (i > 0 && i % 2 === 0) base.push('    depends_on:', `      - ${name(i - 1)}`);
  }
  declarations(base, '');
  const lib = ['services:'];
  for (let i = baseCount; i < baseCount + libCount; i++) service(lib, i, 'lib');
  declarations(lib, 'lib');
  const override = ['services:'];
  for (let i = 0; i < baseCount; i += 5) {
    override.push(`  ${name(i)}:`, '    ports:', `      - "${20000 + i}:8081"`, '    environment:', '      LOG_LEVEL: debug');
  }
  for (let i = baseCount + libCount; i < serviceCount; i++) {
    service(override, i, '');
    override.push('    depends_on:', `      - ${name(i - baseCount - libCount)}`);
  }
  return {
    'compose.yaml': base.join('\n') + '\n',
    'compose.override.yaml': override.join('\n') + '\n',
    'lib/compose.yaml': lib.join('\n') + '\n',
  };
}
