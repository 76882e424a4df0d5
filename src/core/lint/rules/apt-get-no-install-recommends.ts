import { dockerfileRule } from './dockerfile/defineRule';
import { aptCalls, callRange, hasAptOption } from './dockerfile/commands';

// apt installs "recommended" packages by default: often tens of megabytes the program does
// not need. `--no-install-recommends` keeps the layer to what was asked for. Silent when apt is
// configured not to (`-o APT::Install-Recommends=false`, or an apt.conf line in the file).

export const aptGetNoInstallRecommends = dockerfileRule(
  {
    id: 'apt-get-no-install-recommends',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '‘apt-get install’에 --no-install-recommends를 붙여요', en: 'Use --no-install-recommends with apt-get install' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
    ],
    messages: {
      missing: {
        ko: '‘{command}’은/는 추천(recommended) 패키지까지 함께 설치해서 이미지가 커져요. 꼭 필요한 것만 설치하려면 --no-install-recommends를 붙이세요. 추천 패키지가 실제로 필요하면 이름을 직접 적으세요.',
        en: '‘{command}’ also installs recommended packages, growing the image. Add --no-install-recommends and name any you really need.',
      },
    },
    equivalents: { hadolint: ['DL3015'] },
    fixable: true,
  },
  (doc, report) => {
    if (/Install-Recommends\s*"?(?:false|0)/i.test(doc.text)) return;
    for (const call of aptCalls(doc, ['install'])) {
      const opts = call.options;
      if (opts.some((o) => o.text === '--no-install-recommends' || o.text === '--install-recommends=false')) continue;
      if (hasAptOption(opts, /^APT::Install-Recommends$/i, /^(?:0|false|no)$/i)) continue;
      if (!opts.some((o) => !o.text.startsWith('-'))) continue; // `apt-get install -f`: no packages named
      const range = callRange(doc, call.program, call.sub);
      const at = doc.lines.positionAt(call.sub.end);
      report({
        range,
        messageId: 'missing',
        data: { command: doc.text.slice(call.program.start, call.sub.end) },
        fixes: [{ title: { ko: '--no-install-recommends 붙이기', en: 'Add --no-install-recommends' }, edits: [{ range: { start: at, end: at }, newText: ' --no-install-recommends' }] }],
      });
    }
  },
);
