import type { TopicTable } from '../../types';

const REF = 'https://docs.docker.com/reference/dockerfile/';

// Syntax that is not an instruction: parser directives, stage names, image references,
// variables, shell/exec form, heredocs. Facts: Dockerfile reference; image names follow
// `docker image tag` (https://docs.docker.com/reference/cli/docker/image/tag/).
export const dockerfileSyntaxTopics: TopicTable = {
  'dockerfile.directive.syntax': {
    id: 'dockerfile.directive.syntax',
    title: { ko: '# syntax', en: '# syntax' },
    summary: { ko: '이 파일을 읽을 Dockerfile 문법(프런트엔드) 버전을 정하는 파서 지시어(parser directive)예요.', en: 'A parser directive choosing the Dockerfile syntax (frontend) version.' },
    templates: {
      value: { ko: '{value}: 빌드 전에 이 프런트엔드 이미지를 받아서 파일을 해석해요.', en: '{value}: this frontend image is pulled before the build to parse the file.' },
      stable: { ko: '`docker/dockerfile:1`은 1.x 중 최신 안정판이라, Docker를 올리지 않아도 새 문법을 쓸 수 있어요.', en: '`docker/dockerfile:1` is the latest stable 1.x, giving new syntax without upgrading Docker.' },
    },
    why: {
      ko: '파서 지시어는 파일 맨 위에 있어야 해요. 주석, 빈 줄, 명령이 한 번 나오면 그 뒤의 `# syntax=`는 그냥 주석이에요. 레이어도 만들지 않아요.',
      en: 'Directives must be at the very top: after any comment, blank line or instruction they are plain comments. They add no layer.',
    },
    concept: 'build-push-pull-run',
    docs: `${REF}#syntax`,
    sources: [`${REF}#syntax`],
  },
  'dockerfile.directive.escape': {
    id: 'dockerfile.directive.escape',
    title: { ko: '# escape', en: '# escape' },
    summary: { ko: '줄 잇기와 이스케이프에 쓸 문자를 정하는 파서 지시어예요 (기본 `\\`).', en: 'A parser directive setting the escape and line-continuation character (default `\\`).' },
    templates: {
      value: { ko: '이 파일의 이스케이프 문자: {value}', en: 'Escape character of this file: {value}' },
      backtick: { ko: '백틱(`` ` ``)은 경로에 `\\`를 쓰는 Windows에서 주로 써요.', en: 'The backtick is common on Windows, where `\\` separates paths.' },
    },
    why: { ko: 'RUN 명령 안에서는 줄 끝 말고는 이스케이프하지 않아요.', en: 'Inside RUN, escaping only applies at the end of a line.' },
    concept: 'build-push-pull-run',
    docs: `${REF}#escape`,
    sources: [`${REF}#escape`],
  },
  'dockerfile.directive.check': {
    id: 'dockerfile.directive.check',
    title: { ko: '# check', en: '# check' },
    summary: { ko: '빌드 검사(build checks)를 어떻게 할지 정하는 파서 지시어예요 (Dockerfile 1.8 이상).', en: 'A parser directive configuring build checks (Dockerfile 1.8+).' },
    templates: {
      skip: { ko: '`skip` {value}: 이 검사들을 건너뛰어요.', en: '`skip` {value}: these checks are skipped.' },
      skipAll: { ko: '`skip=all`: 모든 검사를 꺼요.', en: '`skip=all`: all checks are off.' },
      error: { ko: '`error={value}`: {explain}', en: '`error={value}`: {explain}' },
      errorTrue: { ko: '검사에 걸리면 빌드가 실패해요. 새 검사가 추가돼도 깨지지 않게 `# syntax`를 특정 버전으로 고정하세요.', en: 'a failed check fails the build; pin `# syntax` so new checks cannot break it.' },
      errorFalse: { ko: '검사에 걸려도 경고만 하고 빌드는 성공해요 (기본).', en: 'failed checks only warn (default).' },
    },
    why: {
      ko: '검사 이름은 대소문자를 구분해요 (`JSONArgsRecommended`처럼 파스칼 표기). 명령어 하나만 건너뛰려면 그 명령어 바로 위에 `# check=skip=…`을 쓰세요 (Dockerfile 1.21 이상). Docker 해설도 같은 뜻의 규칙에 이 설정을 따라요.',
      en: 'Check names are case-sensitive (PascalCase, e.g. `JSONArgsRecommended`). To skip one instruction only, write `# check=skip=…` right above it (Dockerfile 1.21+). Docker Explain applies the setting to its rules with the same meaning.',
    },
    concept: 'build-push-pull-run',
    docs: `${REF}#check`,
    sources: [`${REF}#check`],
  },
  'dockerfile.directive.checkInstruction': {
    id: 'dockerfile.directive.checkInstruction',
    title: { ko: '# check (명령어 하나)', en: '# check (one instruction)' },
    summary: {
      ko: '바로 아래 명령어 하나에만 빌드 검사(build checks) 설정을 적용하는 주석이에요 (Dockerfile 1.21 이상).',
      en: 'A comment that sets build checks for the one instruction below it (Dockerfile 1.21+).',
    },
    templates: {
      skip: { ko: '줄 {line}의 {keyword}에서만 {value} 검사를 건너뛰어요. 다른 명령어는 그대로 검사해요.', en: 'Skips {value} for the {keyword} on line {line} only; other instructions are still checked.' },
      skipAll: { ko: '줄 {line}의 {keyword}에서만 모든 검사를 꺼요.', en: 'Turns every check off for the {keyword} on line {line} only.' },
      experimental: { ko: '줄 {line}의 {keyword}에서 실험 검사 {value}을/를 켜요.', en: 'Turns on the experimental checks {value} for the {keyword} on line {line}.' },
      errorIgnored: { ko: '여기 쓴 `error=`는 무시돼요. 빌드를 실패시키는 설정은 파일 맨 위의 `# check=` 지시어에서만 읽어요.', en: '`error=` is ignored here; only the `# check=` directive at the top of the file reads it.' },
      invalid: { ko: 'BuildKit이 이 값을 읽지 못해서 주석 전체를 무시해요.', en: 'BuildKit cannot parse this value and ignores the whole comment.' },
      unread: { ko: '이 줄은 BuildKit이 읽지 않는 그냥 주석이에요. 명령어 바로 위의 첫 `# check=`만 읽고, `#`만 있는 줄이 사이에 있으면 끊겨요.', en: 'BuildKit does not read this line: only the first `# check=` right above an instruction counts, and a bare `#` line cuts it off.' },
    },
    why: {
      ko: '`//` 뒤에 이유를 적을 수 있어요: BuildKit은 첫 공백 앞까지만 읽어요 (`# check=skip=SecretsUsedInArgOrEnv // 공개 키`). 검사 이름은 대소문자를 구분해요.',
      en: 'A reason may follow after a space (`# check=skip=SecretsUsedInArgOrEnv // public key`): BuildKit reads up to the first space. Names are case-sensitive.',
    },
    concept: 'build-push-pull-run',
    docs: `${REF}#check`,
    sources: [
      `${REF}#check`,
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/linter.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/parser/parser.go',
    ],
  },
  'dockerfile.directive.unknown': {
    id: 'dockerfile.directive.unknown',
    title: { ko: '파서 지시어', en: 'Parser directive' },
    summary: { ko: '`# 이름=값` 형식이지만 Docker가 모르는 지시어라 주석으로 처리돼요.', en: 'Shaped like `# name=value` but unknown, so treated as a comment.' },
    templates: { known: { ko: '아는 지시어는 `syntax`, `escape`, `check`예요.', en: 'Known directives: `syntax`, `escape`, `check`.' } },
    docs: `${REF}#parser-directives`,
    sources: [`${REF}#parser-directives`],
  },
  'dockerfile.unknownInstruction': {
    id: 'dockerfile.unknownInstruction',
    title: { ko: '알 수 없는 명령', en: 'Unknown instruction' },
    summary: { ko: 'Dockerfile이 아는 명령이 아니에요. 이대로면 빌드가 실패해요.', en: 'Not a Dockerfile instruction; the build would fail here.' },
    templates: {
      keyword: {
        ko: '{keyword}: 앞 줄의 줄 잇기(`\\`)가 끊겼거나, 다른 도구가 채우는 템플릿 파일일 수 있어요.',
        en: '{keyword}: a broken line continuation (`\\`) on the line before, or a template filled by another tool.',
      },
    },
    docs: REF,
    sources: ['https://docs.docker.com/reference/dockerfile/#format', 'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/instructions/parse.go'],
  },
  'dockerfile.stageName': {
    id: 'dockerfile.stageName',
    title: { ko: 'AS 스테이지 이름', en: 'AS stage name' },
    summary: {
      ko: '이 스테이지에 이름을 붙여요. 멀티 스테이지 빌드(multi-stage build)에서 다른 스테이지가 이 이름으로 가리켜요.',
      en: 'Names this stage so other stages of a multi-stage build can refer to it.',
    },
    templates: {
      name: { ko: '{stage}: 줄 {line}의 FROM에서 시작하는 스테이지예요 (번호 {index}번, 0부터 셈).', en: '{stage}: stage #{index} (from 0), starting at line {line}.' },
      usedBy: { ko: '이 이름을 쓰는 곳: {uses}', en: 'Used by: {uses}' },
      unused: { ko: '이 파일에서 이 스테이지를 가리키는 곳이 없어요. 마지막 스테이지이거나 `--target {name}` 옵션으로 고를 때만 빌드 결과에 쓰여요.', en: 'Nothing in this file refers to it; it matters only as the last stage or with `--target {name}`.' },
      target: { ko: '이 스테이지까지만 빌드하려면: `docker build --target {name} .`', en: '`docker build --target {name}` builds up to this stage.' },
    },
    why: {
      ko: '최종 이미지에는 마지막(또는 `--target`) 스테이지의 레이어만 들어가요. 빌드 도구는 앞 스테이지에 두고 결과물만 `COPY --from`으로 가져오면 이미지가 작아져요.',
      en: 'Only the final (or `--target`) stage’s layers ship; keep build tools in earlier stages and `COPY --from` the results.',
    },
    concept: 'multi-stage',
    docs: 'https://docs.docker.com/build/building/multi-stage/',
    sources: ['https://docs.docker.com/build/building/multi-stage/#name-your-build-stages'],
  },
  'dockerfile.image': {
    id: 'dockerfile.image',
    title: { ko: '이미지 참조', en: 'Image reference' },
    summary: {
      ko: '`레지스트리/네임스페이스/저장소:태그@다이제스트` 형식의 이미지 이름이에요.',
      en: 'An image name: `registry/namespace/repository:tag@digest`.',
    },
    templates: {
      // The answer line of the image's hover (review 02): what this image is, before the name grammar.
      // A leading number in a tag is the software's version by the official images' convention.
      'answer.versionBase': { ko: '{image} {version} 버전, {base} 기반 이미지예요.', en: '{image} version {version}, based on {base}.' },
      'answer.version': { ko: '{image} {version} 버전 이미지예요.', en: '{image} version {version}.' },
      'answer.base': { ko: '{image} 이미지의 {tag} 태그, {base} 기반이에요.', en: '{image}, tag {tag}, based on {base}.' },
      'answer.tag': { ko: '{image} 이미지의 {tag} 태그예요.', en: '{image}, tag {tag}.' },
      'answer.latest': { ko: '{image} 이미지예요. 태그를 적지 않아서 `latest` 태그를 받아요.', en: '{image}; no tag written, so the tag `latest`.' },
      'answer.digest': { ko: '{image} 이미지를 다이제스트로 고정했어요. 언제나 같은 이미지예요.', en: '{image}, pinned by digest: always the same image.' },
      registry: { ko: '레지스트리(registry): {value}', en: 'Registry: {value}' },
      registryDefault: { ko: '레지스트리: 적지 않아서 Docker Hub(`docker.io`)', en: 'Registry: none written, so Docker Hub (`docker.io`)' },
      official: { ko: '저장소: {value} (Docker Hub의 공식 이미지, `library/{name}`)', en: 'Repository: {value} (a Docker Hub official image, `library/{name}`)' },
      repository: { ko: '저장소: {value}', en: 'Repository: {value}' },
      namespace: { ko: '네임스페이스: {value} (사용자나 조직)', en: 'Namespace: {value} (user or organisation)' },
      tag: { ko: '태그(tag): {value}', en: 'Tag: {value}' },
      implicitLatest: {
        ko: '태그가 없어서 `latest`를 써요. `latest`는 “가장 최신”이라는 보장이 없는 그냥 기본 태그 이름이고, 가리키는 이미지가 언제든 바뀔 수 있어요.',
        en: 'No tag, so `latest` is used: just the default tag name, not a promise of the newest version, and it can move at any time.',
      },
      // Finding 28: https://docs.docker.com/reference/cli/docker/image/tag/ (`latest` when no tag is given).
      explicitLatest: {
        ko: '`latest`는 “가장 최신”이라는 뜻이 아니라, 태그를 적지 않았을 때 Docker가 쓰는 기본 이름일 뿐이에요. 언제든 다른 이미지를 가리킬 수 있어요.',
        en: '`latest` does not mean newest: it is just the name Docker uses when no tag is given, and it can move at any time.',
      },
      digest: { ko: '다이제스트(digest) {value}: 내용으로 만든 해시라서 항상 같은 이미지를 가리켜요.', en: 'Digest {value}: a content hash, always the same image.' },
      tagAndDigest: { ko: '태그와 다이제스트를 함께 쓰면 다이제스트가 기준이에요. 태그는 읽는 사람을 위한 표시예요.', en: 'With both, the digest decides; the tag is for readers.' },
      canonical: { ko: '전체 이름: {value}', en: 'Full name: {value}' },
      scratch: { ko: '`scratch`는 내려받지 않는 빈 이미지예요. 정적 바이너리 하나만 담을 때 써요.', en: '`scratch` is the empty image (nothing is pulled), for a lone static binary.' },
      'variant.alpine': { ko: '`alpine` 변형: Alpine Linux 기반이라 아주 작아요. glibc 대신 musl libc를 써서 일부 바이너리가 다르게 동작할 수 있고, `bash` 같은 도구가 없어요.', en: '`alpine` variant: very small; uses musl instead of glibc (some binaries behave differently) and lacks tools like `bash`.' },
      'variant.slim': { ko: '`slim` 변형: 실행에 필요한 최소 패키지만 담은 작은 Debian 기반이에요. 빌드 도구가 필요하면 직접 설치해야 해요.', en: '`slim` variant: a minimal Debian base; install build tools yourself.' },
      'variant.debian': { ko: 'Debian {codename} 기반이에요. 코드 이름을 태그에 적으면 Debian 새 버전이 나와도 베이스가 갑자기 바뀌지 않아요.', en: 'Based on Debian {codename}; naming the release keeps the base from jumping to a new Debian.' },
      'variant.ubuntu': { ko: 'Ubuntu {codename} 기반이에요.', en: 'Based on Ubuntu {codename}.' },
      'variant.distroless': { ko: 'distroless 이미지: 셸과 패키지 관리자가 없어요. 셸 형식 CMD/RUN은 동작하지 않으니 exec 형식을 쓰세요.', en: 'Distroless: no shell or package manager; use exec form, as shell-form CMD/RUN cannot run.' },
      'variant.windows': { ko: 'Windows 컨테이너 이미지예요. Windows 호스트에서만 실행돼요.', en: 'A Windows container image; runs only on Windows hosts.' },
      'variant.chainguard': { ko: 'Chainguard 이미지: 최소 구성이라 셸이 없는 태그가 많아요.', en: 'Chainguard image: minimal; many tags have no shell.' },
      'variant.busybox': { ko: 'BusyBox: 작은 유틸리티 모음이 든 아주 작은 이미지예요.', en: 'BusyBox: a tiny image with a small set of utilities.' },
    },
    // Finding 10: the build (like `docker run`) pulls a missing image; `docker pull` always asks the
    // registry (https://docs.docker.com/reference/cli/docker/image/pull/). Tags move, digests do not.
    why: {
      ko: '이미지가 로컬에 없으면 빌드(그리고 `docker run`)가 이 레지스트리에서 받아 와요. 태그는 게시자가 옮길 수 있어서, 재현 가능한 빌드를 원하면 다이제스트(`@sha256:…`)로 고정하세요.',
      en: 'When the image is not local, the build (and `docker run`) pulls it from this registry. Tags can be moved by the publisher; pin a digest (`@sha256:…`) for reproducible builds.',
    },
    concept: 'build-push-pull-run',
    docs: 'https://docs.docker.com/reference/cli/docker/image/tag/',
    sources: ['https://docs.docker.com/reference/cli/docker/image/tag/#description', 'https://docs.docker.com/reference/cli/docker/image/pull/#description'],
  },
  'dockerfile.variable': {
    id: 'dockerfile.variable',
    title: { ko: '변수', en: 'Variable' },
    summary: {
      ko: 'ARG나 ENV로 정의한 값으로 바뀌는 변수 참조예요.',
      en: 'A reference replaced by the value of an ARG or ENV.',
    },
    templates: {
      arg: { ko: '{name} 변수는 빌드 인자(ARG)예요: 줄 {line}에서 정의, {value}. 빌드할 때만 있고 컨테이너에는 없어요.', en: '{name} is a build argument (ARG), line {line}, {value}; build time only.' },
      argGlobal: { ko: '{name} 변수는 전역 빌드 인자(ARG)예요: 줄 {line}에서 정의, {value}.', en: '{name} is a global build argument (ARG), line {line}, {value}.' },
      argInherits: { ko: '이 스테이지의 `ARG {name}`(줄 {line})이/가 전역 ARG(줄 {globalLine})의 기본값을 가져와요: {value}', en: '`ARG {name}` (line {line}) takes the global default {value} (line {globalLine}).' },
      env: { ko: '{name} 변수는 환경 변수(ENV)예요: 줄 {line}에서 정의, 값 {value}. 빌드 중에도, 컨테이너 실행 중에도 있어요.', en: '{name} is an environment variable (ENV), line {line}, value {value}; present at build and run time.' },
      envShadows: { ko: '같은 이름의 ARG(줄 {line})보다 ENV가 우선해요.', en: 'The ENV wins over the ARG of the same name (line {line}).' },
      defaultValue: { ko: '기본값 {value}', en: 'default {value}' },
      noDefault: { ko: '기본값 없음 (`--build-arg`로 주지 않으면 빈 값)', en: 'no default (empty unless `--build-arg` sets it)' },
      argPlatform: {
        ko: '{name} 빌드 인자(ARG)는 줄 {line}에서 선언했고, 값은 BuildKit이 빌드 대상 플랫폼으로 자동으로 채워요 (예: {example}). `--build-arg`가 없어도 비어 있지 않아요.',
        en: '{name} is declared on line {line}; BuildKit fills it with the target platform (e.g. {example}), so it is not empty without `--build-arg`.',
      },
      platform: { ko: '{name} 인자는 BuildKit이 자동으로 정하는 플랫폼 빌드 인자예요. 스테이지 안에서는 `ARG {raw}` 줄을 먼저 적어야 보여요.', en: '{name} is an automatic platform build argument; inside a stage, declare `ARG {raw}` first.' },
      // The proxy values reach RUN's environment without an ARG line, but Docker expands only declared names elsewhere (model/dockerfileVariables.ts).
      proxy: {
        ko: '{name} 인자는 미리 정의된 프록시 빌드 인자예요. `--build-arg`로 주면 ARG 줄이 없어도 RUN의 환경 변수로 들어가요. ENV나 LABEL 같은 줄에서 Docker가 풀게 하려면 먼저 ARG 줄로 선언하세요(`ARG {raw}`).',
        en: '{name} is a predefined proxy build argument: given with `--build-arg`, it reaches RUN’s environment without an ARG line. For Docker to expand it in ENV, LABEL and the like, declare `ARG {raw}` first.',
      },
      // Finding 35: not every undefined name is empty: `PATH` comes from the builder, others from the base image's ENV.
      undefined: {
        ko: '{name} 변수는 이 위치에서 이 파일이 정의하지 않았어요. 베이스 이미지의 ENV나 실행 환경(`PATH` 같은 값)에서 올 수 있고, 어디에도 없으면 빈 문자열이에요.',
        en: '{name} is not defined by this file at this point: it may come from the base image’s ENV or the environment (values like `PATH`), and is empty otherwise.',
      },
      undefinedFrom: {
        ko: '{name} 변수는 첫 FROM 앞에서 ARG로 선언하지 않아서 FROM 줄에서는 빈 값이에요.',
        en: '{name} is not declared by an ARG before the first FROM, so it is empty in FROM lines.',
      },
      modifierDefault: { ko: '`{modifier}` {word}: 값이 비었거나 없으면 {word} 값을 써요.', en: '`{modifier}` {word}: uses {word} when the value is empty or unset.' },
      modifierDefaultUnset: { ko: '`{modifier}` {word}: 값이 없을 때만 {word} 값을 써요 (빈 값은 그대로).', en: '`{modifier}` {word}: uses {word} only when unset.' },
      modifierAlt: { ko: '`{modifier}` {word}: 값이 있으면 {word}, 없으면 빈 문자열이에요.', en: '`{modifier}` {word}: {word} when set, else empty.' },
      resolved: { ko: '이 파일의 기본값으로 풀면: {value}', en: 'From this file alone, the value is {value}.' },
      shellExpanded: {
        ko: '{keyword}에서는 Docker가 아니라 셸이 변수를 풀어요 ({when}).',
        en: 'In {keyword} the shell, not Docker, expands it ({when}).',
      },
      whenBuild: { ko: '빌드할 때', en: 'at build time' },
      whenRun: { ko: '컨테이너를 시작할 때. 이때는 ENV만 있고 ARG는 없어요', en: 'when the container starts; only ENV exists then, not ARG' },
      execNoExpand: {
        ko: 'exec 형식(JSON 배열)이라 셸이 없어서 {name} 부분은 풀리지 않고 글자 그대로 전달돼요.',
        en: 'Exec form (JSON array) has no shell, so {name} is passed literally.',
      },
    },
    why: {
      ko: 'ARG는 빌드에만, ENV는 빌드와 실행 모두에 있어요. 실행 중에 필요한 값을 ARG로만 정하면 컨테이너에서는 비어 있어요.',
      en: 'ARG exists only during the build, ENV also at run time: a value needed at run time must be an ENV.',
    },
    concept: 'env-args',
    docs: `${REF}#environment-replacement`,
    sources: [`${REF}#environment-replacement`],
  },
  'dockerfile.form.exec': {
    id: 'dockerfile.form.exec',
    title: { ko: 'exec 형식', en: 'Exec form' },
    summary: {
      ko: 'JSON 배열로 적은 exec 형식(exec form)이에요. 셸 없이 첫 항목의 프로그램을 바로 실행해요.',
      en: 'Exec form (a JSON array): runs the first item directly, without a shell.',
    },
    templates: {
      argv: { ko: '실행할 프로그램 {exe}, 인자 {args}', en: 'Program {exe}, arguments {args}' },
      noShell: { ko: '셸이 없으니 `$VAR`, `&&`, `*` 같은 셸 문법은 글자 그대로예요. 필요하면 `["sh", "-c", "…"]`처럼 셸을 직접 부르세요.', en: 'No shell: `$VAR`, `&&` and globs are literal; call `["sh", "-c", "…"]` if you need them.' },
      quotes: { ko: 'JSON이라 작은따옴표(\') 대신 큰따옴표(")를 써야 해요. 아니면 셸 형식으로 읽혀요.', en: 'It is JSON: use double quotes, or it is read as shell form.' },
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#shell-and-exec-form`,
    sources: [`${REF}#shell-and-exec-form`],
  },
  'dockerfile.form.shell': {
    id: 'dockerfile.form.shell',
    title: { ko: '셸 형식', en: 'Shell form' },
    summary: {
      ko: '문자열로 적은 셸 형식(shell form)이에요. {shell} 안에서 실행해요.',
      en: 'Shell form: a plain string run inside {shell}.',
    },
    templates: {
      command: { ko: '실행할 명령: {command}', en: 'Command: {command}' },
      buildTime: { ko: '빌드할 때 실행해요. 셸이 변수, `&&`, 파이프를 처리해요.', en: 'Runs at build time; the shell handles variables, `&&` and pipes.' },
    },
    concept: 'cmd-entrypoint',
    docs: `${REF}#shell-and-exec-form`,
    sources: [`${REF}#shell-and-exec-form`],
  },
  'dockerfile.heredoc': {
    id: 'dockerfile.heredoc',
    title: { ko: '히어독', en: 'Heredoc' },
    summary: {
      ko: '`<<{name}`부터 `{name}` 줄까지를 한 덩어리로 넘기는 히어독(here-document)이에요.',
      en: 'A here-document: the lines from `<<{name}` to `{name}` are passed as one block.',
    },
    templates: {
      run: { ko: '줄 {lines}의 {count}줄을 한 RUN으로 실행해서 레이어는 하나예요.', en: 'Lines {lines} ({count} lines) run as one RUN: one layer.' },
      setE: { ko: '중간 줄이 실패해도 다음 줄이 계속 실행돼요. 실패에서 멈추려면 첫 줄에 `set -e`를 두세요.', en: 'A failing line does not stop the rest; start with `set -e` to stop on failure.' },
      copy: { ko: '줄 {lines}의 내용으로 {dest} 파일을 만들어요.', en: 'Creates {dest} from lines {lines}.' },
      quoted: { ko: '구분자에 따옴표가 있어서 안의 `$변수`를 빌드 때 풀지 않아요.', en: 'The delimiter is quoted, so `$variables` inside are not expanded at build time.' },
      quotedRunShell: {
        ko: 'RUN에서는 셸이 본문을 스크립트로 실행해서, 구분자의 따옴표와 상관없이 셸이 `$변수`를 풀어요.',
        en: 'In RUN the shell runs the body as its script, so the shell expands `$variables` whatever the delimiter’s quotes.',
      },
      shebang: { ko: '첫 줄의 {shebang} 줄로 인터프리터를 정해요.', en: 'The first line {shebang} chooses the interpreter.' },
    },
    // Finding 26: heredocs are stable Dockerfile syntax since 1.4; Docker 23+ builds with BuildKit by default.
    why: {
      ko: 'BuildKit(Docker 23부터 기본 빌더)이 필요해요. 안정된 Dockerfile 문법(1.4부터)이라 `# syntax` 줄이 없어도 돼요. 옛 빌더나 일부 린터는 히어독을 이해하지 못해요.',
      en: 'Needs BuildKit (the default builder since Docker 23); heredocs are stable Dockerfile syntax (1.4+), so no `# syntax` line is required. The legacy builder and some linters do not understand them.',
    },
    concept: 'layers',
    docs: `${REF}#here-documents`,
    sources: [`${REF}#here-documents`],
  },
};
