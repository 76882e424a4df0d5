import type { ErrorRecord } from './types';
import { CLI, COMPOSE, COMPOSE_FILE, COMPOSE_GO, DOCS, L } from './sources';

// The docker command line itself (flags, arguments) and Compose's own messages.

const PFLAG = `${CLI}vendor/github.com/spf13/pflag/errors.go`;
const STARTUP = `${DOCS}compose/how-tos/startup-order/#control-startup`;

export const cliErrors: ErrorRecord[] = [
  {
    id: 'unknown-shorthand-flag',
    patterns: [
      // spf13/pflag errors.go (vendored in docker/cli): "unknown shorthand flag: %q in -%s"
      /unknown shorthand flag: '(?<flag>[^'])' in -(?<flags>[^\s]+)/,
    ],
    title: L('이 명령에는 -{flag} 옵션이 없어요', 'This command has no -{flag} flag'),
    meaning: L(
      'Docker CLI가 `-{flags}`에서 `-{flag}`을/를 모르는 옵션으로 봤어요. 한 글자 옵션은 명령마다 달라요. 옵션은 이미지 이름보다 앞에 와야 하고, 이미지 이름 뒤의 단어는 컨테이너 안에서 실행할 명령이에요.',
      'The CLI does not know -{flag} in -{flags}; short flags differ per command, and options go before the image name.',
    ),
    causes: [
      L('다른 명령의 옵션을 썼어요 (예: `-d`와 `-p`는 `docker run`의 옵션이고 `docker build`에는 없어요).', 'A flag of another command (-d and -p belong to docker run, not docker build).'),
      L('`docker compose` 옵션을 잘못된 자리에 썼어요 (`-f`는 `docker compose -f a.yaml up`처럼 하위 명령 앞에 와요).', 'A `docker compose` flag in the wrong place (-f goes before the subcommand).'),
      L('긴 옵션을 대시 하나로 썼어요 (`-name` → `--name`).', 'A long flag with one dash (-name instead of --name).'),
    ],
    checks: [L('`docker <명령> --help`로 그 명령의 옵션을 보세요.', 'See the flags with `docker <command> --help`.')],
    fixes: [L('옵션 철자와 위치를 고치세요. 긴 옵션은 대시 두 개(`--`)로 쓰세요.', 'Fix the flag and its position; long flags take two dashes.')],
    docs: `${DOCS}reference/cli/docker/#description`,
    sources: [PFLAG, `${DOCS}reference/cli/docker/#description`, `${DOCS}reference/cli/docker/buildx/build/#options`],
  },
  {
    id: 'unknown-flag',
    patterns: [/unknown flag: (?<flag>--[^\s]+)/],
    title: L('이 명령에는 {flag} 옵션이 없어요', 'This command has no {flag} flag'),
    meaning: L('Docker CLI가 {flag}을/를 이 명령의 옵션으로 알지 못해요. 옵션은 명령마다 다르고, 버전에 따라 새로 생기거나 없어져요.', 'The CLI does not know {flag} for this command; flags differ per command and version.'),
    causes: [
      L('철자가 틀렸거나 다른 명령의 옵션이에요.', 'A typo, or a flag of another command.'),
      L('설치된 Docker나 Compose가 그 옵션보다 오래됐어요.', 'Your Docker or Compose is older than the flag.'),
    ],
    checks: [L('`docker <명령> --help`와 `docker version`을 보세요.', 'Check `docker <command> --help` and `docker version`.')],
    fixes: [L('철자를 고치거나 Docker를 업데이트하세요.', 'Fix the spelling, or update Docker.')],
    docs: `${DOCS}reference/cli/docker/#description`,
    sources: [PFLAG, `${DOCS}reference/cli/docker/#description`],
  },
];

