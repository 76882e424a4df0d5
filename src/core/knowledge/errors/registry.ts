import type { ErrorRecord } from './types';
import { DOCS, L, MOBY } from './sources';

// Pulling and pushing images: names, tags, platforms, logins and Docker Hub's limits.

const PULL = `${DOCS}reference/cli/docker/image/pull/#description`;
const TAG = `${DOCS}reference/cli/docker/image/tag/#description`;
const RATE = `${DOCS}docker-hub/usage/pulls/#view-pull-rate-and-limit`;
const LOGIN = `${DOCS}reference/cli/docker/login/#description`;
const DISTRIBUTION_ERRORS = `${MOBY}daemon/internal/distribution/errors.go`;

export const registryErrors: ErrorRecord[] = [
  {
    id: 'pull-access-denied',
    patterns: [
      // moby daemon/internal/distribution/errors.go and daemon/containerd/image_pull.go
      /pull access denied for (?<image>[^,\s]+), repository does not exist or may require 'docker login'/,
    ],
    title: L('이미지 {image}을/를 받을 수 없어요: 없는 이름이거나 로그인이 필요해요', 'Cannot pull {image}: it does not exist or needs a login'),
    meaning: L(
      '레지스트리가 {image}을/를 내주지 않았어요. 레지스트리는 "없음"과 "권한 없음"을 구분해 알려 주지 않아서, Docker는 두 가능성을 함께 말해요. 대부분은 이름이 틀린 경우예요.',
      'The registry refused {image}; registries do not tell "missing" from "forbidden", so Docker names both. Mostly it is a wrong name.',
    ),
    causes: [
      L('이미지 이름에 오타가 있어요. Docker Hub 공식 이미지가 아니면 `사용자/이름` 형식이어야 해요.', 'A typo; non-official Docker Hub images are `user/name`.'),
      L('로컬에서만 빌드한 이미지 이름을 썼는데, 로컬에 없어서 Docker Hub에서 찾았어요 (Compose에서 `build:` 없이 `image:`만 있을 때).', 'A name you only built locally, missing here, so Docker looked on Docker Hub (Compose with image: but no build:).'),
      L('비공개 저장소인데 로그인하지 않았어요.', 'A private repository without docker login.'),
    ],
    checks: [L('`docker search`나 Docker Hub 웹에서 정확한 이름을 확인하고, `docker image ls`에 로컬 이미지가 있는지 보세요.', 'Check the exact name on Docker Hub and whether the image is local (`docker image ls`).')],
    fixes: [
      L('이름을 바로잡으세요. 직접 만드는 이미지라면 먼저 `docker build -t {image} .`로 빌드하세요.', 'Fix the name; build your own image first with `docker build -t {image} .`.'),
      L('비공개 이미지라면 `docker login`(다른 레지스트리면 `docker login <주소>`) 뒤에 다시 받으세요.', 'For a private image, docker login first.'),
    ],
    docs: PULL,
    sources: [DISTRIBUTION_ERRORS, `${MOBY}daemon/containerd/image_pull.go`, PULL, LOGIN],
  },
  {
    id: 'manifest-unknown',
    patterns: [
      // moby daemon/internal/distribution/errors.go: "manifest for %s not found"
      /manifest for (?<image>[^\s]+) not found/,
      /manifest unknown/,
    ],
    title: L('이미지 {image}의 그 태그가 레지스트리에 없어요', 'That tag of {image} is not in the registry'),
    defaults: { image: L('이미지', 'the image') },
    meaning: L(
      '저장소는 있지만 요청한 태그(또는 다이제스트)가 없어요. 태그를 빼면 `latest`를 찾는데, `latest` 태그가 없는 저장소도 많아요.',
      'The repository exists but not that tag or digest; without a tag Docker asks for latest, which many repositories lack.',
    ),
    causes: [
      L('태그 오타이거나 아직 나오지 않은 버전이에요.', 'A typo in the tag, or a version not released.'),
      L('태그를 빼서 `latest`를 찾았는데 그 저장소에는 `latest`가 없어요.', 'No tag given, and the repository has no latest.'),
      L('오래된 태그가 지워졌어요.', 'An old tag was deleted.'),
    ],
    checks: [L('Docker Hub의 Tags 탭이나 `docker buildx imagetools inspect <이미지:태그>`로 있는 태그를 보세요.', 'Look at the Tags tab, or `docker buildx imagetools inspect`.')],
    fixes: [L('있는 태그를 정확히 적으세요 (예: `nginx:1.27`). 버전을 고정하면 나중에도 같은 이미지를 받아요.', 'Name an existing tag explicitly, e.g. nginx:1.27.')],
    docs: TAG,
    sources: [DISTRIBUTION_ERRORS, TAG, PULL],
  },
  {
    id: 'no-matching-manifest',
    patterns: [
      // moby daemon/internal/distribution/pull_v2.go / daemon/containerd/image_pull.go
      /no matching manifest for (?<platform>[^\s]+) in the manifest list entries/,
      /no match for platform in manifest/,
    ],
    title: L('이 이미지에는 {platform}용이 없어요', 'The image has no variant for {platform}'),
    defaults: { platform: L('이 플랫폼', 'this platform') },
    meaning: L(
      '멀티 플랫폼 이미지는 플랫폼마다 다른 이미지를 목록(manifest list)으로 묶어요. 그 목록에 호스트 플랫폼 {platform}용이 없어요.',
      'A multi-platform image lists one image per platform; the list has none for {platform}.',
    ),
    causes: [
      L('Apple Silicon이나 Raspberry Pi(arm64)에서 amd64용으로만 나온 이미지를 받았어요. 예전 MySQL 5.7 이미지가 대표적이에요.', 'An amd64-only image pulled on arm64 (Apple Silicon, Raspberry Pi); old mysql:5.7 is a classic.'),
    ],
    checks: [L('`docker buildx imagetools inspect <이미지>`로 어떤 플랫폼이 있는지 보세요.', 'List its platforms with `docker buildx imagetools inspect`.')],
    fixes: [
      L('호스트 플랫폼을 지원하는 태그나 다른 이미지(예: `mariadb`)를 쓰세요.', 'Use a tag or image that supports your platform.'),
      L('에뮬레이션으로 돌려도 되면 `--platform linux/amd64`(Compose는 `platform: linux/amd64`)를 주세요. 느릴 수 있어요.', 'Or run under emulation with --platform linux/amd64 (slower).'),
    ],
    docs: `${DOCS}build/building/multi-platform/#prerequisites`,
    sources: [`${MOBY}daemon/internal/distribution/pull_v2.go`, `${MOBY}daemon/containerd/image_pull.go`, `${DOCS}build/building/multi-platform/#prerequisites`],
  },
  {
    id: 'pull-rate-limit',
    patterns: [/toomanyrequests: You have reached your (?:unauthenticated )?pull rate limit/, /\btoomanyrequests\b/],
    title: L('Docker Hub의 pull 횟수 제한에 걸렸어요', 'Docker Hub pull rate limit reached'),
    meaning: L(
      'Docker Hub는 일정 시간 동안 받을 수 있는 횟수를 제한해요. 로그인하지 않으면 IP 주소마다 세서, 같은 IP를 쓰는 CI나 회사 네트워크에서 금방 찰 수 있어요.',
      'Docker Hub limits pulls per time window; anonymous pulls count per IP address, so shared CI or office IPs hit it fast.',
    ),
    causes: [
      L('로그인하지 않고 받았어요.', 'Pulls were anonymous.'),
      L('CI가 빌드마다 같은 이미지를 새로 받아요.', 'CI pulls the same images on every build.'),
    ],
    checks: [L('문서의 방법대로 `ratelimit-remaining` 헤더를 보면 남은 횟수를 알 수 있어요.', 'The ratelimit-remaining header shows what is left (see the docs).')],
    fixes: [
      L('`docker login`으로 로그인해서 받으세요. 로그인한 사용자는 한도가 더 커요.', 'Log in with docker login: authenticated users get a higher limit.'),
      L('CI에서는 이미지를 캐시하거나 레지스트리 미러를 쓰세요.', 'Cache images in CI or use a registry mirror.'),
    ],
    docs: RATE,
    sources: [RATE],
  },
  {
    id: 'push-access-denied',
    patterns: [/denied: requested access to the resource is denied/],
    title: L('레지스트리가 이 저장소에 접근하지 못하게 막았어요', 'The registry denied access to this repository'),
    meaning: L(
      'push하려는 저장소에 쓸 권한이 없어요. Docker Hub에서는 이미지 이름의 첫 부분이 내 사용자 이름이나 조직이어야 해요.',
      'You may not write to that repository; on Docker Hub the first part of the name must be your user or organization.',
    ),
    causes: [
      L('이미지 이름에 사용자 이름이 없어요 (`myapp`은 Docker Hub 공식 이미지 자리인 `library/myapp`으로 가요).', 'No user in the name: `myapp` means `library/myapp`, the official images.'),
      L('로그인하지 않았거나 다른 계정으로 로그인했어요.', 'Not logged in, or logged in as someone else.'),
    ],
    checks: [L('`docker image ls`로 push하는 이름을, `docker info`나 Docker Desktop으로 로그인한 계정을 보세요.', 'Check the name you push and the account you are logged in with.')],
    fixes: [L('`docker tag myapp <사용자>/myapp:1.0` 뒤에 `docker push <사용자>/myapp:1.0`을 쓰세요.', 'Tag it as `<user>/myapp:1.0`, then push that.')],
    docs: `${DOCS}reference/cli/docker/image/push/#description`,
    sources: [`${DOCS}reference/cli/docker/image/push/#description`, TAG],
  },
  {
    id: 'registry-unauthorized',
    patterns: [/unauthorized: (?:authentication required|incorrect username or password)/],
    title: L('레지스트리 로그인이 필요하거나 로그인 정보가 틀렸어요', 'The registry wants a (correct) login'),
    meaning: L('레지스트리가 이 요청에 인증을 요구했는데, 로그인하지 않았거나 저장된 정보가 틀렸어요.', 'The registry requires authentication and none, or a wrong one, was given.'),
    causes: [
      L('로그인하지 않았어요.', 'Not logged in.'),
      L('비밀번호가 바뀌었거나, 2단계 인증 계정인데 비밀번호로 로그인했어요 (액세스 토큰이 필요해요).', 'The password changed, or 2FA needs an access token.'),
    ],
    checks: [L('`~/.docker/config.json`의 `auths`에 그 레지스트리가 있는지 보세요.', 'Look for the registry under auths in ~/.docker/config.json.')],
    fixes: [L('`docker login <레지스트리>`로 다시 로그인하세요. Docker Hub는 비밀번호 대신 액세스 토큰을 쓸 수 있어요.', 'docker login again; Docker Hub accepts a personal access token.')],
    docs: LOGIN,
    sources: [LOGIN],
  },
  {
    id: 'invalid-reference-format',
    patterns: [
      // distribution/reference (vendored in moby): "invalid reference format: repository name (%s) must be lowercase"
      /invalid reference format: repository name \((?<name>[^)\s]+)\) must be lowercase/,
      /invalid reference format/,
    ],
    title: L('이미지 이름의 형식이 틀렸어요 (invalid reference format)', 'The image name is malformed (invalid reference format)'),
    meaning: L(
      '이미지 이름은 `[레지스트리/]저장소[:태그][@다이제스트]` 형식이어야 하고, 저장소 이름은 소문자여야 해요. Docker가 명령에서 이미지 이름으로 읽은 단어가 이 형식에 맞지 않아요.',
      'An image name is [registry/]repository[:tag][@digest], lowercase; the word Docker read as the image does not fit.',
    ),
    causes: [
      L('이름에 대문자가 있어요 (`MyApp`).', 'Upper-case letters (MyApp).'),
      L('`-v $(pwd):/app`처럼 따옴표 없는 경로에 공백이 있어서 경로의 일부가 이미지 이름 자리로 갔어요.', 'An unquoted path with a space (-v $(pwd):/app) pushed part of it into the image position.'),
      L('비어 있는 변수로 `myapp:${TAG}`가 `myapp:`이 됐어요.', 'An empty variable turned myapp:${TAG} into myapp:.'),
      L('옵션 순서가 틀려서 옵션 값이 이미지 자리에 왔어요 (이미지 이름 뒤의 단어는 컨테이너 명령이에요).', 'Options out of order, so a value landed where the image goes.'),
    ],
    checks: [L('명령에서 Docker가 이미지로 읽을 단어(옵션들 다음 첫 단어)를 보세요. 변수는 `echo`로 펼쳐 보세요.', 'Find the first word after the options; echo the variables.')],
    fixes: [
      L('이름은 소문자로 쓰세요.', 'Use lower-case names.'),
      L('경로와 변수는 따옴표로 감싸세요: `-v "$(pwd)":/app`.', 'Quote paths and variables: -v "$(pwd)":/app.'),
    ],
    docs: TAG,
    sources: [`${MOBY}vendor/github.com/distribution/reference/normalize.go`, `${MOBY}vendor/github.com/distribution/reference/reference.go`, TAG],
  },
];
