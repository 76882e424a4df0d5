import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands, APK_OPTIONS_WITH_VALUE } from './dockerfile/commands';
import { hasCacheMountOver, removesPath } from './dockerfile/runScript';
import { subcommand } from './dockerfile/shell';
import { shippedStageIndexes } from './dockerfile/stages';

// `apk add` keeps the package index in /var/cache/apk; `apk add --no-cache` fetches it, uses it
// and leaves nothing. Silent with a cache mount on the apk cache, when the same RUN removes
// /var/cache/apk, and in stages that do not end up in the final image.

const CACHE_DIRS = ['/var/cache/apk', '/etc/apk/cache'];

export const apkNoCache = dockerfileRule(
  {
    id: 'apk-no-cache',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '‘apk add’에 --no-cache를 붙여요', en: 'Use apk add --no-cache' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
    ],
    messages: {
      missing: {
        ko: '‘{command}’은/는 패키지 색인을 /var/cache/apk에 남겨서 레이어가 커져요. ‘apk add --no-cache’로 쓰면 색인을 받아 쓰고 남기지 않아요.',
        en: '‘{command}’ leaves the package index in /var/cache/apk; ‘apk add --no-cache’ uses it without keeping it.',
      },
    },
    equivalents: { hadolint: ['DL3019'] },
    fixable: true,
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    for (const { script, command, resolved } of allCommands(doc)) {
      if (resolved.program !== 'apk' || !shipped.has(script.stage.index)) continue;
      const sub = subcommand(resolved.args, APK_OPTIONS_WITH_VALUE);
      if (!sub || sub.word.text !== 'add') continue;
      if (resolved.args.some((a) => a.text === '--no-cache')) continue;
      if (hasCacheMountOver(script, CACHE_DIRS) || removesPath(script, CACHE_DIRS)) continue;
      const program = command.words[resolved.programIndex];
      const at = doc.lines.positionAt(sub.word.end);
      report({
        range: doc.lines.range(program.start, sub.word.end),
        messageId: 'missing',
        data: { command: doc.text.slice(program.start, sub.word.end) },
        fixes: [{ title: { ko: '--no-cache 붙이기', en: 'Add --no-cache' }, edits: [{ range: { start: at, end: at }, newText: ' --no-cache' }] }],
      });
    }
  },
);
