import type { Range } from '../../types';
import type { Report, Rule } from '../types';
import type { ComposeDocument } from '../../documents/composeDocument';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';
import { parseImageReference } from '../../model/imageReference';
import { resolveFromImage } from '../../model/dockerfileVariables';

// An image without a tag means `latest`, and `latest` moves: the same file builds or runs a
// different image next month. Only what the file fixes is judged: a `${VAR}` that has no
// default in the file leaves the reference unknown and the rule silent (hadolint #219).
//
// Other tags are channels rather than versions and move the same way across major versions
// (`node:lts` went from 20 to 22, `alpine:edge`, `nginx:stable`, `debian:testing`). Which names
// count is the option `floatingTags` (the first `-` part of the tag is compared, so
// `node:lts-slim` is `lts`; `servercore:ltsc2022` is not). A team that wants only `latest` judged
// sets it to []. A tag with a version in it (`22`, `3.12-slim`) is never a channel here.

export const DEFAULT_FLOATING_TAGS: readonly string[] = [
  'stable', 'edge', 'nightly', 'dev', 'develop', 'rolling', 'lts', 'current', 'mainline', 'canary', 'next',
  'beta', 'alpha', 'unstable', 'testing', 'sid', 'insiders', 'preview', 'snapshot', 'experimental', 'master', 'main',
];

type Verdict = { kind: 'untagged' | 'latest' | 'floating'; image: string; tag?: string } | undefined;

// Characters a reference can hold. Anything else (`{{ env.x }}` in a template, a stray quote)
// means the text is not a reference Docker would read: another rule's business, not this one's.
const REFERENCE_CHARS = /^[A-Za-z0-9._\-/:@]+$/;

function judge(reference: string, floating: ReadonlySet<string>): Verdict {
  if (!REFERENCE_CHARS.test(reference)) return undefined;
  const ref = parseImageReference(reference);
  if (!ref || ref.scratch || ref.digest) return undefined;
  if (ref.tag === undefined) return { kind: 'untagged', image: reference };
  if (ref.tag === 'latest') return { kind: 'latest', image: reference };
  const channel = ref.tag.split('-')[0].toLowerCase();
  if (floating.has(channel)) return { kind: 'floating', image: reference, tag: ref.tag };
  return undefined;
}

/** The `floatingTags` option, lower-cased; the default list when the team sets none. */
function floatingTags(options: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  const list = options.floatingTags;
  if (!Array.isArray(list)) return new Set(DEFAULT_FLOATING_TAGS);
  return new Set(list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()));
}

const MAX_INTERPOLATED_IMAGE = 1024;

/** Compose interpolation with defaults known from the file; undefined when the tag is unknowable. */
function composeImageText(raw: string): string | undefined {
  // A reference is at most 255 characters of name plus a tag or digest; a value of thousands
  // with `${` is not one we can read, and the `[^}]*\}` searches below would reread it from
  // every `${` (review F9 shape: `image: "${A:-` × 20,000).
  if (raw.length > MAX_INTERPOLATED_IMAGE) return undefined;
  const withDefaults = raw.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1');
  if (!/\$/.test(withDefaults)) return withDefaults;
  const lastComponent = withDefaults.slice(withDefaults.lastIndexOf('/') + 1);
  // A variable in the repository or tag could be anything, a tag included.
  if (/\$/.test(lastComponent)) return undefined;
  // Only the registry or namespace is a variable: the tag (or its absence) is still visible.
  return withDefaults.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, 'registry.invalid');
}

function checkCompose(doc: ComposeDocument, report: (r: Report) => void, floating: ReadonlySet<string>): void {
  for (const service of doc.services) {
    // With `build:`, `image:` is also the name of the built image (Compose first tries to pull it,
    // then builds: https://docs.docker.com/reference/compose-file/build/#using-build-and-image). The
    // team chose that name; we leave it alone (review F18).
    if (getPair(service.map, 'build')) continue;
    const node = getPair(service.map, 'image')?.value;
    const raw = scalarText(node);
    // A node with a source range (what nodeRange needs); the range itself only for a finding.
    if (raw === undefined || !node?.range) continue;
    const text = composeImageText(raw);
    const verdict = text === undefined ? undefined : judge(text, floating);
    const range = verdict && nodeRange(node, doc.lines);
    if (verdict && range) report({ range, messageId: verdict.kind, data: { image: raw, tag: verdict.tag ?? '' } });
  }
}

function checkDockerfile(doc: DockerfileDocument, report: (r: Report) => void, floating: ReadonlySet<string>): void {
  const stageNames: string[] = [];
  for (const stage of doc.stages) {
    const from = stage.from;
    const raw = from.getImage();
    const imageRange = from.getImageRange();
    if (raw && imageRange) {
      const line = imageRange.start.line;
      const resolved = resolveFromImage(doc, raw, line);
      const isStage = resolved !== undefined && stageNames.includes(resolved.toLowerCase());
      const verdict = resolved === undefined || isStage ? undefined : judge(resolved, floating);
      if (verdict) {
        const tagRange = from.getImageTagRange();
        const range: Range = verdict.kind !== 'untagged' && tagRange && !raw.includes('$') ? tagRange : imageRange;
        report({
          range,
          messageId: raw === resolved ? `${verdict.kind}Base` : `${verdict.kind}BaseFromArg`,
          data: { image: resolved ?? raw, written: raw, tag: verdict.tag ?? '' },
        });
      }
    }
    if (stage.name) stageNames.push(stage.name.toLowerCase());
  }
}

