import type { Onbuild } from 'dockerfile-ast';
import type { DockerfileDocument } from '../../documents/dockerfileDocument';
import { argumentsOf, hasArguments } from '../../documents/dockerfileAstMemo';
import type { Report } from '../types';
import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf } from './dockerfile/stages';
import { closest } from './dockerfile/text';
import type { CheckComment } from '../../model/buildChecks';
import { BUILD_CHECK_SOURCES, buildCheckDirectives, frontendReadsInstructionChecks } from '../../model/buildChecks';
import { BUILDKIT_CHECK_NAMES } from '../../knowledge/buildkitChecks';

// Mistakes that make `docker build` stop (or silently ignore a line): an unknown instruction,
// an instruction without the arguments it needs, an instruction before the first FROM, and
// parser directives (`# syntax=`, `# escape=`, `# check=`) that are invalid, repeated, or
// written where Docker no longer looks for them. A `# check=` comment right above an instruction
// is not a late directive: since Dockerfile 1.21 it sets the checks of that instruction
// (model/buildChecks.ts); we say when BuildKit will not read it as the writer expects.

const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
];
const DIRECTIVES = ['syntax', 'escape', 'check'];
// `# name=`; the value is the rest of the line, trimmed. One regex with `(.*?)\s*$` backtracked
// over every run of spaces in the value.
const DIRECTIVE_HEAD = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=/;

/** [the whole line, name, value] of a parser directive line (already trimmed), or null. */
function directive(line: string): [string, string, string] | null {
  const head = DIRECTIVE_HEAD.exec(line);
  return head ? [line, head[1], line.slice(head[0].length).trim()] : null;
}

