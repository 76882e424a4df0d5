import { REF, table } from './table';

// Service keys about data: volumes (short and long syntax), volumes_from, tmpfs, secrets,
// configs. Facts checked against https://docs.docker.com/reference/compose-file/services/
// (volumes, volumes_from, tmpfs, secrets, configs), .../volumes/ and
// https://docs.docker.com/reference/cli/docker/compose/down/ (what `down` and `down -v` remove).
const S = `${REF}services/#`;

const volumeTemplates = {
  bind: {
    ko: '바인드 마운트(bind mount): 호스트 `{source}`{where} → 컨테이너 `{target}`, {access}',
    en: 'bind mount: host `{source}`{where} → container `{target}`, {access}',
  },
  relativeToFile: { ko: ' (Compose 파일이 있는 폴더 기준)', en: ' (relative to the Compose file’s folder)' },
  homeDir: { ko: ' (Compose를 실행하는 사용자의 홈 폴더)', en: ' (home folder of the user running Compose)' },
  readOnly: { ko: '읽기 전용(`ro`)', en: 'read-only (`ro`)' },
  readWrite: { ko: '읽기·쓰기', en: 'read-write' },
  // compose-go transform/volume.go defaultVolumeBind (create_host_path defaults to true, both syntaxes); the engine creates it.
  bindCreates: {
    ko: '호스트에 `{source}`이/가 없으면 Docker 엔진이 빈 폴더로 만들어요(root 소유). `bind.create_host_path: false`로 끄면 없는 경로는 오류가 돼요.',
    en: 'If `{source}` does not exist on the host, the Docker engine creates an empty folder (owned by root); with `bind.create_host_path: false` a missing path is an error.',
  },
  bindNoCreate: { ko: '`create_host_path: false`: 호스트에 `{source}`이/가 없으면 실패해요.', en: '`create_host_path: false`: fails when `{source}` is missing.' },
  bindSurvives: {
    ko: '데이터는 호스트 폴더에 있어요. `docker compose down`도 `down -v`도 지우지 않아요.',
    en: 'The data lives in the host folder: neither `down` nor `down -v` removes it.',
  },
  named: { ko: '이름 있는 볼륨(named volume) `{source}` → 컨테이너 `{target}`, {access}', en: 'named volume `{source}` → container `{target}`, {access}' },
  declared: { ko: '최상위 `volumes:`에 선언돼 있어요 (줄 {line}).', en: 'Declared in top-level `volumes:` (line {line}).' },
  declaredExternal: { ko: '최상위 `volumes:`에 external로 선언돼 있어요 (줄 {line}). 미리 있어야 해요.', en: 'Declared external in top-level `volumes:` (line {line}); it must exist.' },
  undeclared: {
    ko: '최상위 `volumes:`에 `{source}`이/가 없어요. Compose가 "undefined volume" 오류를 내요. 호스트 폴더를 뜻했다면 `./{source}`처럼 써요.',
    en: '`{source}` is not declared in top-level `volumes:`: Compose fails ("undefined volume"). For a host folder write `./{source}`.',
  },
  namedSurvives: {
    ko: '`docker compose down`은 볼륨 `{source}`을/를 남기고, `down -v`는 지워요.',
    en: '`docker compose down` keeps `{source}`; `down -v` removes it.',
  },
  externalSurvives: { ko: 'external 볼륨이라 `down -v`로도 지워지지 않아요.', en: 'External: even `down -v` keeps it.' },
  anonymous: {
    ko: '익명 볼륨(anonymous volume) → 컨테이너 `{target}`, {access}. Docker가 무작위 이름으로 볼륨을 만들어요.',
    en: 'anonymous volume → container `{target}`, {access}; Docker names it randomly.',
  },
  anonymousSurvives: {
    ko: '`docker compose down`은 익명 볼륨을 지우지 않지만, 이름이 없어서 다음 `up`의 새 컨테이너에 다시 붙지 않아요. `down -v`는 지워요. 남겨야 할 데이터라면 이름 있는 볼륨을 써요.',
    en: '`down` leaves anonymous volumes, but a later `up` does not reattach them; `down -v` removes them. Use a named volume for data to keep.',
  },
  nocopy: { ko: '`nocopy`: 새 볼륨에 이미지의 `{target}` 내용을 복사하지 않아요.', en: '`nocopy`: the image’s files are not copied into a new volume.' },
  tmpfs: {
    ko: 'tmpfs 마운트: 컨테이너 `{target}`{size}에 메모리 위의 파일 시스템을 붙여요.',
    en: 'tmpfs mount: an in-memory file system at container `{target}`{size}.',
  },
  tmpfsSurvives: { ko: '메모리에만 있어서 컨테이너가 멈추면 내용이 사라져요.', en: 'In memory only: gone when the container stops.' },
  image: { ko: '이미지 마운트: 이미지 `{source}`의 파일을 컨테이너 `{target}`에 붙여요.', en: 'image mount: files of image `{source}` at `{target}`.' },
  other: { ko: '`{type}` 마운트 → 컨테이너 `{target}`', en: '`{type}` mount → container `{target}`' },
  variableSource: {
    ko: '`{source}`: 변수 값에 따라 바인드 마운트(경로)일지 이름 있는 볼륨일지 정해져요 → 컨테이너 `{target}`',
    en: '`{source}`: bind mount or named volume depending on the variable’s value → `{target}`',
  },
  selinuxShared: {
    ko: '`z`: SELinux 레이블을 바꿔서 여러 컨테이너가 이 호스트 내용을 함께 쓸 수 있게 해요. SELinux가 없는 호스트에서는 무시돼요.',
    en: '`z`: relabels for SELinux so several containers can share the content; ignored without SELinux.',
  },
  selinuxPrivate: {
    ko: '`Z`: SELinux 레이블을 이 컨테이너 전용으로 바꿔요. 다른 컨테이너는 못 읽어요. `/home` 같은 시스템 폴더에 쓰면 호스트가 그 폴더를 못 쓰게 될 수 있어요.',
    en: '`Z`: private SELinux label for this container only; dangerous on system folders such as `/home`.',
  },
  invalidName: {
    ko: '`{source}`은/는 `./`, `/`, `~`로 시작하지 않아서 볼륨 이름으로 읽혀요. 그런데 볼륨 이름에는 `/`를 쓸 수 없어요. 호스트 폴더라면 `./{source}`처럼 써요.',
    en: '`{source}` has no `./`, `/` or `~`, so it is read as a volume name, which cannot contain `/`. For a host folder write `./{source}`.',
  },
  relativeTarget: { ko: '컨테이너 경로 `{target}`은/는 절대 경로(`/`로 시작)여야 해요.', en: 'Container path `{target}` must be absolute.' },
  // compose-go format/volume.go: unknown short-syntax options are ignored.
  unknownOption: { ko: '`{option}`은/는 Compose가 모르는 옵션이라 조용히 무시돼요. `ro`를 뜻했다면 이 마운트는 읽기·쓰기로 붙어요. `ro`, `rw`, `z`, `Z`, `nocopy`를 써요.', en: '`{option}` is an unknown option and is silently ignored: if you meant `ro`, this mount is read-write.' },
  badSyntax: { ko: '`원본:컨테이너경로:옵션` 형식이 아니에요. Compose가 이 항목을 거부해요.', en: 'Not `SOURCE:TARGET:OPTIONS`; Compose rejects it.' },
};