export const requireImageTag: Rule = {
  meta: {
    id: 'require-image-tag',
    kinds: ['compose', 'dockerfile'],
    severity: 'warning',
    title: {
      ko: '이미지는 ‘latest’가 아닌 태그(또는 다이제스트)로 고정해요',
      en: 'Pin images to a tag other than ‘latest’ (or a digest)',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#image',
      'https://docs.docker.com/reference/dockerfile/#from',
      'https://docs.docker.com/reference/cli/docker/image/tag/#description',
    ],
    messages: {
      untagged: {
        ko: '이미지 ‘{image}’에 태그가 없어서 ‘latest’ 태그를 받아요. ‘latest’는 새 버전이 나올 때마다 다른 이미지를 가리켜서, 같은 파일이 언젠가 다른 버전으로 실행돼요. ‘{image}:<버전>’처럼 버전 태그를 붙이세요.',
        en: 'The image ‘{image}’ has no tag, so ‘latest’ is pulled, which moves with every release. Pin a version tag.',
      },
      latest: {
        ko: '이미지 ‘{image}’은/는 ‘latest’ 태그를 써요. ‘latest’는 새 버전이 나올 때마다 다른 이미지를 가리켜서, 같은 파일이 언젠가 다른 버전으로 실행돼요. 버전 태그나 다이제스트(digest)로 고정하세요.',
        en: 'The image ‘{image}’ uses ‘latest’, which moves with every release. Pin a version tag or a digest.',
      },
      floating: {
        ko: '이미지 ‘{image}’의 태그 ‘{tag}’은/는 버전이 아니라 채널이에요. latest처럼 새 버전이 나오면 다른 이미지를 가리켜서, 같은 파일이 언젠가 다른 메이저 버전으로 실행돼요. 버전 태그나 다이제스트로 고정하세요.',
        en: 'The tag ‘{tag}’ of ‘{image}’ is a channel, not a version: like latest it moves with every release, across major versions. Pin a version tag or a digest.',
      },
      floatingBase: {
        ko: '베이스 이미지 ‘{image}’의 태그 ‘{tag}’은/는 버전이 아니라 채널이에요. latest처럼 새 버전이 나오면 같은 Dockerfile이 다른 메이저 버전으로 빌드돼요. 버전 태그나 다이제스트로 고정하세요.',
        en: 'The base image tag ‘{tag}’ of ‘{image}’ is a channel, not a version: like latest it moves across major versions. Pin a version tag or a digest.',
      },
      floatingBaseFromArg: {
        ko: '‘{written}’은/는 빌드 인자(ARG)의 기본값으로 ‘{image}’이/가 돼요. 태그 ‘{tag}’은/는 latest처럼 새 버전마다 바뀌는 채널이니 기본값을 버전 태그로 고정하세요.',
        en: '‘{written}’ becomes ‘{image}’ through its ARG default; its tag ‘{tag}’ is a channel that moves like latest. Pin a version in the default.',
      },
      untaggedBase: {
        ko: '베이스 이미지(base image) ‘{image}’에 태그가 없어서 ‘latest’로 빌드해요. 새 버전이 나오면 같은 Dockerfile이 다른 이미지를 만들고, 빌드 캐시도 엇갈려요. ‘{image}:<버전>’처럼 태그를 붙이세요.',
        en: 'The base image ‘{image}’ has no tag, so the build uses ‘latest’ and changes with every release. Pin a version tag.',
      },
      latestBase: {
        ko: '베이스 이미지(base image) ‘{image}’은/는 ‘latest’ 태그를 써요. 새 버전이 나오면 같은 Dockerfile이 다른 이미지를 만들어요. 버전 태그나 다이제스트로 고정하세요.',
        en: 'The base image ‘{image}’ uses ‘latest’ and changes with every release. Pin a version tag or a digest.',
      },
      untaggedBaseFromArg: {
        ko: '‘{written}’은/는 빌드 인자(ARG)의 기본값으로 ‘{image}’이/가 되는데, 태그가 없어서 ‘latest’로 빌드해요. 기본값에 ‘{image}:<버전>’처럼 태그를 붙이세요.',
        en: '‘{written}’ becomes ‘{image}’ through its ARG default, which has no tag: the build uses ‘latest’. Add a tag to the default.',
      },
      latestBaseFromArg: {
        ko: '‘{written}’은/는 빌드 인자(ARG)의 기본값으로 ‘{image}’이/가 돼요. ‘latest’ 태그는 새 버전마다 바뀌니 기본값을 버전 태그로 고정하세요.',
        en: '‘{written}’ becomes ‘{image}’ through its ARG default, which uses ‘latest’. Pin a version in the default.',
      },
    },
    equivalents: { hadolint: ['DL3006', 'DL3007'], dclint: 'service-image-require-explicit-tag' },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        floatingTags: {
          type: 'array',
          items: { type: 'string' },
          description: 'latest처럼 새 버전마다 바뀌는 태그 이름(태그의 첫 - 앞부분과 비교해요). [] 이면 latest만 검사해요. 기본: ' + DEFAULT_FLOATING_TAGS.join(', '),
        },
      },
    },
  },
  check({ doc, report, options }) {
    const floating = floatingTags(options);
    if (doc.kind === 'compose') checkCompose(doc, report, floating);
    else if (doc.kind === 'dockerfile') checkDockerfile(doc, report, floating);
  },
};
