import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import { stageAtLine } from '../../documents/dockerfileDocument';
import { dockerfileRule } from './dockerfile/defineRule';
import { dockerVariableUses } from './dockerfile/dockerVariables';
import { AUTOMATIC_PLATFORM_ARGS, declarations, isInScope, variablesInScope } from '../../model/dockerfileVariables';
import { keywordOf, lineage } from './dockerfile/stages';
import { closest } from './dockerfile/text';

// `$NAME` in an instruction Docker expands itself, with no ARG/ENV in scope. We cannot see the
// base image's environment (`$PATH`, `$JAVA_HOME`, `$PYTHON_VERSION` come from there), so inside
// a stage built on an image we report only what is certain:
// - a global ARG (declared before the first FROM) or an automatic platform ARG (TARGETARCH, …)
//   used in a stage without `ARG NAME` repeated there — the most common ARG mistake;
// - a name declared by ARG elsewhere in the file but not in scope here;
// - a one-letter typo of a variable that is in scope;
// - anything undefined on a FROM line, or in a stage built FROM scratch (no image environment).
// `${NAME:-default}` and friends are left alone: the author planned for an unset value.
// Within one instruction: BuildKit sets each name of an ARG before it expands the next
// (dockerfile2llb/convert.go dispatchArg), so `ARG A=1 B=$A` gives B=1; but every value of one
// ENV is expanded with what was set before that ENV (the reference's `ENV abc=bye def=$abc`
// example), so `ENV A=1 B=$A` does not see A=1.

export const undefinedVariable = dockerfileRule(
  {
    id: 'undefined-variable',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '정의되지 않은 변수를 쓰지 않아요', en: 'Do not use variables that are not defined' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#environment-replacement',
      'https://docs.docker.com/build/building/variables/#scoping',
      'https://docs.docker.com/reference/dockerfile/#predefined-args',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/UndefinedVar.md',
    ],
    messages: {
      redeclare: {
        ko: '‘${name}’은/는 전역 빌드 인자(ARG)라서 FROM 줄에서만 보여요. 이 스테이지 안에서 쓰려면 스테이지 안에 ‘ARG {name}’을/를 한 번 더 쓰세요. 지금은 빈 문자열로 바뀌어요.',
        en: '‘${name}’ is a global ARG, visible only on FROM lines. Repeat ‘ARG {name}’ inside this stage to use it; here it expands to an empty string.',
      },
      otherScope: {
        ko: '‘${name}’은/는 줄 {line}의 ARG에서 선언됐지만 여기서는 보이지 않아요. ARG는 선언한 줄부터 그 스테이지 끝까지, 그리고 그 스테이지를 FROM으로 쓰는 스테이지에서만 보여요. 지금은 빈 문자열로 바뀌어요.',
        en: '‘${name}’ is declared by the ARG on line {line}, which is not in scope here (an ARG lasts from its line to the end of its stage, and in stages built FROM that stage). It expands to an empty string.',
      },
      typo: {
        ko: '‘${name}’은/는 정의되지 않았어요. ‘${suggestion}’을/를 쓰려던 건가요? 지금은 빈 문자열로 바뀌어요.',
        en: '‘${name}’ is not defined (did you mean ‘${suggestion}’?); it expands to an empty string.',
      },
      sameEnv: {
        ko: '‘${name}’은/는 같은 ENV 줄의 ‘{name}=…’ 값을 보지 못해요. Docker는 한 ENV의 값을 모두 그 ENV 전의 값으로 풀어서, 여기서는 그 전에 정해진 값(없으면 빈 문자열)이 돼요. ENV를 두 줄로 나누세요.',
        en: '‘${name}’ does not see ‘{name}=…’ of this same ENV: Docker expands every value of one ENV with what was set before it, so this is the earlier value (or empty). Split the ENV into two lines.',
      },
      undefined: {
        ko: '‘${name}’은/는 어디에서도 정의되지 않았어요. ‘scratch’에서 시작한 스테이지라 베이스 이미지의 환경 변수도 없어요. 지금은 빈 문자열로 바뀌어요.',
        en: '‘${name}’ is defined nowhere (this stage starts FROM scratch, so there is no image environment); it expands to an empty string.',
      },
    },
    equivalents: { buildkit: 'UndefinedVar' },
  },
  (doc, report) => {
    const argLines = argDeclarations(doc);
    for (const instruction of doc.ast.getInstructions()) {
      const line = instruction.getRange().start.line;
      // FROM lines are undefined-arg-in-from's (BuildKit UndefinedArgInFrom); lines before the
      // first FROM are global ARGs, not judged here.
      const stage = stageAtLine(doc, line);
      if (keywordOf(instruction) === 'FROM' || !stage) continue;
      const uses = dockerVariableUses(doc, instruction);
      if (!uses.length) continue;
      // The whole scope (a map of every variable so far) only when a name is missing from it.
      let scope: Map<string, unknown> | undefined;
      // One decision per name and instruction: the scope is the same for all its uses.
      const decided = new Map<string, { messageId: string; data: Record<string, string | number> } | null>();
      const keyword = keywordOf(instruction);
      const sameLine = keyword === 'ARG' || keyword === 'ENV' ? declarations(instruction).map((d) => ({ name: d.name, end: doc.lines.offsetAt(d.range.end) })) : [];
      for (const use of uses) {
        if (use.modifier || isInScope(doc, line, use.name)) continue;
        if (sameLine.some((d) => d.name === use.name && d.end <= use.start)) {
          // Set earlier on this line: an ARG sees it; an ENV does not.
          if (keyword === 'ENV') report({ range: doc.lines.range(use.start, use.end), messageId: 'sameEnv', data: { name: use.name } });
          continue;
        }
        let decision = decided.get(use.name);
        if (decision === undefined) {
          decision = decide(use.name);
          decided.set(use.name, decision);
        }
        if (decision) report({ range: doc.lines.range(use.start, use.end), messageId: decision.messageId, data: decision.data });
      }

      function decide(name: string): { messageId: string; data: Record<string, string | number> } | null {
        const data = { name };
        const isGlobalArg = doc.globalArgs.some((a) => a.getRange().start.line < line && declarations(a).some((d) => d.name === name));
        if (isGlobalArg || AUTOMATIC_PLATFORM_ARGS.has(name)) return { messageId: 'redeclare', data };
        const declared = argLines.get(name);
        if (declared !== undefined) return { messageId: 'otherScope', data: { ...data, line: declared + 1 } };
        scope ??= variablesInScope(doc, line);
        const suggestion = closest(name, [...scope.keys()].filter((k) => k.length >= 4), name.length >= 6 ? 2 : 1);
        if (suggestion && suggestion !== name) return { messageId: 'typo', data: { ...data, suggestion } };
        if (stage && fromScratch(doc, stage)) return { messageId: 'undefined', data };
        return null;
      }
    }
  },
);

function argDeclarations(doc: DockerfileDocument): Map<string, number> {
  const out = new Map<string, number>();
  for (const instruction of doc.ast.getInstructions()) {
    if (keywordOf(instruction) !== 'ARG') continue;
    for (const d of declarations(instruction)) if (!out.has(d.name)) out.set(d.name, instruction.getRange().start.line);
  }
  return out;
}

function fromScratch(doc: DockerfileDocument, stage: DockerfileStage): boolean {
  const root = lineage(doc, stage).pop();
  return (root?.from.getImageName() ?? '').toLowerCase() === 'scratch';
}