export const composeErrors: ErrorRecord[] = [
  {
    id: 'dependency-unhealthy',
    patterns: [
      // docker/compose pkg/compose/convergence.go: "dependency failed to start: %w" around "container %s is unhealthy"
      /dependency failed to start: container (?<container>[^\s]+) is unhealthy/,
      /container (?<container>[^\s]+) is unhealthy/,
    ],
    title: L('의존하는 컨테이너 {container}이/가 healthy가 되지 못했어요', 'The dependency {container} never became healthy'),
    meaning: L(
      '`depends_on`의 `condition: service_healthy` 때문에 Compose는 {container}의 헬스체크가 통과하기를 기다렸어요. 그런데 헬스체크가 `retries`만큼 실패해서 unhealthy가 됐고, 그 컨테이너에 의존하는 서비스는 시작하지 않았어요.',
      'With condition: service_healthy, Compose waited for {container}\'s health check; it failed `retries` times, so dependants did not start.',
    ),
    causes: [
      L('헬스체크 명령이 이미지에 없어요 (예: `curl`이 없는 이미지에서 `curl`로 검사).', 'The health-check command is not in the image (curl missing).'),
      L('헬스체크가 틀린 포트나 주소를 검사해요. 헬스체크는 컨테이너 안에서 실행되니 `localhost`와 컨테이너 포트를 써야 해요.', 'It checks the wrong port or host; it runs inside the container, so use localhost and the container port.'),
      L('서비스가 준비되기까지 `start_period`나 `retries`보다 오래 걸려요 (첫 실행의 데이터베이스 초기화).', 'Startup takes longer than start_period/retries allow (first database init).'),
    ],
    checks: [L('`docker inspect --format "{{json .State.Health}}" {container}`으로/로 마지막 검사들의 출력과 종료 코드를 보세요.', 'See the last probes with `docker inspect --format "{{json .State.Health}}" {container}`.')],
    fixes: [
      L('헬스체크를 이미지에 있는 명령으로 바꾸세요 (예: PostgreSQL은 `pg_isready`, MySQL은 `mysqladmin ping`).', 'Use a command the image has (pg_isready, mysqladmin ping).'),
      L('준비가 오래 걸리면 `start_period`를 늘리세요.', 'Raise start_period for slow starts.'),
    ],
    docs: STARTUP,
    sources: [`${COMPOSE}pkg/compose/convergence.go`, STARTUP, `${COMPOSE_FILE}services/#healthcheck`],
  },
  {
    id: 'dependency-exited',
    patterns: [/dependency failed to start: container (?<container>[^\s]+) exited \((?<code>\d+)\)/],
    title: L('의존하는 컨테이너 {container}이/가 종료 코드 {code}으로/로 끝났어요', 'The dependency {container} exited with {code}'),
    meaning: L(
      'Compose가 `depends_on`의 서비스부터 시작했는데 {container}이/가 곧바로 끝났어요. 그래서 그 서비스에 의존하는 서비스는 시작하지 않았어요.',
      'Compose started the dependency first and {container} exited at once, so its dependants did not start.',
    ),
    causes: [L('그 컨테이너의 프로세스가 오류로 끝났어요. 원인은 그 컨테이너의 로그에 있어요.', 'Its process failed; its log says why.')],
    checks: [L('`docker compose logs <서비스>`로 {container}의 마지막 출력을 보세요.', 'Read `docker compose logs <service>`.')],
    fixes: [L('로그에 나온 원인을 고치세요. 한 번 실행하고 끝나는 작업이라면 `condition: service_completed_successfully`를 쓰세요.', 'Fix the cause; for a one-shot job use condition: service_completed_successfully.')],
    docs: STARTUP,
    sources: [`${COMPOSE}pkg/compose/convergence.go`, STARTUP],
  },
  {
    id: 'compose-file-not-found',
    patterns: [
      // compose-spec/compose-go loader/loader.go: "no configuration file provided: %w"
      /no configuration file provided: not found/,
    ],
    title: L('Compose 파일을 찾지 못했어요', 'No Compose file was found'),
    meaning: L(
      '`docker compose`는 현재 폴더(없으면 위쪽 폴더)에서 `compose.yaml`, `compose.yml`, `docker-compose.yaml`, `docker-compose.yml`을 찾아요. 그중 어느 것도 없어요.',
      'docker compose looks for compose.yaml, compose.yml, docker-compose.yaml or docker-compose.yml in this folder (or above); there is none.',
    ),
    causes: [
      L('Compose 파일이 없는 폴더에서 실행했어요.', 'You are in a folder without a Compose file.'),
      L('파일 이름이 달라요 (`docker-compose.dev.yml`).', 'The file has another name.'),
    ],
    checks: [L('`ls`로 파일 이름을 보세요.', 'List the folder.')],
    fixes: [L('그 폴더로 이동하거나 `docker compose -f <파일> up`으로 파일을 지정하세요.', 'cd there, or pass `-f <file>`.')],
    docs: `${DOCS}reference/cli/docker/compose/#description`,
    sources: [`${COMPOSE_GO}loader/loader.go`, `${DOCS}reference/cli/docker/compose/#description`],
  },
  {
    id: 'compose-undefined-reference',
    patterns: [
      // compose-go loader/validate.go: "service %q refers to undefined network %s: %w" (and volume, secret, config)
      /service "(?<service>[^"]+)" refers to undefined (?<kind>network|volume|secret|config) (?<name>[^\s:]+)/,
    ],
    title: L('서비스 {service}이/가 선언하지 않은 {kind} {name}을/를 써요', 'Service {service} uses an undeclared {kind} {name}'),
    meaning: L(
      'Compose 파일에서 이름 있는 네트워크·볼륨·시크릿·config는 서비스에서 쓰기 전에 같은 이름의 최상위 항목(`networks:`, `volumes:`, `secrets:`, `configs:`)에 선언해야 해요. {name}은/는 선언되지 않았어요.',
      'Named networks, volumes, secrets and configs must be declared at the top level before a service uses them; {name} is not.',
    ),
    causes: [
      L('최상위 선언을 빠뜨렸거나 이름에 오타가 있어요.', 'The top-level declaration is missing or misspelled.'),
      L('들여쓰기가 틀려서 최상위 항목이 서비스 안으로 들어갔어요.', 'Indentation moved the top-level key inside a service.'),
    ],
    checks: [L('`docker compose config`로 Compose가 읽은 결과를 보세요.', 'See what Compose read with `docker compose config`.')],
    fixes: [L('파일 끝에 최상위 항목을 더하세요. 예: `volumes:` 아래에 `{name}:`.', 'Declare it at the top level, e.g. `{name}:` under `volumes:`.')],
    docs: `${COMPOSE_FILE}services/#volumes`,
    sources: [`${COMPOSE_GO}loader/validate.go`, `${COMPOSE_FILE}services/#volumes`, `${COMPOSE_FILE}services/#networks`],
  },
  {
    id: 'compose-no-such-service',
    patterns: [/no such service: "?(?<service>[^"\s:]+)/],
    title: L('Compose 프로젝트에 {service} 서비스가 없어요', 'The Compose project has no service {service}'),
    meaning: L(
      '`docker compose` 명령에 준 이름은 컨테이너 이름이 아니라 Compose 파일의 `services:` 아래 이름이어야 해요.',
      'Compose commands take service names (keys under services:), not container names.',
    ),
    causes: [
      L('컨테이너 이름(`myapp-web-1`)이나 `container_name`을 썼어요.', 'A container name was given.'),
      L('그 서비스가 프로필(`profiles:`)에 있어서 지금은 켜져 있지 않아요.', 'The service sits in a profile that is not enabled.'),
      L('다른 폴더의 Compose 파일을 읽었어요.', 'Another folder\'s Compose file was read.'),
    ],
    checks: [L('`docker compose config --services`로 서비스 이름 목록을 보세요.', 'List services with `docker compose config --services`.')],
    fixes: [L('목록의 이름을 쓰세요. 프로필 서비스라면 `--profile <이름>`을 더하세요.', 'Use a listed name; add --profile for profiled services.')],
    docs: `${DOCS}reference/cli/docker/compose/#description`,
    sources: [`${COMPOSE}pkg/compose/compose.go`, `${COMPOSE}cmd/compose/ps.go`],
  },
  {
    id: 'compose-neither-image-nor-build',
    patterns: [/service "(?<service>[^"]+)" has neither an image nor a build context specified/],
    title: L('서비스 {service}에 `image`도 `build`도 없어요', 'Service {service} has neither image nor build'),
    meaning: L(
      'Compose는 서비스마다 어떤 이미지로 컨테이너를 만들지 알아야 해요. 받아 올 `image:`나 빌드할 `build:` 중 하나는 있어야 해요.',
      'Every service needs an image to pull (image:) or to build (build:).',
    ),
    causes: [L('들여쓰기가 틀려서 `image:`가 서비스 밖으로 나갔거나 다른 서비스에 붙었어요.', 'Indentation moved image: out of the service.')],
    checks: [L('`docker compose config`로 그 서비스의 내용을 보세요.', 'Inspect it with `docker compose config`.')],
    fixes: [L('`image: nginx:1.27`이나 `build: .`을 그 서비스 아래에 맞게 들여 쓰세요.', 'Indent image: or build: under the service.')],
    docs: `${COMPOSE_FILE}services/#image`,
    sources: [`${COMPOSE_GO}loader/validate.go`, `${COMPOSE_FILE}services/#image`, `${COMPOSE_FILE}build/#using-build-and-image`],
  },
  {
    id: 'compose-additional-property',
    patterns: [
      // compose-go v2 (Compose v2.2x+, v5) validates with santhosh-tekuri/jsonschema v6: "<path> additional properties 'x' not allowed"
      // (schema/schema.go validationError, kind.AdditionalProperties); older Compose v2 (gojsonschema): "Additional property x is not allowed".
      /additional properties '(?<property>[^']+)'(?:, '[^']*')* not allowed/,
      /Additional property (?<property>[^\s]+) is not allowed/,
    ],
    title: L('Compose 파일에 모르는 키 {property}이/가 있어요', 'Unknown key {property} in the Compose file'),
    meaning: L(
      'Compose는 파일을 Compose Specification 스키마로 검사해요. {property}은/는 그 자리에 올 수 없는 키예요. 메시지 앞부분(`services.web`)이 위치예요.',
      'Compose validates the file against the Compose Specification schema; {property} is not allowed there (the prefix tells where).',
    ),
    causes: [
      L('키 이름 오타예요 (`port`, `enviroment`).', 'A misspelled key.'),
      L('들여쓰기가 틀려서 키가 다른 단계로 갔어요.', 'Wrong indentation moved a key to another level.'),
    ],
    checks: [L('메시지 앞의 경로를 따라 그 자리의 키를 보세요.', 'Follow the path before the message to the key.')],
    fixes: [L('키 이름을 고치거나 들여쓰기를 맞추세요. 파일을 VS Code에서 열면 이 확장이 같은 문제를 표시해요.', 'Fix the key or its indentation.')],
    docs: `${COMPOSE_FILE}services/#attributes`,
    sources: [`${COMPOSE_GO}schema/schema.go`, `${COMPOSE_GO}loader/loader.go`, `${COMPOSE_FILE}services/#attributes`],
  },
  {
    id: 'compose-yaml-error',
    patterns: [
      // gopkg.in/yaml.v3 (older Compose v2): "yaml: line 5: mapping values …"; go.yaml.in/yaml/v4 v4.0.0-rc.4 (compose-go v2.13.0):
      // "yaml: line 5, column 9: …"; v4.0.0-rc.6 (Compose v5.5.0): "go-yaml load error in scanner at L5.C9: …" (internal/libyaml/errors.go, yaml.go Mark).
      /yaml: line (?<line>\d+)(?:, column \d+)?: (?:mapping values are not allowed|did not find expected|found character that cannot start|could not find expected|found a tab character)/,
      /go-yaml load error in [a-z]+(?: \([^)]*\))? at (?:L\d+(?:\.C\d+)?-(?=L))?L(?<line>\d+)(?:\.C\d+)?(?:-C\d+)?: (?:mapping values are not allowed|did not find expected|found character that cannot start|could not find expected|found a tab character)/,
    ],
    title: L('Compose 파일의 YAML 문법이 {line}번 줄 근처에서 틀렸어요', 'YAML syntax error near line {line}'),
    meaning: L('Compose가 파일을 YAML로 읽지 못했어요. 알려 준 줄이나 바로 앞 줄의 들여쓰기, 콜론, 따옴표를 보세요.', 'The file is not valid YAML; check indentation, colons and quotes at or just before that line.'),
    causes: [
      L('들여쓰기에 탭을 썼거나 칸 수가 맞지 않아요.', 'Tabs, or inconsistent indentation.'),
      L('값 안의 `: `를 따옴표로 감싸지 않았어요 (`command: echo a: b`).', 'An unquoted `: ` inside a value.'),
    ],
    checks: [L('그 줄과 앞 줄을 보세요. `docker compose config`는 고친 뒤 결과를 확인할 때 쓰세요.', 'Look at that line and the one before.')],
    fixes: [L('들여쓰기는 스페이스로 맞추고, 특수 문자가 있는 값은 따옴표로 감싸세요.', 'Indent with spaces and quote values with special characters.')],
    docs: `${COMPOSE_FILE}services/#attributes`,
    sources: [`${COMPOSE_GO}loader/loader.go`, `${COMPOSE}go.mod`, `${COMPOSE_FILE}services/#attributes`],
  },
  {
    id: 'compose-version-obsolete',
    patterns: [/the attribute `version` is obsolete/],
    title: L('경고: Compose 파일의 `version`은 이제 쓰지 않아요', 'Warning: the Compose `version` key is obsolete'),
    meaning: L('오류가 아니라 경고예요. Compose v2는 `version:`을 읽지 않고 무시해요. 파일은 그대로 실행돼요.', 'A warning: Compose v2 ignores version:, and the file still runs.'),
    causes: [L('예전 Compose(v1) 시절의 튜토리얼이나 템플릿에서 온 파일이에요.', 'The file comes from a Compose v1 era template.')],
    checks: [L('파일 맨 위의 `version:` 줄을 보세요.', 'See the version: line at the top.')],
    fixes: [L('`version:` 줄을 지우세요. 동작은 바뀌지 않아요.', 'Delete the version: line; nothing else changes.')],
    docs: `${COMPOSE_FILE}version-and-name/#version-top-level-element-obsolete`,
    sources: [`${COMPOSE_GO}loader/loader.go`, `${COMPOSE_FILE}version-and-name/#version-top-level-element-obsolete`],
  },
];