export const dockerfileSyntax = dockerfileRule(
  {
    id: 'dockerfile-syntax',
    kinds: ['dockerfile'],
    severity: 'error',
    title: { ko: 'Docker가 읽을 수 없는 줄이 없어야 해요', en: 'Every line must be something Docker can read' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#format',
      'https://docs.docker.com/reference/dockerfile/#parser-directives',
      ...BUILD_CHECK_SOURCES.filter((u) => !u.endsWith('/parser/parser.go')),
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/parser/parser.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/ruleset.go',
    ],
    messages: {
      unknownInstruction: {
        ko: '‘{keyword}’은/는 Dockerfile 명령어가 아니에요. 빌드가 "unknown instruction" 오류로 멈춰요.',
        en: '‘{keyword}’ is not a Dockerfile instruction; the build stops with "unknown instruction".',
      },
      missingContinuation: {
        ko: '‘{keyword}’은/는 Dockerfile 명령어가 아니에요. 줄 {previousLine}에서 시작한 RUN에 이어지는 셸 명령 같아요. 그 RUN의 마지막 줄 끝에 ‘\\’가 없어서 RUN이 거기서 끝났고, 빌드가 "unknown instruction" 오류로 멈춰요.',
        en: '‘{keyword}’ is not an instruction; it looks like the rest of the RUN on line {previousLine}, whose line lacks a trailing ‘\\’. The build stops with "unknown instruction".',
      },
      unknownInstructionSuggest: {
        ko: '‘{keyword}’은/는 Dockerfile 명령어가 아니에요. ‘{suggestion}’을/를 쓰려던 건가요? 이대로는 빌드가 "unknown instruction" 오류로 멈춰요.',
        en: '‘{keyword}’ is not a Dockerfile instruction (did you mean ‘{suggestion}’?); the build stops with "unknown instruction".',
      },
      missingArguments: {
        ko: '‘{keyword}’ 뒤에 인자가 없어요. 이 명령어는 인자가 있어야 빌드가 진행돼요.',
        en: '‘{keyword}’ has no arguments; the build fails without them.',
      },
      envWithoutValue: {
        ko: '‘{keyword} {name}’에 값이 없어요. ‘{name}=값’ 형식으로 값을 주세요. 값 없이 선언하는 건 ARG만 할 수 있어요.',
        en: '‘{keyword} {name}’ has no value. Write ‘{name}=value’; only ARG may be declared without one.',
      },
      copyNeedsTwo: {
        ko: '‘{keyword}’에는 원본과 대상 경로가 둘 다 필요해요. 지금은 ‘{args}’ 하나뿐이에요.',
        en: '‘{keyword}’ needs a source and a destination; only ‘{args}’ is given.',
      },
      beforeFrom: {
        ko: '‘{keyword}’이/가 첫 FROM보다 앞에 있어요. FROM 앞에는 ARG만 올 수 있어서 빌드가 멈춰요.',
        en: '‘{keyword}’ comes before the first FROM; only ARG may appear there, so the build fails.',
      },
      badOnbuild: {
        ko: '‘ONBUILD {trigger}’은/는 쓸 수 없어요. ONBUILD에는 FROM, ONBUILD, MAINTAINER를 넣을 수 없어요.',
        en: '‘ONBUILD {trigger}’ is not allowed: ONBUILD cannot hold FROM, ONBUILD or MAINTAINER.',
      },
      badEscape: {
        ko: '‘# escape={value}’은/는 쓸 수 없는 값이에요. 이스케이프 문자는 백슬래시(‘\\’)나 백틱(backtick)만 돼요.',
        en: '‘# escape={value}’ is invalid; the escape character must be a backslash (‘\\’) or a backtick.',
      },
      duplicateDirective: {
        ko: '파서 지시어 ‘{name}’이/가 두 번 있어요(처음은 줄 {firstLine}). 같은 지시어는 한 번만 쓸 수 있어요.',
        en: 'Parser directive ‘{name}’ appears twice (first on line {firstLine}); each may appear once.',
      },
      lateDirective: {
        ko: '‘# {name}=…’ 줄이 파일 맨 위에 있지 않아서 Docker는 이 줄을 그냥 주석으로 읽어요. 파서 지시어는 다른 주석, 빈 줄, 명령어보다 먼저 와야 해요.',
        en: '‘# {name}=…’ is not at the very top, so Docker reads it as a plain comment. Parser directives must come before any comment, blank line or instruction.',
      },
      badCheck: {
        ko: '‘# check={value}’을/를 BuildKit이 읽지 못해서 빌드가 "failed to parse check options" 오류로 멈춰요. 잘못된 부분: ‘{problem}’. 쓸 수 있는 건 skip=검사,검사 / error=true / experimental=검사예요. 여러 개는 ;로 이어요.',
        en: 'BuildKit cannot parse ‘# check={value}’ (at ‘{problem}’), so the build stops with "failed to parse check options". Use skip=A,B, error=true or experimental=A, joined with ;.',
      },
      unknownCheck: {
        ko: '‘{name}’은/는 BuildKit 빌드 검사 이름이 아니라서 아무것도 건너뛰지 않아요. ‘{suggestion}’을/를 쓰려던 건가요? 검사 이름은 대소문자를 구분해요.',
        en: '‘{name}’ is not a BuildKit build check, so nothing is skipped. Did you mean ‘{suggestion}’? Check names are case-sensitive.',
      },
      unknownCheckNoSuggestion: {
        ko: '‘{name}’은/는 BuildKit 빌드 검사 이름이 아니라서 아무것도 건너뛰지 않아요. 검사 이름은 대소문자를 구분해요.',
        en: '‘{name}’ is not a BuildKit build check, so nothing is skipped. Check names are case-sensitive.',
      },
      instructionCheckInvalid: {
        ko: 'BuildKit이 ‘# check={value}’을/를 읽지 못해서 이 주석을 무시해요(‘{problem}’ 부분). 그래서 줄 {line}의 {keyword}에는 아무 검사도 꺼지지 않아요.',
        en: 'BuildKit cannot parse ‘# check={value}’ (at ‘{problem}’) and ignores it, so no check is skipped for the {keyword} on line {line}.',
      },
      instructionCheckError: {
        ko: '명령어 위의 ‘# check=’에서는 error 설정이 아무 일도 하지 않아요. BuildKit은 여기서 skip과 experimental만 읽어요. 검사에 걸릴 때 빌드를 실패시키려면 파일 맨 위의 파서 지시어에 ‘# check=error=true’를 쓰세요.',
        en: 'error= does nothing in a check comment above an instruction: BuildKit reads only skip and experimental there. Put ‘# check=error=true’ in the parser directives at the top of the file.',
      },
      instructionCheckShadowed: {
        ko: '이 명령어 위에는 ‘# check=’ 주석이 이미 있어요(줄 {firstLine}). BuildKit은 첫 번째 것만 읽어서 이 줄은 그냥 주석이에요. skip=A,B처럼 한 줄에 모아 쓰세요.',
        en: 'There is already a check comment above this instruction (line {firstLine}); BuildKit reads only the first, so this line is a plain comment. Join them: skip=A,B.',
      },
      checkNeedsNewerFrontend: {
        ko: '‘# syntax={syntax}’은/는 명령어 위의 ‘# check=’ 주석을 모르는 버전이에요(Dockerfile 1.21부터 읽어요). 이 버전에서는 그냥 주석이라 검사가 꺼지지 않아요.',
        en: '‘# syntax={syntax}’ predates check comments above instructions (read since Dockerfile 1.21); this line is a plain comment there and skips nothing.',
      },
      lateCheck: {
        ko: '‘# check=…’ 줄이 파일 맨 위의 파서 지시어도 아니고 명령어 바로 위의 주석도 아니라서 Docker는 그냥 주석으로 읽어요. 파일 전체에 쓰려면 맨 위로, 한 명령어에만 쓰려면 그 명령어 바로 위로 옮기세요(사이에 ‘#’만 있는 줄이 있으면 끊겨요).',
        en: '‘# check=…’ is neither a parser directive at the top nor a comment above an instruction, so Docker reads it as a plain comment. Move it to the top for the whole file, or right above one instruction (a bare ‘#’ line in between cuts it off).',
      },
    },
  },
  (doc, report) => {
    // A file with `{{ … }}` lines is a template (jq, Go, Jinja) that generates Dockerfiles, not one.
    if (/^[ \t]*\{[{%]/m.test(doc.text)) return;
    checkDirectives(doc, report);
    let seenFrom = false;
    let reportedBeforeFrom = false;
    let previous: import('dockerfile-ast').Instruction | undefined;
    for (const instruction of doc.ast.getInstructions()) {
      const before = previous;
      previous = instruction;
      const keyword = keywordOf(instruction);
      const written = instruction.getInstruction();
      const range = instruction.getInstructionRange();
      if (!INSTRUCTIONS.includes(keyword)) {
        // `{{ … }}` lines belong to a template (jq, Go, Jinja) that generates the Dockerfile.
        if (/^[{<%]/.test(written)) continue;
        if (before && keywordOf(before) === 'RUN' && written !== written.toUpperCase()) {
          report({ range, messageId: 'missingContinuation', data: { keyword: written, previousLine: before.getRange().start.line + 1 } });
          continue;
        }
        const suggestion = closest(keyword, INSTRUCTIONS);
        report(suggestion
          ? { range, messageId: 'unknownInstructionSuggest', data: { keyword: written, suggestion } }
          : { range, messageId: 'unknownInstruction', data: { keyword: written } });
        continue;
      }
      if (keyword === 'FROM') seenFrom = true;
      else if (!seenFrom && keyword !== 'ARG' && !reportedBeforeFrom) {
        reportedBeforeFrom = true;
        report({ range, messageId: 'beforeFrom', data: { keyword: written } });
      }
      const anyArgument = hasArguments(instruction);
      // BuildKit's parser accepts a bare CMD, ENTRYPOINT or RUN (an empty command line); all
      // other instructions stop the build without arguments.
      if (!anyArgument && !['CMD', 'ENTRYPOINT', 'RUN'].includes(keyword)) {
        report({ range, messageId: 'missingArguments', data: { keyword: written } });
        continue;
      }
      if (!anyArgument) continue;
      if (keyword === 'ENV' || keyword === 'LABEL') {
        const props = (instruction as unknown as { getProperties(): import('dockerfile-ast').Property[] }).getProperties();
        for (const p of props) {
          if (p.getValue() === null) report({ range: p.getNameRange(), messageId: 'envWithoutValue', data: { keyword: written, name: p.getName() } });
        }
      }
      const args = keyword === 'COPY' || keyword === 'ADD' ? argumentsOf(instruction) : [];
      if (args.length === 1 && !/<<-?["']?[A-Za-z_]/.test(instruction.getArgumentsContent() ?? '')) {
        report({ range: args[0].getRange(), messageId: 'copyNeedsTwo', data: { keyword: written, args: args[0].getValue() } });
      }
      if (keyword === 'ONBUILD') {
        const trigger = (instruction as Onbuild).getTrigger()?.toUpperCase();
        const triggerRange = (instruction as Onbuild).getTriggerRange();
        if (trigger && triggerRange && ['FROM', 'ONBUILD', 'MAINTAINER'].includes(trigger)) {
          report({ range: triggerRange, messageId: 'badOnbuild', data: { trigger } });
        }
      }
    }
  },
);

function checkDirectives(doc: DockerfileDocument, report: (r: Report) => void): void {
  checkBuildChecks(doc, report);
  let inHeader = true;
  const seen = new Map<string, number>();
  const checks = buildCheckDirectives(doc);
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    const m = text.includes('#') ? directive(text.trim()) : null;
    const start = text.indexOf('#');
    if (inHeader) {
      if (m) {
        const name = m[1].toLowerCase();
        const range = { start: { line, character: start }, end: { line, character: text.length } };
        const first = seen.get(name);
        if (first !== undefined && DIRECTIVES.includes(name)) {
          report({ range, messageId: 'duplicateDirective', data: { name, firstLine: first + 1 }, maxSeverity: 'warning' });
        } else {
          seen.set(name, line);
          if (name === 'escape' && m[2] !== '\\' && m[2] !== '`') report({ range, messageId: 'badEscape', data: { value: m[2] } });
        }
        continue;
      }
      inHeader = false;
    }
    // `# check=` lines after the header are judged by checkBuildChecks.
    if (m && m[1].toLowerCase() === 'check' && !checks.headerLines.has(line)) continue;
    if (m && DIRECTIVES.includes(m[1].toLowerCase()) && isCommentLine(doc, line)) {
      // The build still runs (the line is a plain comment): a warning at most.
      report({ range: { start: { line, character: start }, end: { line, character: text.length } }, messageId: 'lateDirective', data: { name: m[1].toLowerCase() }, maxSeverity: 'warning' });
    }
  }
}

/** A line that is a comment of its own, not a line inside a RUN's here-document. */
function isCommentLine(doc: DockerfileDocument, line: number): boolean {
  return doc.ast.getComments().some((c) => c.getRange().start.line === line);
}

/** `# check=` in the header and above instructions: what BuildKit will and will not read. */
function checkBuildChecks(doc: DockerfileDocument, report: (r: Report) => void): void {
  const checks = buildCheckDirectives(doc);
  if (checks.file) {
    const { parsed, value, range } = checks.file;
    if (!parsed.ok) report({ range, messageId: 'badCheck', data: { value, problem: parsed.problem } });
    else checkNames(doc, checks.file, report);
  }
  const readsThem = frontendReadsInstructionChecks(doc);
  for (const c of checks.instructions) {
    if (!readsThem) {
      const syntax = doc.ast.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax')?.getValue() ?? '';
      report({ range: c.range, messageId: 'checkNeedsNewerFrontend', data: { syntax }, maxSeverity: 'warning' });
      continue;
    }
    const data = { value: c.value, line: c.instructionStart + 1, keyword: c.keyword.toUpperCase() };
    if (!c.parsed.ok) {
      report({ range: c.range, messageId: 'instructionCheckInvalid', data: { ...data, problem: c.parsed.problem }, maxSeverity: 'warning' });
      continue;
    }
    if (c.parsed.settings.errorWritten) report({ range: c.range, messageId: 'instructionCheckError', maxSeverity: 'warning' });
    checkNames(doc, c, report);
  }
  for (const c of checks.unread) {
    if (!isCommentLine(doc, c.line)) continue;
    report(c.shadowedBy !== undefined
      ? { range: c.range, messageId: 'instructionCheckShadowed', data: { firstLine: c.shadowedBy + 1 }, maxSeverity: 'warning' }
      : { range: c.range, messageId: 'lateCheck', maxSeverity: 'warning' });
  }
}

/** Check names BuildKit does not know skip nothing (they are compared case-sensitively). */
function checkNames(doc: DockerfileDocument, c: CheckComment, report: (r: Report) => void): void {
  if (!c.parsed.ok) return;
  const text = doc.lines.lineText(c.line);
  for (const name of [...c.parsed.settings.skip, ...c.parsed.settings.experimental]) {
    if (!name || BUILDKIT_CHECK_NAMES.includes(name)) continue;
    const at = wordAt(text, name);
    const range = at < 0 ? c.range : { start: { line: c.line, character: at }, end: { line: c.line, character: at + name.length } };
    const suggestion = closest(name, BUILDKIT_CHECK_NAMES, 3);
    report(suggestion
      ? { range, messageId: 'unknownCheck', data: { name, suggestion }, maxSeverity: 'warning' }
      : { range, messageId: 'unknownCheckNoSuggestion', data: { name }, maxSeverity: 'warning' });
  }
}

/** Column of `name` as a whole item of the list (after `=` or `,`), or -1. */
function wordAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(0, at).trimEnd().slice(-1);
    const after = text.slice(at + name.length).trimStart()[0];
    if ((before === '=' || before === ',') && (after === undefined || after === ',' || after === ';' || after === ' ' || after === '/')) return at;
  }
  return -1;
}
