import type { TopicTable } from '../../types';

const REF = 'https://docs.docker.com/reference/dockerfile/';

// Instruction flags (`--from`, `--mount`, HEALTHCHECK's timings, …). Facts: Dockerfile reference.
export const dockerfileFlagTopics: TopicTable = {
  'dockerfile.flag.platform': {
    id: 'dockerfile.flag.platform',
    title: { ko: '--platform', en: '--platform' },
    summary: {
      ko: '여러 플랫폼용 이미지 중 어느 플랫폼(OS/아키텍처)의 것을 베이스로 쓸지 정해요.',
      en: 'Chooses which platform (OS/architecture) of a multi-platform base image to use.',
    },
    templates: {
      value: { ko: '플랫폼: {value}', en: 'Platform: {value}' },
      buildPlatform: {
        ko: '`$BUILDPLATFORM`은 빌드하는 기계의 플랫폼이에요. 이 스테이지는 빌드 기계에서 네이티브로 돌고, 보통 `TARGETOS`/`TARGETARCH`로 교차 컴파일해요.',
        en: '`$BUILDPLATFORM` is the build machine’s platform: the stage runs natively and usually cross-compiles for `TARGETOS`/`TARGETARCH`.',
      },
    },
    why: {
      ko: '지정하지 않으면 빌드 요청의 대상 플랫폼(`docker build --platform`, 기본은 빌드하는 기계)을 써요.',
      en: 'Without it, the build’s target platform (`docker build --platform`, default: the build machine) is used.',
    },
    concept: 'images-containers',
    docs: `${REF}#from`,
    sources: [`${REF}#from`],
  },
  'dockerfile.flag.from': {
    id: 'dockerfile.flag.from',
    title: { ko: '--from', en: '--from' },
    summary: {
      ko: '빌드 컨텍스트 대신 다른 스테이지, 이미지, 이름 있는 컨텍스트에서 파일을 가져와요.',
      en: 'Copies from another stage, an image or a named context instead of the build context.',
    },
    templates: {
      stage: { ko: '{value} → 이 파일의 {stage} (줄 {line}의 `FROM`)', en: '{value} is {stage} of this file (`FROM` on line {line}).' },
      stageIndex: { ko: '{value} → 번호로 가리킨 {stage} (줄 {line}). 스테이지 순서가 바뀌면 다른 스테이지를 가리키니 `AS 이름`을 붙이는 편이 안전해요.', en: '{value} refers by number to {stage} (line {line}); name stages with `AS` so reordering cannot change it.' },
      laterStage: { ko: '{value} → 이 줄보다 뒤(줄 {line})에 정의된 스테이지예요. 앞에서 정의된 스테이지만 가리킬 수 있어요.', en: '{value} is defined later (line {line}); only earlier stages can be referenced.' },
      image: { ko: '{value} → 이 파일의 스테이지 이름이 아니라서 이미지(또는 `--build-context`로 준 컨텍스트)로 읽어요: {image}', en: '{value} is not a stage of this file, so it is read as an image (or a `--build-context` name): {image}' },
      variable: {
        ko: '{value}: BuildKit은 `--from` 안의 변수를 풀지 않아서 빌드가 "variable expansion is not supported for --from" 오류로 멈춰요(Dockerfile 1.18부터). 첫 `FROM` 앞의 `ARG`로 `FROM $IMAGE AS 별칭` 스테이지를 만들고 `--from=별칭`을 쓰세요.',
        en: '{value}: BuildKit does not expand variables in `--from`; the build stops with "variable expansion is not supported for --from" (Dockerfile 1.18+). Declare `FROM $IMAGE AS alias` with a global `ARG` and use `--from=alias`.',
      },
      absolute: { ko: '출처 경로는 그 이미지/스테이지의 루트(`/`) 기준이에요.', en: 'Source paths resolve from that image or stage’s root (`/`).' },
    },
    concept: 'multi-stage',
    docs: `${REF}#copy---from`,
    sources: [`${REF}#copy---from`, 'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go'],
  },
  'dockerfile.flag.chown': {
    id: 'dockerfile.flag.chown',
    title: { ko: '--chown', en: '--chown' },
    // Finding 16: the root default is for files from the build context; `--from` keeps the source's owner.
    summary: {
      ko: '복사한 파일의 소유자와 그룹을 정해요. 없으면 빌드 컨텍스트의 파일은 UID 0, GID 0(root)이 되고, `--from`으로 가져온 파일은 원래 소유자를 유지해요.',
      en: 'Sets owner and group of the copied files; without it, files from the build context get UID 0 / GID 0 (root) and files copied `--from` keep their owner.',
    },
    templates: {
      value: { ko: '소유자 {user}, 그룹 {group}', en: 'Owner {user}, group {group}' },
      userOnly: { ko: '사용자 {user}만 주면 그룹(GID)도 같은 숫자 값이 돼요.', en: 'With only {user}, the GID is set to the same numeric value.' },
      names: { ko: '이름은 이미지의 `/etc/passwd`, `/etc/group`에서 찾아요. 없으면 빌드가 실패해요.', en: 'Names are looked up in the image’s `/etc/passwd` and `/etc/group`; missing ones fail the build.' },
      withLink: { ko: '`--link`와 함께 쓰면 이름을 찾을 수 없어서 숫자 ID만 써야 해요.', en: 'With `--link`, names cannot be resolved: use numeric IDs.' },
    },
    why: {
      ko: '`COPY` 뒤에 `RUN chown -R`을 하면 파일이 레이어에 두 번 담겨요. `--chown`은 한 레이어로 끝나요.',
      en: 'A `RUN chown -R` after `COPY` stores the files twice; `--chown` does it in one layer.',
    },
    concept: 'layers',
    docs: `${REF}#copy---chown`,
    sources: [`${REF}#copy---chown`],
  },
  'dockerfile.flag.chmod': {
    id: 'dockerfile.flag.chmod',
    title: { ko: '--chmod', en: '--chmod' },
    summary: { ko: '복사한 파일의 권한을 정해요 (8진수 `755`, 또는 `+x` 같은 기호 표기).', en: 'Sets permissions of the copied files (octal `755`, or symbolic like `+x`).' },
    templates: {
      octal: { ko: '권한 {value}: {explain}', en: 'Mode {value}: {explain}' },
      symbolic: { ko: '기호 표기 {value} (Dockerfile 1.14 이상).', en: 'Symbolic mode {value} (Dockerfile 1.14+).' },
    },
    why: { ko: 'Windows 컨테이너 빌드에서는 쓸 수 없어요.', en: 'Not supported for Windows containers.' },
    concept: 'layers',
    docs: `${REF}#copy---chmod`,
    sources: [`${REF}#copy---chmod`],
  },
  'dockerfile.flag.link': {
    id: 'dockerfile.flag.link',
    title: { ko: '--link', en: '--link' },
    summary: {
      ko: '파일을 빈 디렉터리에 복사해 독립된 레이어로 만들고, 앞 상태 위에 연결(link)해요.',
      en: 'Copies into an empty directory as an independent layer linked on top of the previous state.',
    },
    templates: {
      effect: {
        ko: '앞 레이어가 바뀌어도 이 레이어는 무효가 되지 않아요. 베이스 이미지를 바꿔도 다시 복사하지 않고 레이어를 재사용할 수 있어요.',
        en: 'Changes to earlier layers do not invalidate this one; it can be reused on a new base image.',
      },
      disabled: { ko: '{value}: 링크를 끈 보통 복사예요.', en: '{value}: linking disabled, a normal copy.' },
    },
    why: {
      ko: '대신 앞 상태의 파일을 읽지 못해서, 목적지 경로의 심볼릭 링크를 따라가지 않아요.',
      en: 'It cannot read the previous state, so symlinks in the destination path are not followed.',
    },
    concept: 'layers',
    docs: `${REF}#copy---link`,
    sources: [`${REF}#copy---link`],
  },
  'dockerfile.flag.parents': {
    id: 'dockerfile.flag.parents',
    title: { ko: '--parents', en: '--parents' },
    summary: { ko: '출처 경로의 상위 디렉터리 구조를 그대로 살려서 복사해요.', en: 'Keeps the parent directories of each source path.' },
    templates: {
      example: {
        ko: '예: `COPY --parents ./x/a.txt /p/`는 `/p/x/a.txt`를 만들어요 (`--parents`가 없으면 `/p/a.txt`). 출처 경로 중간에 `./`를 넣으면 그 뒤의 디렉터리 구조만 살려요.',
        en: 'E.g. `COPY --parents ./x/a.txt /p/` creates `/p/x/a.txt` (not `/p/a.txt`); a `./` inside the path keeps only what follows it.',
      },
    },
    why: { ko: 'Dockerfile 1.20 이상에서 쓸 수 있어요. `# syntax=docker/dockerfile:1`로 최신 문법을 쓰세요.', en: 'Needs Dockerfile syntax 1.20+; use `# syntax=docker/dockerfile:1`.' },
    concept: 'layers',
    docs: `${REF}#copy---parents`,
    sources: [`${REF}#copy---parents`],
  },
  'dockerfile.flag.exclude': {
    id: 'dockerfile.flag.exclude',
    title: { ko: '--exclude', en: '--exclude' },
    summary: { ko: '출처와 일치해도 이 패턴에 맞는 파일은 복사하지 않아요.', en: 'Skips files matching this pattern even when the source matches them.' },
    templates: {
      pattern: { ko: '제외 패턴: {value} (여러 번 쓸 수 있어요)', en: 'Excluded: {value} (may be repeated)' },
    },
    why: {
      ko: '빌드 컨텍스트 전체에서 빼려면 `.dockerignore`, 이 COPY에서만 빼려면 `--exclude`를 쓰세요. Dockerfile 1.19 이상이에요.',
      en: '`.dockerignore` removes files from the whole context; `--exclude` only from this copy (Dockerfile 1.19+).',
    },
    concept: 'layers',
    docs: `${REF}#copy---exclude`,
    sources: [`${REF}#copy---exclude`],
  },
  'dockerfile.flag.checksum': {
    id: 'dockerfile.flag.checksum',
    title: { ko: '--checksum', en: '--checksum' },
    summary: { ko: '내려받은 URL 파일(SHA-256)이나 Git 커밋이 기대한 값과 같은지 확인해요.', en: 'Verifies a downloaded file (SHA-256) or Git commit against the expected value.' },
    templates: { value: { ko: '기대값: {value}', en: 'Expected: {value}' } },
    concept: 'layers',
    docs: `${REF}#add---checksum`,
    sources: [`${REF}#add---checksum`],
  },
  'dockerfile.flag.keep-git-dir': {
    id: 'dockerfile.flag.keep-git-dir',
    title: { ko: '--keep-git-dir', en: '--keep-git-dir' },
    summary: { ko: 'Git 저장소를 ADD할 때 `.git` 디렉터리도 함께 넣어요 (기본은 빼요).', en: 'Keeps the `.git` directory when adding a Git repository (dropped by default).' },
    concept: 'layers',
    docs: `${REF}#add---keep-git-dir`,
    sources: [`${REF}#add---keep-git-dir`],
  },
  'dockerfile.flag.unpack': {
    id: 'dockerfile.flag.unpack',
    title: { ko: '--unpack', en: '--unpack' },
    summary: { ko: 'tar 아카이브를 풀지 말지 정해요. 로컬 tar는 기본으로 풀고, URL의 tar는 기본으로 풀지 않아요.', en: 'Whether to extract tar archives: local ones are extracted by default, URLs are not.' },
    templates: { value: { ko: '값: {value}', en: 'Value: {value}' } },
    concept: 'layers',
    docs: `${REF}#add---unpack`,
    sources: [`${REF}#add---unpack`],
  },
  'dockerfile.flag.network': {
    id: 'dockerfile.flag.network',
    title: { ko: '--network', en: '--network' },
    summary: { ko: '이 RUN 명령이 어떤 네트워크 환경에서 실행될지 정해요.', en: 'Chooses the network environment this RUN command runs in.' },
    templates: {
      default: { ko: '`default`: 빌드의 기본 네트워크예요. 플래그를 안 쓴 것과 같아요.', en: '`default`: the build’s default network, same as no flag.' },
      none: { ko: '`none`: 네트워크 없이 실행해요 (`lo`만 있어요). 미리 넣어 둔 파일만으로 설치하는지 확인할 때 좋아요.', en: '`none`: no network access (only `lo`); proves the step uses only files already present.' },
      host: { ko: '`host`: 호스트의 네트워크를 그대로 써요. 빌더에서 `network.host` 권한을 허용해야 해요.', en: '`host`: uses the host’s network; needs the `network.host` entitlement.' },
      other: { ko: '{value}: 알 수 없는 값이에요. `default`, `none`, `host` 중 하나여야 해요.', en: '{value}: unknown; use `default`, `none` or `host`.' },
    },
    concept: 'networks',
    docs: `${REF}#run---network`,
    sources: [`${REF}#run---network`],
  },
  'dockerfile.flag.security': {
    id: 'dockerfile.flag.security',
    title: { ko: '--security', en: '--security' },
    summary: { ko: 'RUN을 샌드박스 안에서 실행할지, 특권 모드로 실행할지 정해요.', en: 'Runs the RUN step sandboxed or with elevated privileges.' },
    templates: {
      sandbox: { ko: '`sandbox`: 기본값이에요. 써도 달라지는 것이 없어요.', en: '`sandbox`: the default; a no-op.' },
      insecure: { ko: '`insecure`: 샌드박스 없이 실행해요. `docker run --privileged`와 같은 권한이고, 빌더에서 `security.insecure` 권한을 허용해야 해요.', en: '`insecure`: no sandbox, like `docker run --privileged`; needs the `security.insecure` entitlement.' },
      other: { ko: '{value}: `sandbox`나 `insecure`만 쓸 수 있어요.', en: '{value}: only `sandbox` or `insecure` are valid.' },
    },
    concept: 'isolation',
    docs: `${REF}#run---security`,
    sources: [`${REF}#run---security`],
  },
  'dockerfile.flag.device': {
    id: 'dockerfile.flag.device',
    title: { ko: '--device', en: '--device' },
    summary: { ko: '이 RUN에 CDI 장치(예: GPU)를 붙여요. BuildKit 0.20 이상과 `device` 권한이 필요해요.', en: 'Gives this RUN a CDI device (e.g. a GPU); needs BuildKit 0.20+ and the `device` entitlement.' },
    // Finding 15: "Not yet available in stable syntax" (Dockerfile reference, RUN --device).
    why: {
      ko: '아직 안정 문법이 아니라 파일 맨 위에 `# syntax=docker/dockerfile:1-labs`가 있어야 해요. 보통의 `docker/dockerfile:1`로는 이 줄을 읽지 못해 빌드가 실패해요.',
      en: 'Not in the stable syntax yet: the file needs `# syntax=docker/dockerfile:1-labs` at the top; with the usual `docker/dockerfile:1` the build fails to parse it.',
    },
    templates: { value: { ko: '장치: {value}', en: 'Device: {value}' } },
    concept: 'isolation',
    docs: `${REF}#run---device`,
    sources: [`${REF}#run---device`],
  },
  'dockerfile.flag.unknown': {
    id: 'dockerfile.flag.unknown',
    title: { ko: '플래그', en: 'Flag' },
    summary: { ko: '이 명령의 옵션이에요.', en: 'An option of this instruction.' },
    templates: {
      unknown: { ko: '{flag} 플래그는 {keyword}의 문서에 없어요. 철자를 확인하세요.', en: '{flag} is not a documented flag of {keyword}; check the spelling.' },
    },
    docs: REF,
    sources: ['https://docs.docker.com/reference/dockerfile/#format', 'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/instructions/bflag.go'],
  },
  'dockerfile.flag.interval': {
    id: 'dockerfile.flag.interval',
    title: { ko: '--interval', en: '--interval' },
    summary: { ko: '헬스체크 사이의 간격이에요 (기본 `30s`).', en: 'Time between health checks (default `30s`).' },
    templates: { value: { ko: '{value}마다 검사해요. 첫 검사는 컨테이너 시작 {value} 뒤예요.', en: 'Checks every {value}; the first one {value} after start.' } },
    concept: 'run-flow',
    docs: `${REF}#healthcheck`,
    sources: [`${REF}#healthcheck`],
  },
  'dockerfile.flag.timeout': {
    id: 'dockerfile.flag.timeout',
    title: { ko: '--timeout', en: '--timeout' },
    summary: { ko: '검사 한 번에 허용하는 시간이에요 (기본 `30s`).', en: 'How long one check may take (default `30s`).' },
    templates: { value: { ko: '검사가 {value} 시간을 넘기면 실패이고, 검사 프로세스는 `SIGKILL`로 멈춰요.', en: 'Over {value}, the check fails and its process is killed with `SIGKILL`.' } },
    concept: 'run-flow',
    docs: `${REF}#healthcheck`,
    sources: [`${REF}#healthcheck`],
  },
  'dockerfile.flag.start-period': {
    id: 'dockerfile.flag.start-period',
    title: { ko: '--start-period', en: '--start-period' },
    summary: { ko: '시작할 시간을 주는 유예 기간이에요 (기본 `0s`).', en: 'A grace period for slow-starting containers (default `0s`).' },
    templates: {
      value: {
        ko: '시작 후 {value} 동안의 실패는 재시도 횟수에 세지 않아요. 그 사이 한 번 성공하면 그때부터는 실패를 세요.',
        en: 'Failures in the first {value} do not count; once a check succeeds, failures count again.',
      },
    },
    concept: 'run-flow',
    docs: `${REF}#healthcheck`,
    sources: [`${REF}#healthcheck`],
  },
  'dockerfile.flag.start-interval': {
    id: 'dockerfile.flag.start-interval',
    title: { ko: '--start-interval', en: '--start-interval' },
    summary: { ko: '유예 기간(start period) 동안의 검사 간격이에요 (기본 `5s`).', en: 'Time between checks during the start period (default `5s`).' },
    templates: { value: { ko: '시작 유예 기간에는 {value}마다 검사해요. Docker Engine 25.0 이상이 필요해요.', en: 'Checks every {value} during the start period; needs Docker Engine 25.0+.' } },
    concept: 'run-flow',
    docs: `${REF}#healthcheck`,
    sources: [`${REF}#healthcheck`],
  },
  'dockerfile.flag.retries': {
    id: 'dockerfile.flag.retries',
    title: { ko: '--retries', en: '--retries' },
    summary: { ko: '`unhealthy`로 바뀌기까지 연속으로 실패해야 하는 횟수예요 (기본 `3`).', en: 'Consecutive failures before `unhealthy` (default `3`).' },
    templates: { value: { ko: '{value}번 연속 실패하면 `unhealthy`가 돼요.', en: '{value} failures in a row make it `unhealthy`.' } },
    concept: 'run-flow',
    docs: `${REF}#healthcheck`,
    sources: [`${REF}#healthcheck`],
  },
};
