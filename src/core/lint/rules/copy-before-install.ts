import type { Instruction } from 'dockerfile-ast';
import { dockerfileRule } from './dockerfile/defineRule';
import type { FoundCommand } from './dockerfile/commands';
import { allCommands } from './dockerfile/commands';
import type { ResolvedCommand } from './dockerfile/shell';
import { keywordOf } from './dockerfile/stages';
import { argumentsOf, flagsOf } from '../../documents/dockerfileAstMemo';

// The build cache reuses a layer only while everything before it is unchanged. After
// `COPY . .` the layer depends on every file of the build context, so a dependency install
// that follows it re-runs on every code change. Copying only the manifests first
// (package.json, requirements.txt, go.mod, …), installing, then copying the rest keeps the
// install cached until the dependencies themselves change.

export const copyBeforeInstall = dockerfileRule(
  {
    id: 'copy-before-install',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '의존성 설치 전에는 빌드 컨텍스트 전체를 복사하지 않아요', en: 'Install dependencies before copying the whole build context' },
    sources: [
      'https://docs.docker.com/build/cache/invalidation/#general-rules',
    ],
    messages: {
      copyFirst: {
        ko: '‘{copy}’ 줄에서 빌드 컨텍스트 전체를 복사한 뒤에 줄 {installLine}의 ‘{install}’이/가 실행돼요. 그러면 소스 파일 하나만 바뀌어도 빌드 캐시가 깨져서 의존성 설치를 처음부터 다시 해요. 의존성 목록 파일({manifests})만 먼저 복사해서 설치하고, 그다음에 ‘{copy}’ 줄을 두세요.',
        en: '‘{copy}’ copies the whole build context before ‘{install}’ (line {installLine}), so any source change re-runs the install. Copy {manifests} first, install, then copy the rest.',
      },
    },
  },
  (doc, report) => {
    const commands = allCommands(doc);
    for (const stage of doc.stages) {
      for (const instruction of stage.instructions) {
        const source = wholeContextSource(instruction);
        if (!source) continue;
        const line = instruction.getRange().start.line;
        // An install under `if [ -f requirements.txt ]` is an optional hook, not the project's own install.
        const install = commands.find((c) => c.script.stage === stage && c.script.instruction.getRange().start.line > line && !c.command.conditional && dependencyInstall(c));
        if (!install) continue;
        const kind = dependencyInstall(install) as string;
        const program = install.command.words[install.resolved.programIndex];
        const last = install.command.words[install.command.words.length - 1];
        report({
          range: source.getRange(),
          messageId: 'copyFirst',
          data: {
            copy: `${instruction.getInstruction()} ${instruction.getArgumentsContent()?.replace(/\s+/g, ' ').trim() ?? ''}`,
            install: doc.text.slice(program.start, Math.min(last.end, program.start + 60)).replace(/\s+/g, ' '),
            installLine: install.script.instruction.getRange().start.line + 1,
            manifests: MANIFESTS[kind],
          },
        });
      }
    }
  },
);

const MANIFESTS: Record<string, string> = {
  npm: 'package.json, package-lock.json',
  yarn: 'package.json, yarn.lock',
  pnpm: 'package.json, pnpm-lock.yaml',
  pip: 'requirements.txt',
  poetry: 'pyproject.toml, poetry.lock',
  pipenv: 'Pipfile, Pipfile.lock',
  uv: 'pyproject.toml, uv.lock',
  bundle: 'Gemfile, Gemfile.lock',
  go: 'go.mod, go.sum',
  composer: 'composer.json, composer.lock',
  mvn: 'pom.xml',
  dotnet: '*.csproj',
  cargo: 'Cargo.toml, Cargo.lock',
};

/** The `.` argument of a COPY/ADD that copies the whole build context (not `--from` another stage). */
function wholeContextSource(instruction: Instruction) {
  const keyword = keywordOf(instruction);
  if (keyword !== 'COPY' && keyword !== 'ADD') return undefined;
  const flags = flagsOf(instruction);
  if (flags.some((f) => f.getName().toLowerCase() === 'from')) return undefined;
  const args = argumentsOf(instruction);
  return args.slice(0, -1).find((a) => ['.', './'].includes(a.getValue()));
}

/** Which package manager, when the command installs a project's dependencies from its manifest. */
function dependencyInstall(found: FoundCommand): string | undefined {
  const r: ResolvedCommand = found.resolved;
  const args = r.args.map((a) => a.text);
  const positional = args.filter((a) => !a.startsWith('-'));
  const global = args.some((a) => a === '-g' || a === '--global');
  switch (r.program) {
    case 'npm':
      if (global) return undefined;
      if (positional[0] === 'ci') return 'npm';
      return (positional[0] === 'install' || positional[0] === 'i') && positional.length === 1 ? 'npm' : undefined;
    case 'yarn':
      if (global || positional.includes('global')) return undefined;
      return positional.length === 0 || (positional[0] === 'install' && positional.length === 1) ? 'yarn' : undefined;
    case 'pnpm':
      if (global) return undefined;
      return (['install', 'i'].includes(positional[0]) && positional.length === 1) || positional[0] === 'fetch' ? 'pnpm' : undefined;
    case 'poetry':
      return positional[0] === 'install' ? 'poetry' : undefined;
    case 'pipenv':
      return (positional[0] === 'install' && positional.length === 1) || positional[0] === 'sync' ? 'pipenv' : undefined;
    case 'uv':
      return positional[0] === 'sync' ? 'uv' : undefined;
    case 'bundle':
    case 'bundler':
      return positional.length === 0 || positional[0] === 'install' ? 'bundle' : undefined;
    case 'go':
      return positional[0] === 'mod' && positional[1] === 'download' ? 'go' : undefined;
    case 'composer':
      return positional[0] === 'install' ? 'composer' : undefined;
    case 'mvn':
    case 'mvnw':
      return args.some((a) => /^dependency:(?:go-offline|resolve)/.test(a)) ? 'mvn' : undefined;
    case 'dotnet':
      return positional[0] === 'restore' ? 'dotnet' : undefined;
    case 'cargo':
      return positional[0] === 'fetch' ? 'cargo' : undefined;
  }
  const pip = /^pip(?:\d+(?:\.\d+)?)?$/.test(r.program) ? args : /^python(?:\d+(?:\.\d+)?)?$/.test(r.program) && args[0] === '-m' && /^pip/.test(args[1] ?? '') ? args.slice(2) : undefined;
  if (pip && pip.includes('install') && pip.some((a) => a === '-r' || a === '--requirement' || a.startsWith('--requirement=') || /^-r\S/.test(a))) return 'pip';
  return undefined;
}
