import { dockerfileRule } from './dockerfile/defineRule';
import { argumentsOf } from '../../documents/dockerfileAstMemo';
import { findStage } from '../../documents/dockerfileDocument';
import { resolveFromImage } from '../../model/dockerfileVariables';
import { parseImageReference } from '../../model/imageReference';

// hadolint's DL3026 with its `trustedRegistries` setting: a team lists the registries its base
// images may come from, and a FROM that pulls from anywhere else is reported. Without the
// option the rule says nothing. The registry of a reference is read as Docker reads it: the
// first path component is a registry only with a `.` or `:` or as `localhost`, otherwise the
// image is on Docker Hub (`docker.io`, also reached as `index.docker.io` and
// `registry-1.docker.io`). Earlier stages, `scratch` and images we cannot resolve are skipped.

const HUB_NAMES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export const trustedRegistries = dockerfileRule(
  {
    id: 'trusted-registries',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '베이스 이미지는 팀이 정한 레지스트리에서만 받아요', en: 'Base images come from trusted registries only' },
    sources: [
      'https://docs.docker.com/reference/cli/docker/image/tag/#description',
      'https://docs.docker.com/reference/dockerfile/#from',
    ],
    messages: {
      untrusted: {
        ko: '‘{image}’은/는 레지스트리 ‘{registry}’에서 받아요. 팀 설정이 허용한 레지스트리가 아니에요(허용: {allowed}).',
        en: '‘{image}’ is pulled from ‘{registry}’, which is not among the registries the team config allows ({allowed}).',
      },
    },
    equivalents: { hadolint: ['DL3026'] },
    optionsSchema: {
      type: 'object',
      properties: {
        registries: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: '베이스 이미지를 받아도 되는 레지스트리 호스트(예: "docker.io", "ghcr.io", "registry.example.com:5000"). Registries base images may come from.',
        },
      },
      additionalProperties: false,
    },
  },
  (doc, report, options) => {
    const listed = Array.isArray(options.registries) ? options.registries.filter((r): r is string => typeof r === 'string' && r !== '') : [];
    if (listed.length === 0) return;
    const allowed = new Set(listed.map((r) => normalise(r)));
    for (const stage of doc.stages) {
      const arg = argumentsOf(stage.from)[0];
      const written = arg?.getValue();
      if (!arg || !written) continue;
      const image = resolveFromImage(doc, written, stage.from.getRange().start.line);
      if (image === undefined || image.toLowerCase() === 'scratch') continue;
      const earlier = findStage(doc, image);
      if (earlier && earlier.index < stage.index) continue;
      const ref = parseImageReference(image);
      if (!ref) continue;
      if (allowed.has(normalise(ref.effectiveRegistry))) continue;
      report({ range: arg.getRange(), messageId: 'untrusted', data: { image, registry: ref.effectiveRegistry, allowed: listed.join(', ') } });
    }
  },
);

function normalise(registry: string): string {
  let r = registry.trim().toLowerCase().replace(/^https?:\/\//, '');
  while (r.endsWith('/')) r = r.slice(0, -1);
  return HUB_NAMES.has(r) ? 'docker.io' : r;
}
