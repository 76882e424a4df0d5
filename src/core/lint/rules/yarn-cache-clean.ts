import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands } from './dockerfile/commands';
import type { FoundCommand } from './dockerfile/commands';
import { hasCacheMountOver, removesPath } from './dockerfile/runScript';
import { shippedStageIndexes } from './dockerfile/stages';
import { runsAsRoot, stageCommands } from './dockerfile/baseImage';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';

// hadolint DL3060, for Yarn 1 only. Yarn 1 unpacks every package it downloads into its cache
// and copies it from there into node_modules (src/package-linker.js, fs.copyBulk): the cache,
// /usr/local/share/.cache/yarn for root (src/util/user-home-dir.js) or ~/.cache/yarn otherwise,
// stays in the layer next to node_modules unless the same RUN runs `yarn cache clean`.
// Yarn 2 and later are not reported: with Plug'n'Play the cache IS the installed packages (the
// app loads them from the zip files), so `yarn cache clean` would break the image. From the
// Dockerfile alone the version is not known (a project's .yarnrc.yml `yarnPath` makes the Yarn 1
// of the node images run Yarn 4), so we report only installs whose options Yarn 2+ refuses:
// `--production`/`--prod`, `--ignore-engines`, `--prefer-offline` and `--non-interactive` stop
// its install with an error (packages/plugin-essentials/sources/commands/install.ts,
// reportDeprecation with error: true). With such an option the build only works under Yarn 1.
// Silent with a cache or tmpfs mount there, `--cache-folder` or YARN_CACHE_FOLDER (the cache is
// somewhere the file chose), the folder removed in the RUN, and in discarded stages.

const YARN1_ONLY = ['--production', '--prod', '--ignore-engines', '--prefer-offline', '--non-interactive'];
// Removing the cache folder (or a folder above it) in the RUN: root's, another user's, or `$(yarn cache dir)`.
const CACHE_DIRS = ['/usr/local/share/.cache', '/root/.cache', '~/.cache', '$HOME/.cache', '${HOME}/.cache', '$(yarn cache dir)'];

export const yarnCacheClean = dockerfileRule(
  {
    id: 'yarn-cache-clean',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: 'Yarn 1로 설치한 RUN에서 ‘yarn cache clean’을 해요', en: 'Run ‘yarn cache clean’ in the RUN that installs with Yarn 1' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
      'https://github.com/yarnpkg/yarn/blob/v1.22.22/src/util/user-home-dir.js',
      'https://github.com/yarnpkg/yarn/blob/v1.22.22/src/package-linker.js',
    ],
    messages: {
      keepsCache: {
        ko: '‘{command}’은/는 Yarn 1용 설치예요. Yarn 2 이후는 Vercel·GCP 빌드가 아니면 ‘{flag}’에서 설치를 멈춰요. Yarn 1은 받은 패키지를 캐시(‘{dir}’)에 풀어 두고 node_modules로 복사해서, 같은 패키지가 이 레이어에 두 벌 남아요. 같은 RUN 끝에 ‘&& yarn cache clean’을 붙이세요.',
        en: '‘{command}’ is a Yarn 1 install: outside Vercel and GCP builds, Yarn 2 and later stop the install at ‘{flag}’. Yarn 1 unpacks what it downloads into its cache (‘{dir}’) and copies it into node_modules, so this layer holds every package twice. End the same RUN with ‘&& yarn cache clean’.',
      },
    },
    equivalents: { hadolint: ['DL3060'] },
  },
  (doc, report) => {
    let shipped: ReadonlySet<number> | undefined;
    let cacheFolderSet: boolean | undefined;
    for (const found of allCommands(doc)) {
      if (found.resolved.program !== 'yarn') continue;
      const flag = yarn1Install(found);
      if (!flag) continue;
      shipped ??= shippedStageIndexes(doc);
      const { script } = found;
      if (!shipped.has(script.stage.index)) continue;
      cacheFolderSet ??= /YARN_CACHE_FOLDER|--cache-folder/.test(doc.text);
      if (cacheFolderSet) continue;
      if (hasCacheMountOver(script, ['/usr/local/share/.cache/yarn', '/root/.cache/yarn']) || script.mounts.some((m) => (m.type === 'cache' || m.type === 'tmpfs') && /\.cache(?:\/yarn)?\/?$/.test(m.target ?? ''))) continue;
      if (removesPath(script, CACHE_DIRS)) continue;
      if (stageCommands(doc, script.stage).some((other) => other.script === script && other.position > found.position && cleansCache(other))) continue;
      const root = runsAsRoot(doc, script.stage, script.instruction.getRange().start.line);
      const { command, resolved } = found;
      const first = command.words[resolved.programIndex];
      const sub = resolved.args.find((a) => a.text === 'install') ?? first;
      report({
        range: doc.lines.range(first.start, sub.end),
        messageId: 'keepsCache',
        data: { command: commandText(doc, found), flag, dir: root ? '/usr/local/share/.cache/yarn' : '~/.cache/yarn' },
      });
    }
  },
);

/** The option that shows Yarn 1 in a `yarn install` / bare `yarn`, or undefined. */
function yarn1Install(found: FoundCommand): string | undefined {
  const args = found.resolved.args;
  const sub = args.find((a) => !a.text.startsWith('-'));
  if (sub && sub.text !== 'install') return undefined;
  return args.map((a) => a.text.split('=')[0]).find((t) => YARN1_ONLY.includes(t));
}

function cleansCache(found: FoundCommand): boolean {
  const words = found.resolved.args.filter((a) => !a.text.startsWith('-')).map((a) => a.text);
  return found.resolved.program === 'yarn' && words[0] === 'cache' && words[1] === 'clean';
}

function commandText(doc: DockerfileDocument, found: FoundCommand): string {
  const { command, resolved } = found;
  return doc.text.slice(command.words[resolved.programIndex].start, command.words[command.words.length - 1].end);
}
