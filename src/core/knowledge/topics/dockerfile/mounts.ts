import type { TopicTable } from '../../types';

const REF = 'https://docs.docker.com/reference/dockerfile/';

// `RUN --mount=type=…` and its options. Facts: Dockerfile reference, "RUN --mount".
// Option templates are named `opt.<option>`; the finder shows the one under the cursor first.
export const dockerfileMountTopics: TopicTable = {
  'dockerfile.mount.bind': {
    id: 'dockerfile.mount.bind',
    title: { ko: '--mount=type=bind', en: '--mount=type=bind' },
    summary: {
      ko: '빌드 컨텍스트나 다른 스테이지/이미지의 파일을 이 RUN 동안만 바인드 마운트(bind mount)해요. 기본 타입이에요.',
      en: 'Bind-mounts files from the build context or another stage/image for this RUN only; the default type.',
    },
    templates: {
      'opt.target': { ko: '`target` {value}: 컨테이너 안에서 마운트될 경로예요.', en: '`target` {value}: where it is mounted.' },
      'opt.source': { ko: '`source` {value}: `from` 안의 경로예요 (기본은 그 루트).', en: '`source` {value}: path inside `from` (default: its root).' },
      'opt.from': { ko: '`from` {value}: 파일을 가져올 스테이지, 컨텍스트, 이미지예요 (기본은 빌드 컨텍스트).', en: '`from` {value}: stage, context or image to mount (default: the build context).' },
      'opt.rw': { ko: '`rw`: 쓸 수 있게 하지만, 쓴 내용은 RUN이 끝나면 버려지고 레이어에 남지 않아요.', en: '`rw`: writable, but writes are discarded after the RUN.' },
      readOnly: { ko: '기본은 읽기 전용이에요. 마운트한 파일은 레이어에 들어가지 않아요.', en: 'Read-only by default; mounted files are not stored in the layer.' },
    },
    why: {
      ko: 'COPY 없이 소스를 마운트해서 빌드하면 소스가 이미지 레이어에 남지 않아요. 마운트한 파일이 바뀌면 이 RUN의 캐시도 무효가 돼요.',
      en: 'Building from a mount keeps sources out of the layers; a change in the mounted files invalidates this RUN’s cache.',
    },
    concept: 'layers',
    docs: `${REF}#run---mounttypebind`,
    sources: [`${REF}#run---mounttypebind`],
  },
  'dockerfile.mount.cache': {
    id: 'dockerfile.mount.cache',
    title: { ko: '--mount=type=cache', en: '--mount=type=cache' },
    summary: {
      ko: '빌드 사이에 유지되는 캐시 디렉터리를 붙여요. 패키지 관리자나 컴파일러의 내려받은 파일을 다시 쓰게 해요.',
      en: 'Mounts a cache directory that persists between builds, for package managers and compilers.',
    },
    templates: {
      'opt.target': { ko: '`target` {value}: 이 경로의 내용이 빌드 사이에 남아요 (이미지에는 들어가지 않아요).', en: '`target` {value}: persists between builds, never in the image.' },
      'opt.id': { ko: '`id` {value}: 같은 id를 쓰는 마운트끼리 캐시를 나눠 써요 (기본은 `target` 값).', en: '`id` {value}: mounts with the same id share the cache (default: `target`).' },
      'opt.sharing': { ko: '`sharing` {value}: {explain}', en: '`sharing` {value}: {explain}' },
      'sharing.shared': { ko: '여러 빌드가 동시에 같이 써요 (기본).', en: 'concurrent writers share it (default).' },
      'sharing.private': { ko: '동시에 쓰는 빌드가 있으면 새 캐시를 따로 만들어요.', en: 'a concurrent writer gets its own new cache.' },
      'sharing.locked': { ko: '먼저 쓰는 빌드가 끝날 때까지 다음 빌드가 기다려요 (apt처럼 독점이 필요한 도구용).', en: 'a second writer waits for the first (for tools like apt).' },
      'opt.from': { ko: '`from` {value}: 캐시의 처음 내용을 이 스테이지/이미지에서 가져와요.', en: '`from` {value}: seeds the cache from this stage or image.' },
      'opt.source': { ko: '`source` {value}: `from` 안의 하위 경로예요.', en: '`source` {value}: subpath of `from`.' },
      'opt.mode': { ko: '`mode` {value}: 새 캐시 디렉터리의 권한이에요 (기본 `0755`).', en: '`mode` {value}: mode of a new cache directory (default `0755`).' },
      'opt.uid': { ko: '`uid` {value}: 새 캐시 디렉터리의 소유 사용자예요 (기본 `0`).', en: '`uid` {value}: owner of a new cache directory (default `0`).' },
      'opt.gid': { ko: '`gid` {value}: 새 캐시 디렉터리의 그룹이에요 (기본 `0`).', en: '`gid` {value}: group of a new cache directory (default `0`).' },
      'opt.ro': { ko: '`ro`: 읽기 전용으로 붙여요.', en: '`ro`: read-only.' },
    },
    why: {
      ko: '캐시 마운트의 내용은 RUN의 빌드 캐시를 무효로 만들지 않고, 이미지에도 들어가지 않아요. 그래서 이 경로는 RUN 끝에 지울 필요가 없어요. 다만 언제든 비워질 수 있으니, 캐시가 비어 있어도 빌드가 되게 쓰세요.',
      en: 'Its contents never invalidate the build cache nor go into the image, so there is no need to delete it at the end of the RUN; it may be emptied at any time, so the build must work with an empty cache.',
    },
    concept: 'layers',
    docs: `${REF}#run---mounttypecache`,
    sources: [`${REF}#run---mounttypecache`],
  },
  'dockerfile.mount.tmpfs': {
    id: 'dockerfile.mount.tmpfs',
    title: { ko: '--mount=type=tmpfs', en: '--mount=type=tmpfs' },
    summary: { ko: '이 RUN 동안만 메모리에 있는 tmpfs 마운트(tmpfs mount)를 붙여요.', en: 'Mounts an in-memory tmpfs for this RUN only.' },
    templates: {
      'opt.target': { ko: '`target` {value}: 여기에 쓴 파일은 레이어에 남지 않아요.', en: '`target` {value}: files written here are not stored in the layer.' },
      'opt.size': { ko: '`size` {value}: 파일 시스템 크기의 상한이에요.', en: '`size` {value}: upper size limit.' },
    },
    concept: 'volumes',
    docs: `${REF}#run---mounttypetmpfs`,
    sources: [`${REF}#run---mounttypetmpfs`],
  },
  'dockerfile.mount.secret': {
    id: 'dockerfile.mount.secret',
    title: { ko: '--mount=type=secret', en: '--mount=type=secret' },
    summary: {
      ko: '토큰이나 키 같은 시크릿 값을 이 RUN에서만 읽게 해요. 이미지와 빌드 캐시에 남지 않아요.',
      en: 'Lets this RUN read a secret (token, key) without storing it in the image or build cache.',
    },
    templates: {
      'opt.id': { ko: '`id` {value}: `docker build --secret id={raw},src=…`로 넘긴 시크릿과 짝을 지어요.', en: '`id` {value}: matched with `docker build --secret id={raw},src=…`.' },
      'opt.target': { ko: '`target` {value}: 시크릿이 이 파일로 보여요 (기본 `/run/secrets/<id>`).', en: '`target` {value}: the secret appears as this file (default `/run/secrets/<id>`).' },
      'opt.env': { ko: '`env` {value}: 파일 대신 이 환경 변수로 넘겨요 (Dockerfile 1.10 이상).', en: '`env` {value}: exposed as this environment variable instead (Dockerfile 1.10+).' },
      'opt.required': { ko: '`required` {value}: `true`면 시크릿이 없을 때 빌드가 실패해요 (기본 `false`).', en: '`required` {value}: if true, a missing secret fails the build (default false).' },
      'opt.mode': { ko: '`mode` {value}: 시크릿 파일의 권한이에요 (기본 `0400`).', en: '`mode` {value}: file mode (default `0400`).' },
      'opt.uid': { ko: '`uid` {value}: 시크릿 파일의 소유자예요 (기본 `0`).', en: '`uid` {value}: owner (default `0`).' },
      'opt.gid': { ko: '`gid` {value}: 시크릿 파일의 그룹이에요 (기본 `0`).', en: '`gid` {value}: group (default `0`).' },
      defaultTarget: { ko: '이 RUN 안에서 {path} 파일로 읽을 수 있어요.', en: 'Readable as {path} in this RUN.' },
    },
    why: {
      ko: '시크릿 값을 바꿔도 빌드 캐시는 무효가 되지 않아요. ARG나 ENV로 넘긴 시크릿은 `docker history`와 이미지에 남아요.',
      en: 'Changing the secret does not invalidate the cache; secrets passed by ARG or ENV stay in `docker history` or the image.',
    },
    concept: 'env-args',
    docs: `${REF}#run---mounttypesecret`,
    sources: [`${REF}#run---mounttypesecret`],
  },
  'dockerfile.mount.ssh': {
    id: 'dockerfile.mount.ssh',
    title: { ko: '--mount=type=ssh', en: '--mount=type=ssh' },
    summary: {
      ko: '호스트의 SSH 에이전트 소켓을 이 RUN에 붙여서, 키를 이미지에 넣지 않고 `git clone` 같은 SSH 접속을 해요.',
      en: 'Forwards the host’s SSH agent to this RUN, for SSH access without putting keys in the image.',
    },
    templates: {
      'opt.id': { ko: '`id` {value}: `docker build --ssh {raw}=…`로 넘긴 에이전트나 키예요 (기본 `default`).', en: '`id` {value}: the agent or key given with `docker build --ssh {raw}=…` (default `default`).' },
      'opt.target': { ko: '`target` {value}: 에이전트 소켓 경로예요.', en: '`target` {value}: agent socket path.' },
      'opt.required': { ko: '`required` {value}: `true`면 키가 없을 때 빌드가 실패해요.', en: '`required` {value}: if true, a missing key fails the build.' },
      'opt.mode': { ko: '`mode` {value}: 소켓의 권한이에요 (기본 `0600`).', en: '`mode` {value}: socket mode (default `0600`).' },
      'opt.uid': { ko: '`uid` {value}: 소켓의 소유자예요 (기본 `0`).', en: '`uid` {value}: owner (default `0`).' },
      'opt.gid': { ko: '`gid` {value}: 소켓의 그룹이에요 (기본 `0`).', en: '`gid` {value}: group (default `0`).' },
      build: { ko: '빌드할 때 `docker build --ssh default .`처럼 에이전트를 넘겨야 해요.', en: 'Build with `docker build --ssh default .` to forward the agent.' },
    },
    concept: 'env-args',
    docs: `${REF}#run---mounttypessh`,
    sources: [`${REF}#run---mounttypessh`],
  },
  'dockerfile.mount.unknown': {
    id: 'dockerfile.mount.unknown',
    title: { ko: '--mount', en: '--mount' },
    summary: {
      ko: '이 RUN 동안만 파일 시스템을 붙여요. 타입은 `bind`(기본), `cache`, `tmpfs`, `secret`, `ssh`예요.',
      en: 'Attaches a filesystem for this RUN only: `bind` (default), `cache`, `tmpfs`, `secret` or `ssh`.',
    },
    templates: {
      type: { ko: '알 수 없는 마운트 타입이에요: {value}', en: '{value} is not a known mount type.' },
      option: { ko: '옵션 {name}{value}', en: 'Option {name}{value}' },
    },
    concept: 'layers',
    docs: `${REF}#run---mount`,
    sources: [`${REF}#run---mount`],
  },
};
