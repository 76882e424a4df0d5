import { dockerfileRule } from './dockerfile/defineRule';
import { platformFlagOf, unquoted } from './dockerfile/platformFlag';

// BuildKit's FromPlatformFlagConstDisallowed (dockerfile2llb/validations.go,
// reportConstPlatformDisallowed): `FROM --platform=linux/amd64 …` pins the stage to one
// platform, so the Dockerfile can no longer build a multi-platform image. BuildKit keeps quiet
// when the value holds a variable (`$BUILDPLATFORM`), when it does not parse as a platform, and
// when the stage name contains the platform's OS or architecture (`AS build-amd64`: a stage
// that is meant for that platform). We compare with the names as containerd normalises them
// (`x86_64` is amd64, `aarch64` is arm64). A single word (`--platform=arm64`) gets its missing
// half from the builder's machine, which a file cannot tell: we stay silent there.

const ARCH_ALIASES: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };
const COMPONENT = /^[a-z0-9_-]+$/i;

export const fromPlatformFlagConst = dockerfileRule(
  {
    id: 'from-platform-flag-const',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '‘FROM --platform’에 고정된 값을 쓰지 않아요', en: 'FROM --platform should not use a constant value' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#from',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/FromPlatformFlagConstDisallowed.md',
    ],
    messages: {
      constant: {
        ko: '‘--platform={value}’은/는 이 스테이지를 한 플랫폼에 묶어요. 이 Dockerfile로는 멀티 플랫폼 이미지를 빌드할 수 없어요. 빼고 ‘docker build --platform’으로 정하거나 ‘$BUILDPLATFORM’ 같은 변수를 쓰세요. 그 플랫폼 전용 스테이지라면 이름에 OS나 아키텍처를 넣으세요(예: ‘{example}’).',
        en: '‘--platform={value}’ pins this stage to one platform, so the file cannot build a multi-platform image. Drop it and pass ‘docker build --platform’, or use a variable such as ‘$BUILDPLATFORM’; a stage meant for that platform can say so in its name (e.g. ‘{example}’).',
      },
    },
    equivalents: { hadolint: ['DL3029'], buildkit: 'FromPlatformFlagConstDisallowed' },
  },
  (doc, report) => {
    for (const stage of doc.stages) {
      const flag = platformFlagOf(stage);
      const written = flag?.getValue();
      const range = flag?.getValueRange();
      if (!flag || written == null || !range || written.includes('$')) continue;
      const platform = parsePlatform(unquoted(written));
      if (!platform) continue;
      const name = (stage.name ?? '').toLowerCase();
      if (name !== '' && (name.includes(platform.os) || name.includes(platform.arch))) continue;
      report({ range, messageId: 'constant', data: { value: written, example: `${name || 'build'}-${platform.arch}` } });
    }
  },
);

/** `os/arch[/variant]` as containerd normalises it; undefined for anything else (including a single word). */
function parsePlatform(value: string): { os: string; arch: string } | undefined {
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => COMPONENT.test(p))) return undefined;
  const os = parts[0].toLowerCase() === 'macos' ? 'darwin' : parts[0].toLowerCase();
  const arch = parts[1].toLowerCase();
  return { os, arch: ARCH_ALIASES[arch] ?? arch };
}