export const composeStorageTopics = table({
  'compose.service.volumes': {
    title: { ko: 'volumes', en: 'volumes' },
    summary: {
      ko: '컨테이너에 저장 공간을 연결해요(mount): 호스트 폴더(바인드 마운트), 이름 있는 볼륨, 익명 볼륨, tmpfs.',
      en: 'Mounts storage into the container: host folders (bind mounts), named volumes, anonymous volumes, tmpfs.',
    },
    templates: volumeTemplates,
    why: {
      ko: '컨테이너의 쓰기 가능한 레이어는 컨테이너를 지우면 함께 사라져요. 남겨야 할 데이터는 볼륨이나 바인드 마운트에 둬요.',
      en: 'The container’s writable layer dies with the container; keep data in volumes or bind mounts.',
    },
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`, 'https://github.com/compose-spec/compose-go/blob/v2.13.0/format/volume.go'],
  },
  'compose.service.volumes.type': {
    title: { ko: 'type', en: 'type' },
    summary: { ko: '마운트 종류예요: `bind`, `volume`, `tmpfs`, `image`, `npipe`, `cluster`.', en: 'The mount type: `bind`, `volume`, `tmpfs`, `image`, `npipe`, `cluster`.' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.source': {
    title: { ko: 'source', en: 'source' },
    summary: {
      ko: '마운트할 원본이에요: 바인드 마운트면 호스트 경로, 볼륨이면 최상위 `volumes:`의 이름, 이미지 마운트면 이미지예요.',
      en: 'What to mount: a host path (bind), a top-level volume name (volume) or an image (image).',
    },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.target': {
    title: { ko: 'target', en: 'target' },
    summary: { ko: '컨테이너 안에서 마운트될 경로예요. 이미지의 그 경로에 있던 파일은 가려져요.', en: 'The path inside the container; the image’s files there are hidden.' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.read_only': {
    title: { ko: 'read_only', en: 'read_only' },
    summary: { ko: '`true`면 컨테이너가 이 마운트에 쓸 수 없어요.', en: '`true` makes the mount read-only for the container.' },
    templates: {
      ...volumeTemplates,
      true: { ko: '읽기 전용이에요. 컨테이너 안에서 쓰면 "Read-only file system" 오류가 나요.', en: 'Read-only: writes fail with "Read-only file system".' },
      false: { ko: '읽기·쓰기예요 (기본값).', en: 'Read-write (default).' },
    },
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.bind': {
    title: { ko: 'bind', en: 'bind' },
    summary: { ko: '바인드 마운트 옵션이에요: `propagation`, `create_host_path`, `selinux`.', en: 'Bind mount options: `propagation`, `create_host_path`, `selinux`.' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.bind.create_host_path': {
    title: { ko: 'create_host_path', en: 'create_host_path' },
    summary: { ko: '호스트 경로가 없으면 폴더를 만들지 정해요. 기본값은 `true`예요.', en: 'Whether to create a missing host path; default `true`.' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.bind.selinux': {
    title: { ko: 'selinux', en: 'selinux' },
    summary: { ko: 'SELinux 레이블 바꾸기: `z`(여러 컨테이너가 공유) 또는 `Z`(이 컨테이너 전용).', en: 'SELinux relabeling: `z` (shared) or `Z` (private).' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.volume': {
    title: { ko: 'volume', en: 'volume' },
    summary: { ko: '볼륨 옵션이에요: `nocopy`, `subpath`(볼륨 안의 하위 경로만 마운트).', en: 'Volume options: `nocopy`, `subpath` (mount a sub-path only).' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.volume.nocopy': {
    title: { ko: 'nocopy', en: 'nocopy' },
    summary: {
      ko: '새 볼륨을 처음 붙일 때 이미지의 그 경로 내용을 볼륨으로 복사하지 않아요.',
      en: 'Does not copy the image’s files at the target into a new volume.',
    },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.tmpfs': {
    title: { ko: 'tmpfs', en: 'tmpfs' },
    summary: { ko: 'tmpfs 마운트 옵션이에요: `size`(바이트), `mode`(권한).', en: 'tmpfs options: `size` (bytes), `mode` (permissions).' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes.consistency': {
    title: { ko: 'consistency', en: 'consistency' },
    summary: { ko: '마운트의 일관성 요구 사항이에요. 플랫폼마다 다르고, 리눅스에서는 보통 효과가 없어요.', en: 'Mount consistency requirements; platform specific, usually no effect on Linux.' },
    templates: volumeTemplates,
    concept: 'volumes',
    docs: `${S}volumes`,
    sources: [`${S}volumes`],
  },
  'compose.service.volumes_from': {
    title: { ko: 'volumes_from', en: 'volumes_from' },
    summary: {
      ko: '다른 서비스나 컨테이너에 걸린 마운트를 모두 그대로 이 컨테이너에도 붙여요. `docker run --volumes-from`과 같아요.',
      en: 'Mounts all the mounts of another service or container here too, like `docker run --volumes-from`.',
    },
    templates: {
      service: {
        ko: '서비스 `{name}` 컨테이너의 마운트 전부(볼륨, 바인드 마운트)를 같은 컨테이너 경로에 붙여요. 접근: {access}.',
        en: 'All mounts (volumes, bind mounts) of service `{name}` at the same container paths; access: {access}.',
      },
      container: {
        ko: 'Compose가 관리하지 않는 컨테이너 `{name}`의 마운트 전부를 같은 경로에 붙여요. 접근: {access}.',
        en: 'All mounts of container `{name}` (not managed by Compose) at the same paths; access: {access}.',
      },
      // docker/compose pkg/compose/convergence.go resolveVolumeFrom replaces the entry with the container ID: the mode is dropped.
      roIgnored: {
        ko: '지금의 Docker Compose는 `volumes_from`의 `:ro`를 적용하지 않아요(읽기·쓰기로 붙어요). 읽기 전용이 필요하면 같은 볼륨을 `volumes:`에 `:ro`로 붙이세요.',
        en: 'Docker Compose today drops the `:ro` of `volumes_from` (mounts come back read-write); for read-only, mount the same volume under `volumes:` with `:ro`.',
      },
      readOnly: { ko: '읽기 전용(`ro`)', en: 'read-only (`ro`)' },
      readWrite: { ko: '읽기·쓰기 (기본값)', en: 'read-write (default)' },
      unknownService: { ko: '이 파일에 서비스 `{name}`이/가 없어요. Compose가 오류를 내요.', en: 'No service `{name}` in this file; Compose fails.' },
      servicePrefix: {
        ko: '`service:` 접두사는 Compose 명세에 없어요(예전 docker-compose 형식). 지금의 Compose는 `:` 앞을 서비스 이름으로 읽어서 `service`라는 서비스를 찾아요. `{name}`처럼 이름만 써요.',
        en: 'There is no `service:` prefix in the Compose Specification (old docker-compose form): write just `{name}`.',
      },
      badAccess: { ko: '`{mode}`은/는 접근 모드가 아니에요. `ro`나 `rw`를 써요.', en: '`{mode}` is not an access mode; use `ro` or `rw`.' },
      cli: { ko: '`docker run --volumes-from {name}`에 해당해요.', en: 'Like `docker run --volumes-from {name}`.' },
      cliService: {
        ko: '서비스 `{name}`의 컨테이너를 `--volumes-from`으로 넘기는 것과 같아요. 원본 컨테이너가 있어야 해서 Compose는 `{name}`을/를 먼저 시작해요.',
        en: 'Like passing service `{name}`’s container to `--volumes-from`; Compose starts `{name}` first.',
      },
    },
    why: {
      ko: '원본 컨테이너의 마운트를 하나도 빼지 않고 그대로 가져와요. 데이터를 복사하는 게 아니라 같은 볼륨을 함께 써요. 원본에 마운트가 늘면 여기도 늘어나요. 공유할 데이터가 정해져 있으면 같은 이름 있는 볼륨을 두 서비스에 붙이는 편이 분명해요.',
      en: 'Takes every mount of the source container as is: nothing is copied, the same volumes are shared. Sharing one named volume between services is clearer.',
    },
    concept: 'volumes',
    docs: `${S}volumes_from`,
    sources: [`${S}volumes_from`, 'https://github.com/docker/compose/blob/v2.39.1/pkg/compose/convergence.go'],
  },
  'compose.service.tmpfs': {
    title: { ko: 'tmpfs', en: 'tmpfs' },
    summary: { ko: '컨테이너 경로에 tmpfs 마운트(메모리 위의 임시 파일 시스템)를 붙여요.', en: 'Mounts a tmpfs (in-memory temporary file system) at container paths.' },
    templates: {
      entry: { ko: 'tmpfs 마운트 → 컨테이너 `{target}`{options}', en: 'tmpfs mount → container `{target}`{options}' },
      survives: { ko: '메모리에만 있어서 컨테이너가 멈추면 사라지고, 디스크에 남지 않아요.', en: 'In memory only: gone when the container stops, never on disk.' },
    },
    concept: 'volumes',
    docs: `${S}tmpfs`,
    sources: [`${S}tmpfs`],
  },
  'compose.service.secrets': {
    title: { ko: 'secrets', en: 'secrets' },
    summary: {
      ko: '이 서비스가 읽을 수 있는 시크릿이에요. 컨테이너 안의 `/run/secrets/<이름>` 파일(읽기 전용)로 보여요.',
      en: 'Secrets this service may read, as read-only files under `/run/secrets/<name>`.',
    },
    templates: {
      value: { ko: '컨테이너 안에서 `/run/secrets/{name}` 파일로 읽어요.', en: 'Read inside the container at `/run/secrets/{name}`.' },
      declared: { ko: '최상위 `secrets:`의 `{name}`(줄 {line})이에요/예요.', en: 'Declared in top-level `secrets:` (line {line}).' },
      undeclared: { ko: '최상위 `secrets:`에 `{name}`이/가 없어요. Compose가 오류를 내요.', en: '`{name}` is not in top-level `secrets:`; Compose fails.' },
    },
    why: {
      ko: '많은 공식 이미지가 `POSTGRES_PASSWORD_FILE=/run/secrets/…`처럼 `_FILE`로 끝나는 변수로 시크릿 파일을 읽어요.',
      en: 'Many official images read secret files through `*_FILE` variables.',
    },
    concept: 'compose',
    docs: `${S}secrets`,
    sources: [`${S}secrets`],
  },
  'compose.service.configs': {
    title: { ko: 'configs', en: 'configs' },
    summary: {
      ko: '이 서비스에 파일로 넣어 줄 설정이에요. 기본 위치는 컨테이너의 `/<이름>`이에요.',
      en: 'Configs mounted into this service as files, at `/<name>` by default.',
    },
    templates: {
      value: { ko: '컨테이너 안에서 `/{name}` 파일로 보여요 (긴 형식의 `target`으로 바꿀 수 있어요).', en: 'Appears at `/{name}` (change with the long form’s `target`).' },
      declared: { ko: '최상위 `configs:`의 `{name}`(줄 {line})이에요/예요.', en: 'Declared in top-level `configs:` (line {line}).' },
      undeclared: { ko: '최상위 `configs:`에 `{name}`이/가 없어요. Compose가 오류를 내요.', en: '`{name}` is not in top-level `configs:`; Compose fails.' },
    },
    concept: 'compose',
    docs: `${S}configs`,
    sources: [`${S}configs`],
  },
  'compose.service.secrets.source': {
    title: { ko: 'source', en: 'source' },
    summary: { ko: '최상위에 선언된 시크릿이나 설정의 이름이에요.', en: 'The name of the declared secret or config.' },
    concept: 'compose',
    docs: `${S}secrets`,
    sources: [`${S}secrets`],
  },
  'compose.service.secrets.target': {
    title: { ko: 'target', en: 'target' },
    summary: { ko: '컨테이너 안의 파일 이름이나 경로예요. 시크릿은 상대 이름이면 `/run/secrets/` 아래에 놓여요.', en: 'The file name or path inside the container (secrets: under `/run/secrets/` when relative).' },
    concept: 'compose',
    docs: `${S}secrets`,
    sources: [`${S}secrets`],
  },
  'compose.service.secrets.uid': {
    title: { ko: 'uid / gid', en: 'uid / gid' },
    // Compose file reference › services › secrets (long syntax): not implemented when the source is a file.
    summary: {
      ko: '컨테이너 안에서 이 파일의 주인(uid, gid)이에요. Swarm과 `environment:` 시크릿에서만 적용돼요. `file:`로 만든 시크릿은 Compose가 바인드 마운트해서 호스트 파일의 주인을 그대로 써요.',
      en: 'Owner (uid, gid) of the file inside the container: applied by Swarm and for `environment:` secrets; a `file:` secret is bind-mounted and keeps the host file’s owner.',
    },
    concept: 'compose',
    docs: `${S}secrets`,
    sources: [`${S}secrets`],
  },
  'compose.service.secrets.mode': {
    title: { ko: 'mode', en: 'mode' },
    summary: {
      ko: '파일 권한(8진수)이에요. 기본값은 누구나 읽을 수 있는 `0444`예요. `file:`로 만든 시크릿은 Compose가 바인드 마운트해서 호스트 파일의 권한을 그대로 써요(`mode`는 Swarm과 `environment:` 시크릿에서만 적용돼요).',
      en: 'File permissions (octal); default `0444`. A `file:` secret is bind-mounted and keeps the host file’s mode (`mode` applies in Swarm and to `environment:` secrets).',
    },
    concept: 'compose',
    docs: `${S}secrets`,
    sources: [`${S}secrets`],
  },
});
