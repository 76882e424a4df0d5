import { dockerfileRule } from './dockerfile/defineRule';
import { shippedStageIndexes } from './dockerfile/stages';
import { installedPackages, stageCommands, stageBase } from './dockerfile/baseImage';

// Headless Chromium/Chrome and wkhtmltopdf draw text with the fonts fontconfig finds in the
// image. The Debian, Ubuntu and Alpine images (and the official images built on them that we
// list in knowledge/baseImages.ts) carry no font with Hangul, so a screenshot or PDF of Korean
// text shows empty boxes (tofu). Installing a CJK font fixes it: fonts-nanum or fonts-noto-cjk
// (Debian/Ubuntu), font-noto-cjk (Alpine). Browsers fetched by npm packages (puppeteer,
// playwright) are not judged: what their install scripts add is not in the Dockerfile.

const RENDERERS = new Set(['chromium', 'chromium-browser', 'chromium-headless-shell', 'google-chrome-stable', 'google-chrome-beta', 'google-chrome-unstable', 'wkhtmltopdf']);
// Any of these in the file means a font with Hangul is (or may be) provided: stay silent.
const CJK_FONT = /nanum|noto[-_ ]?(?:sans|serif)?[-_ ]?cjk|fonts-noto(?![-\w])|unfonts|baekmuk|wqy|language-pack-ko|\/usr\/(?:local\/)?share\/fonts|\.fonts\b|fonts\.conf|--with-deps|install-deps/i;

export const browserNeedsCjkFont = dockerfileRule(
  {
    id: 'browser-needs-cjk-font',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '헤드리스 브라우저와 PDF 변환기에는 한글 글꼴을 같이 설치해요', en: 'Install a CJK font with headless browsers and PDF renderers' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/reference/dockerfile/#run',
    ],
    messages: {
      noFont: {
        ko: '‘{package}’을/를 설치하지만 이미지에 한글 글꼴이 없어요. 베이스 이미지 {image}에는 한글이 든 글꼴이 없어서 스크린숏이나 PDF에 한글이 네모(□)로 나와요. ‘{font}’을/를 같이 설치하세요.',
        en: '‘{package}’ is installed but the image has no font with Hangul: {image} carries none, so Korean text renders as empty boxes in screenshots and PDFs. Install ‘{font}’ too.',
      },
    },
  },
  (doc, report) => {
    if (CJK_FONT.test(doc.text)) return;
    const shipped = shippedStageIndexes(doc);
    for (const stage of doc.stages) {
      if (!shipped.has(stage.index)) continue;
      const { facts, image = '' } = stageBase(doc, stage);
      if (!facts.distro) continue;
      const font = facts.distro === 'alpine' ? 'font-noto-cjk' : 'fonts-nanum';
      for (const found of stageCommands(doc, stage)) {
        const packages = installedPackages(found);
        const words = found.command.words;
        for (const name of packages) {
          if (!RENDERERS.has(name)) continue;
          const word = words.find((w) => w.text.split('=')[0].toLowerCase() === name);
          if (!word) continue;
          report({ range: doc.lines.range(word.start, word.end), messageId: 'noFont', data: { package: name, image, font } });
        }
      }
    }
  },
);
