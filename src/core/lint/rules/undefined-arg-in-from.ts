import { dockerfileRule } from './dockerfile/defineRule';
import { dockerVariableUses } from './dockerfile/dockerVariables';
import { globalArgNames } from './dockerfile/fromArgs';
import { AUTOMATIC_PLATFORM_ARGS } from '../../model/dockerfileVariables';
import { closest } from './dockerfile/text';

// BuildKit's UndefinedArgInFrom (dockerfile2llb/convert.go buildDispatchStates,
// validations.go reportUnusedFromArgs): a `$NAME` in FROM's image or `--platform` that is
// neither an automatic platform ARG nor declared by an ARG above the first FROM. An ARG
// declared there without a default counts as declared (`--build-arg` may set it), and so does
// a name used with a default (`${TAG:-3.20}`) only when it is declared: BuildKit reports the
// undeclared name either way, and so do we. An ARG inside a stage is not visible on FROM lines.

export const undefinedArgInFrom = dockerfileRule(
  {
    id: 'undefined-arg-in-from',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'FROM 줄의 변수는 첫 FROM 위의 ARG로 선언해요', en: 'FROM must use declared ARGs' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/UndefinedArgInFrom.md',
    ],
    messages: {
      undeclared: {
        ko: '‘{name}’은/는 선언되지 않은 빌드 인자예요. FROM 줄은 첫 FROM보다 위에 쓴 ARG와 자동 플랫폼 ARG(TARGETARCH 등)만 볼 수 있어요. 첫 FROM 위에 ‘ARG {name}’을/를 쓰세요.',
        en: '‘{name}’ is not a declared build argument. FROM lines see only ARGs above the first FROM and the automatic platform ARGs; add ‘ARG {name}’ there.',
      },
      typo: {
        ko: '‘{name}’은/는 선언되지 않은 빌드 인자예요. ‘{suggestion}’을/를 쓰려던 건가요?',
        en: '‘{name}’ is not a declared build argument (did you mean ‘{suggestion}’?).',
      },
    },
    equivalents: { buildkit: 'UndefinedArgInFrom' },
  },
  (doc, report) => {
    if (doc.stages.length === 0) return;
    const declared = new Set(globalArgNames(doc));
    const candidates = [...declared, ...AUTOMATIC_PLATFORM_ARGS];
    for (const stage of doc.stages) {
      for (const use of dockerVariableUses(doc, stage.from)) {
        if (declared.has(use.name) || AUTOMATIC_PLATFORM_ARGS.has(use.name)) continue;
        const suggestion = closest(use.name, candidates, use.name.length >= 6 ? 2 : 1);
        const range = doc.lines.range(use.start, use.end);
        if (suggestion) report({ range, messageId: 'typo', data: { name: use.name, suggestion } });
        else report({ range, messageId: 'undeclared', data: { name: use.name } });
      }
    }
  },
);
