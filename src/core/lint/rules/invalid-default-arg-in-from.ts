import { dockerfileRule } from './dockerfile/defineRule';
import { isValidImageReference } from './dockerfile/referenceGrammar';
import { argumentsOf } from '../../documents/dockerfileAstMemo';
import { AUTOMATIC_PLATFORM_ARGS, declarations, substituteVariables } from '../../model/dockerfileVariables';

// BuildKit's InvalidDefaultArgInFrom (dockerfile2llb/validations.go,
// validateBaseImagesWithDefaultArgs): a build with no `--build-arg` at all must still name a
// valid base image. BuildKit expands each FROM image with the defaults of the ARGs above the
// first FROM (an ARG without a default is unset, so `$TAG` becomes empty) and checks the result
// with distribution/reference's ParseNormalizedNamed. `busybox:${TAG}` with `ARG TAG` becomes
// `busybox:`, which is not a reference. When the image depends on an automatic platform ARG
// (TARGETARCH …) the answer depends on the machine that builds, and we stay silent; so we do
// for substitutions the variable model does not evaluate (`${A#x}`, `${A/x/y}`).

export const invalidDefaultArgInFrom = dockerfileRule(
  {
    id: 'invalid-default-arg-in-from',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'ARG 기본값만으로도 FROM의 이미지 이름이 올발라야 해요', en: 'Default ARG values must give a valid base image' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/InvalidDefaultArgInFrom.md',
    ],
    messages: {
      empty: {
        ko: '‘--build-arg’ 없이 빌드하면 ‘{written}’은/는 빈 문자열이 돼서 베이스 이미지가 없어요. 빌드가 멈춰요. 첫 FROM 위의 ARG에 기본값을 주세요(예: ‘ARG {name}=…’).',
        en: 'Built without ‘--build-arg’, ‘{written}’ is empty: no base image, and the build fails. Give the ARG above the first FROM a default (e.g. ‘ARG {name}=…’).',
      },
      invalid: {
        ko: '‘--build-arg’ 없이 빌드하면 ‘{written}’은/는 ‘{result}’이/가 되는데, 올바른 이미지 이름이 아니에요. 첫 FROM 위의 ARG에 기본값을 주거나 ‘${{name}:-기본값}’처럼 쓰세요.',
        en: 'Built without ‘--build-arg’, ‘{written}’ becomes ‘{result}’, which is not a valid image reference. Give the ARG a default, or write ‘${{name}:-default}’.',
      },
    },
    equivalents: { buildkit: 'InvalidDefaultArgInFrom' },
  },
  (doc, report) => {
    if (!doc.stages.some((s) => s.from.getRawArgumentsContent()?.includes('$'))) return;
    // The ARGs above the first FROM, each default expanded with the ones before it (buildMetaArgs);
    // null: depends on the platform that builds, or on a form we do not evaluate.
    const env = new Map<string, string | null>();
    const lookup = (name: string): string | null | undefined => (env.has(name) ? env.get(name) : AUTOMATIC_PLATFORM_ARGS.has(name) ? null : undefined);
    for (const arg of doc.globalArgs) {
      for (const d of declarations(arg)) {
        if (d.raw !== null) env.set(d.name, substituteVariables(d.raw, lookup) ?? null);
      }
    }
    for (const stage of doc.stages) {
      const image = argumentsOf(stage.from)[0];
      const written = image?.getValue();
      if (!image || !written?.includes('$')) continue;
      const result = substituteVariables(written, lookup);
      if (result === undefined || isValidImageReference(result)) continue;
      const name = firstVariable(written) ?? 'NAME';
      report({ range: image.getRange(), messageId: result === '' ? 'empty' : 'invalid', data: { written, result, name } });
    }
  },
);

function firstVariable(text: string): string | undefined {
  return /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(text)?.[1];
}
