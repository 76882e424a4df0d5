import * as assert from 'assert';
import { parseCompose } from '../../../src/core/documents/composeDocument';
import type { ComposeDocument } from '../../../src/core/documents/composeDocument';
import { explainCompose } from '../../../src/core/explain/explainCompose';
import type { HoverResult } from '../../../src/core/explain/hover';
import type { Language } from '../../../src/core/types';
import { fixture } from '../../helpers/paths';

// Table-driven: for every Compose key and value form of issue 3, a position in the fixture
// and the facts its hover must state, in Korean and in English.

const text = fixture('compose', 'hover.compose.yaml');
const doc = parseCompose(text);

/** Position of the n-th occurrence of `needle` (0-based), plus `shift` characters. */
function positionOf(source: string, needle: string, nth = 0, shift = 0): { line: number; character: number } {
  let from = 0;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = source.indexOf(needle, from);
    assert.ok(at >= 0, `fixture has no ${i + 1}. "${needle}"`);
    from = at + 1;
  }
  const before = source.slice(0, at + shift);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function hover(needle: string, lang: Language = 'ko', nth = 0, shift = 0, d: ComposeDocument = doc, source = text): HoverResult | null {
  return explainCompose(d, positionOf(source, needle, nth, shift), { language: lang, conceptLinks: true });
}

interface Row {
  name: string;
  /** A unique piece of the fixture; the cursor goes to its start (+ shift). */
  at: string;
  shift?: number;
  nth?: number;
  topic: string;
  ko: (string | RegExp)[];
  en: (string | RegExp)[];
}

const rows: Row[] = [
  // ---- top level
  { name: 'version (obsolete)', at: 'version:', topic: 'compose.version', ko: ['obsolete', '`3.8`', '경고'], en: ['Obsolete', 'ignores'] },
  { name: 'name → resource names', at: 'name: shop', topic: 'compose.name', ko: ['프로젝트 이름', '`shop-<서비스>-1`', '`shop_default`'], en: ['project name', '`shop_default`'] },
  { name: 'include entry', at: './infra/compose.yaml', topic: 'compose.include', ko: ['`./infra/compose.yaml` 파일을 포함', 'Compose 파일이 있는 폴더'], en: ['Includes `./infra/compose.yaml`'] },
  { name: 'include key', at: 'include:', topic: 'compose.include', ko: ['다른 Compose 파일'], en: ['Includes other Compose files'] },
  { name: 'services key', at: 'services:', topic: 'compose.services', ko: ['서비스'], en: ['services'] },
  { name: 'service name', at: '  web:', shift: 2, topic: 'compose.service', ko: ['호스트 이름 `web`', '`shop-web-1`'], en: ['host name `web`', '`shop-web-1`'] },
  { name: 'top-level volumes', at: '\nvolumes:', shift: 1, topic: 'compose.volumes', ko: ['이름 있는 볼륨', '선언'], en: ['named volumes'] },
  { name: 'volume declaration', at: '  web-cache:\n', shift: 2, topic: 'compose.volumes.volume', ko: ['`shop_web-cache`', '`down -v`'], en: ['`shop_web-cache`', '`down -v` removes'] },
  { name: 'external volume declaration', at: '  db-data:\n    external', shift: 2, topic: 'compose.volumes.volume', ko: ['external', '`down -v`로도 지워지지 않아요'], en: ['External volumes survive'] },
  { name: 'volume with name:', at: '  logs:\n', shift: 2, topic: 'compose.volumes.volume', ko: ['`shop-logs`'], en: ['`shop-logs`'] },
  { name: 'top-level networks', at: '\nnetworks:', shift: 1, topic: 'compose.networks', ko: ['네트워크', '`default`'], en: ['networks'] },
  { name: 'network declaration, internal', at: '  back:\n    internal', shift: 2, topic: 'compose.networks.network', ko: ['`bridge`', '바깥(인터넷)으로 나가는 길이 없는'], en: ['`bridge`', 'no route to the outside'] },
  { name: 'configs', at: '\nconfigs:', shift: 1, topic: 'compose.configs', ko: ['설정(config)'], en: ['configs'] },
  { name: 'secrets', at: '\nsecrets:', shift: 1, topic: 'compose.secrets', ko: ['`/run/secrets/<이름>`'], en: ['`/run/secrets/<name>`'] },
  { name: 'extension field', at: 'x-defaults', topic: 'compose.extension', ko: ['확장 필드', '무시'], en: ['extension fields', 'ignores'] },
  { name: 'key inside an extension fragment', at: '  restart: unless-stopped', shift: 2, topic: 'compose.service.restart', ko: ['`unless-stopped`', '확장 필드'], en: ['`unless-stopped`', 'extension field'] },
  { name: 'merge key', at: '<<: *defaults', topic: 'compose.yaml.merge', ko: ['병합 키'], en: ['merge key'] },
  { name: 'alias', at: '*defaults', topic: 'compose.yaml.alias', ko: ['`&defaults`'], en: ['`&defaults`'] },
  // ---- image, build, process
  { name: 'image without tag', at: 'image: nginx', shift: 7, topic: 'compose.service.image', ko: ['`docker.io/library/nginx:latest`', '`latest` 태그', '공식 이미지'], en: ['`docker.io/library/nginx:latest`', 'uses `latest`'] },
  { name: 'image with registry, port and tag', at: 'image: registry.example.com', shift: 7, topic: 'compose.service.image', ko: ['`registry.example.com:5000`', '저장소 `shop/api`', '태그 `1.4.2`', '`build`도 있어요'], en: ['`registry.example.com:5000`', 'Tag `1.4.2`'] },
  { name: 'image :latest', at: 'shop/migrate:latest', topic: 'compose.service.image', ko: ['`latest` 태그는', '버전 태그'], en: ['`latest` can point'] },
  { name: 'image by digest', at: 'postgres:16@sha256', topic: 'compose.service.image', ko: ['다이제스트 `sha256:0123456789ab…`'], en: ['Pinned by digest'] },
  { name: 'build key', at: '    build:', shift: 4, topic: 'compose.service.build', ko: ['빌드'], en: ['build'] },
  { name: 'build.context', at: 'context: ./api', topic: 'compose.service.build.context', ko: ['`./api`', 'Compose 파일이 있는 폴더', '`COPY`'], en: ['`./api` is relative'] },
  { name: 'build.dockerfile', at: 'dockerfile: Dockerfile.prod', topic: 'compose.service.build.dockerfile', ko: ['`Dockerfile.prod`', '빌드 컨텍스트 폴더를 기준'], en: ['resolved from the build context'] },
  { name: 'build.target', at: 'target: runtime', topic: 'compose.service.build.target', ko: ['멀티 스테이지', '스테이지'], en: ['multi-stage'] },
  { name: 'build.args entry', at: 'NODE_ENV: production', topic: 'compose.service.build.args.arg', ko: ['`ARG`'], en: ['`ARG`'] },
  { name: 'build.args value', at: 'NODE_ENV: production', shift: 10, topic: 'compose.service.build.args.arg', ko: ['`ARG`'], en: ['`ARG`'] },
  { name: 'container_name', at: 'container_name: shop-web', topic: 'compose.service.container_name', ko: ['`shop-web`', '하나만'], en: ['`shop-web`', 'cannot scale'] },
  { name: 'command, exec form', at: 'command: ["node"', topic: 'compose.service.command', ko: ['exec 형식', '`node`', '`CMD`'], en: ['Exec form', '`node`'] },
  { name: 'entrypoint, string', at: 'entrypoint: /docker', topic: 'compose.service.entrypoint', ko: ['셸을 거치지 않아요', '`CMD`는 무시'], en: ['without a shell'] },
  { name: 'environment key', at: '    environment:', shift: 4, topic: 'compose.service.environment', ko: ['환경 변수', '`env_file`'], en: ['environment variables'] },
  { name: 'environment variable with value', at: 'DATABASE_URL:', topic: 'compose.service.environment.variable', ko: ['`DATABASE_URL` = `postgres://db:5432/shop`'], en: ['`DATABASE_URL` = `postgres://db:5432/shop`'] },
  { name: 'environment variable without value', at: 'API_KEY:', topic: 'compose.service.environment.variable', ko: ['값을 쓰지 않았어요', '셸'], en: ['No value', 'shell'] },
  { name: 'env_file', at: 'env_file: .env.api', topic: 'compose.service.env_file', ko: ['`.env.api`', '`KEY=VALUE`', '`environment`가 이겨요'], en: ['Reads `.env.api`'] },
  { name: 'user uid:gid', at: 'user: "1000:1000"', topic: 'compose.service.user', ko: ['사용자 `1000`, 그룹 `1000`'], en: ['user `1000`, group `1000`'] },
  { name: 'working_dir', at: 'working_dir: /app', topic: 'compose.service.working_dir', ko: ['`WORKDIR`'], en: ['`WORKDIR`'] },
  { name: 'labels', at: '    labels:', shift: 4, topic: 'compose.service.labels', ko: ['메타데이터', '`com.docker.compose.`'], en: ['Metadata'] },
  { name: 'label key', at: 'com.example.team', topic: 'compose.service.labels', ko: ['메타데이터'], en: ['Metadata'] },
  { name: 'logging', at: '    logging:', shift: 4, topic: 'compose.service.logging', ko: ['로깅 드라이버'], en: ['logging driver'] },
  { name: 'logging.driver json-file', at: 'driver: json-file', topic: 'compose.service.logging.driver', ko: ['`json-file`', '`max-size`'], en: ['`json-file`'] },
  { name: 'profiles value', at: '"backend"', topic: 'compose.service.profiles', ko: ['`docker compose --profile backend up`'], en: ['`docker compose --profile backend up`'] },
  { name: 'extends.service', at: 'service: db', topic: 'compose.service.extends.service', ko: ['서비스 `db`(줄 '], en: ['Service `db` of this file'] },
  { name: 'extends key', at: 'extends:', topic: 'compose.service.extends', ko: ['물려받고'], en: ['Inherits'] },
  { name: 'platform', at: 'platform: linux/amd64', topic: 'compose.service.platform', ko: ['운영체제 `linux`', '아키텍처 `amd64`'], en: ['OS `linux`', 'architecture `amd64`'] },
  { name: 'pull_policy always', at: 'pull_policy: always', topic: 'compose.service.pull_policy', ko: ['`always`', '시작할 때마다'], en: ['pulls every time'] },
  { name: 'privileged false', at: 'privileged: false', topic: 'compose.service.privileged', ko: ['모든 리눅스 케이퍼빌리티', '특권 모드가 아니에요'], en: ['all Linux capabilities', 'Not privileged'] },
  { name: 'cap_add NET_ADMIN', at: '- NET_ADMIN', shift: 2, topic: 'compose.service.cap_add', ko: ['케이퍼빌리티 `NET_ADMIN`'], en: ['capability `NET_ADMIN`'] },
  { name: 'extra_hosts host-gateway', at: 'host.docker.internal=host-gateway', topic: 'compose.service.extra_hosts', ko: ['`host-gateway`', '`host.docker.internal`', '`/etc/hosts`'], en: ['`host-gateway`'] },
  { name: 'init true', at: 'init: true', topic: 'compose.service.init', ko: ['PID 1', '좀비 프로세스'], en: ['PID 1', 'reaps zombie'] },
  { name: 'stop_signal', at: 'stop_signal: SIGINT', topic: 'compose.service.stop_signal', ko: ['`SIGINT`', 'SIGKILL', '10초'], en: ['`SIGINT`', 'SIGKILL'] },
  { name: 'secrets entry, declared', at: '- db_password', shift: 2, topic: 'compose.service.secrets', ko: ['`/run/secrets/db_password`', '최상위 `secrets:`의 `db_password`(줄 '], en: ['`/run/secrets/db_password`', 'Declared'] },
  { name: 'configs entry, declared', at: '- app_config', shift: 2, topic: 'compose.service.configs', ko: ['`/app_config`', '최상위 `configs:`의 `app_config`'], en: ['`/app_config`'] },
  // ---- ports
  { name: 'ports key', at: '    ports:', shift: 4, topic: 'compose.service.ports', ko: ['게시', '`docker run -p`'], en: ['Publishes', '`docker run -p`'] },
  { name: 'ports "8080:80"', at: '"8080:80"', topic: 'compose.service.ports', ko: ['호스트 8080 → 컨테이너 80 (tcp), 모든 인터페이스', '다른 컴퓨터도', '호스트 포트 8080/tcp를 차지'], en: ['host 8080 → container 80 (tcp), every interface', 'other machines', 'Takes host port 8080/tcp'] },
  { name: 'ports "80" (container only)', at: '- "80"', shift: 2, topic: 'compose.service.ports', ko: ['컨테이너 포트 80 (tcp)', '빈 호스트 포트를 골라'], en: ['container port 80 (tcp)', 'Docker picks'] },
  { name: 'ports loopback', at: '"127.0.0.1:8081:80"', topic: 'compose.service.ports', ko: ['호스트 8081 → 컨테이너 80 (tcp), 루프백 `127.0.0.1`만', '이 호스트 안에서만', '다른 컴퓨터는 못 들어와요'], en: ['loopback `127.0.0.1` only', 'only from this host'] },
  { name: 'ports range', at: '"8000-8010:8000-8010"', topic: 'compose.service.ports', ko: ['호스트 8000-8010 → 컨테이너 8000-8010', '포트 11개'], en: ['host 8000-8010 → container 8000-8010', '11 ports'] },
  { name: 'ports udp', at: '"53:53/udp"', topic: 'compose.service.ports', ko: ['호스트 53 → 컨테이너 53 (udp)', '53/udp'], en: ['host 53 → container 53 (udp)'] },
  { name: 'ports unquoted 22:22 (base 60)', at: '- 22:22', shift: 2, topic: 'compose.service.ports', ko: ['호스트 22 → 컨테이너 22', '60진수 `1342`', '`"22:22"`'], en: ['base-60 number `1342`'] },
  { name: 'ports long form: published', at: 'published: "8443"', topic: 'compose.service.ports.published', ko: ['호스트 포트예요', '호스트 8443 → 컨테이너 443 (tcp), 루프백 `127.0.0.1`만'], en: ['host 8443 → container 443 (tcp), loopback'] },
  { name: 'ports long form: target', at: 'target: 443', topic: 'compose.service.ports.target', ko: ['컨테이너 포트예요', '호스트 8443 → 컨테이너 443'], en: ['The container port', 'host 8443 → container 443'] },
  { name: 'ports long form: host_ip', at: 'host_ip: 127.0.0.1', topic: 'compose.service.ports.host_ip', ko: ['`0.0.0.0`', '루프백 `127.0.0.1`만'], en: ['loopback `127.0.0.1` only'] },
  { name: 'expose', at: '- "3000"', shift: 2, topic: 'compose.service.expose', ko: ['컨테이너 포트 `3000`', '`ports`가 필요'], en: ['Container port `3000`'] },
  // ---- volumes
  { name: 'volumes key', at: '    volumes:\n      - ./html', shift: 4, topic: 'compose.service.volumes', ko: ['바인드 마운트', '이름 있는 볼륨', '익명 볼륨', 'tmpfs'], en: ['bind mounts', 'named volumes'] },
  { name: 'bind mount :ro', at: './html:/usr', topic: 'compose.service.volumes', ko: ['바인드 마운트', '호스트 `./html` (Compose 파일이 있는 폴더 기준) → 컨테이너 `/usr/share/nginx/html`, 읽기 전용(`ro`)', '`down -v`도 지우지 않아요'], en: ['bind mount: host `./html` (relative to the Compose file’s folder) → container `/usr/share/nginx/html`, read-only'] },
  { name: 'named volume, declared', at: 'web-cache:/var', topic: 'compose.service.volumes', ko: ['이름 있는 볼륨(named volume) `web-cache` → 컨테이너 `/var/cache/nginx`', '최상위 `volumes:`에 선언돼 있어요 (줄 ', '`docker compose down`은 볼륨 `web-cache`를 남기고, `down -v`는 지워요'], en: ['named volume `web-cache`', '`down -v` removes it'] },
  { name: 'named volume, external', at: 'db-data:/var/lib', topic: 'compose.service.volumes', ko: ['external로 선언', '`down -v`로도 지워지지 않아요'], en: ['Declared external', 'even `down -v` keeps it'] },
  { name: 'named volume with name:', at: 'logs:/logs', topic: 'compose.service.volumes', ko: ['`logs`', '선언돼 있어요'], en: ['named volume `logs`'] },
  { name: 'anonymous volume', at: '- /var/log/nginx', shift: 2, topic: 'compose.service.volumes', ko: ['익명 볼륨(anonymous volume) → 컨테이너 `/var/log/nginx`', '다음 `up`의 새 컨테이너에 다시 붙지 않아요', '`down -v`는 지워요'], en: ['anonymous volume → container `/var/log/nginx`', 'does not reattach'] },
  { name: 'bind mount :z', at: './certs:/etc/certs:z', topic: 'compose.service.volumes', ko: ['`z`: SELinux', '여러 컨테이너'], en: ['`z`: relabels for SELinux'] },
  { name: 'volume name with a slash', at: 'usr/html:/srv', topic: 'compose.service.volumes', ko: ['볼륨 이름으로 읽혀요', '`./usr/html`'], en: ['read as a volume name', '`./usr/html`'] },
  { name: 'long form bind, key inside', at: 'source: ./conf', topic: 'compose.service.volumes.source', ko: ['바인드 마운트(bind mount): 호스트 `./conf`', '컨테이너 `/etc/nginx/conf.d`, 읽기 전용(`ro`)'], en: ['bind mount: host `./conf`'] },
  { name: 'long form read_only', at: 'read_only: true', topic: 'compose.service.volumes.read_only', ko: ['"Read-only file system"', '읽기 전용(`ro`)'], en: ['Read-only'] },
  { name: 'long form tmpfs', at: 'type: tmpfs', topic: 'compose.service.volumes.type', ko: ['tmpfs 마운트: 컨테이너 `/tmp`', '컨테이너가 멈추면 내용이 사라져요'], en: ['tmpfs mount', 'gone when the container stops'] },
  { name: 'volumes_from service:ro', at: '- db:ro', shift: 2, topic: 'compose.service.volumes_from', ko: ['서비스 `db` 컨테이너의 마운트 전부', '읽기 전용(`ro`)', '`--volumes-from`'], en: ['All mounts (volumes, bind mounts) of service `db`', 'read-only', '`--volumes-from`'] },
  { name: 'volumes_from container:', at: 'container:legacy-data', topic: 'compose.service.volumes_from', ko: ['Compose가 관리하지 않는 컨테이너 `legacy-data`', '`docker run --volumes-from legacy-data`'], en: ['container `legacy-data`'] },
  { name: 'volumes_from service: prefix', at: '- service:db', shift: 2, topic: 'compose.service.volumes_from', ko: ['`service:` 접두사는 Compose 명세에 없어요'], en: ['no `service:` prefix'] },
  { name: 'volumes_from key', at: 'volumes_from:', topic: 'compose.service.volumes_from', ko: ['모두', '`docker run --volumes-from`'], en: ['all the mounts', '`docker run --volumes-from`'] },
  { name: 'tmpfs key entry', at: '/run:size=64m', topic: 'compose.service.tmpfs', ko: ['tmpfs 마운트 → 컨테이너 `/run` (`size=64m`)', '디스크에 남지 않아요'], en: ['tmpfs mount → container `/run` (`size=64m`)'] },
  // ---- networks
  { name: 'service networks list item', at: '      - front', shift: 8, topic: 'compose.service.networks', ko: ['최상위 `networks:`에 선언된 `front`(줄 '], en: ['Declared in top-level `networks:`'] },
  { name: 'service networks map entry', at: '      back:\n        aliases', shift: 6, topic: 'compose.service.networks.network', ko: ['`back`'], en: ['Declared'] },
  { name: 'network_mode host', at: 'network_mode: host', topic: 'compose.service.network_mode', ko: ['`host`', '네트워크 네임스페이스', '컨테이너 포트가 곧 호스트 포트'], en: ['`host`', 'network namespace'] },
  // ---- dependencies, lifecycle
  { name: 'depends_on short', at: '      - db\n    healthcheck', shift: 8, topic: 'compose.service.depends_on', ko: ['`db`의 컨테이너가 시작(started)된 다음', '"시작됨"은 "준비됨"이 아니에요', '서비스 `db`는 이 파일 줄 '], en: ['after `db`’s container has started', '"Started" is not "ready"'] },
  { name: 'depends_on service_healthy', at: 'condition: service_healthy', topic: 'compose.service.depends_on.condition', ko: ['`api`의 헬스체크(healthcheck)가 healthy가 될 때까지', '`restart: true`'], en: ['until `api`’s healthcheck reports healthy'] },
  { name: 'depends_on service_completed_successfully', at: 'condition: service_completed_successfully', shift: 11, topic: 'compose.service.depends_on.condition', ko: ['`migrate`가 끝까지 실행되어 종료 코드 0'], en: ['run to completion with exit code 0'] },
  { name: 'depends_on long entry name', at: '      api:\n        condition', shift: 6, topic: 'compose.service.depends_on.service', ko: ['헬스체크(healthcheck)가 healthy'], en: ['healthy'] },
  { name: 'restart always', at: 'restart: always', topic: 'compose.service.restart', ko: ['재시작 정책', '`always`', '10초'], en: ['restart policy', '`always`'] },
  { name: 'restart on-failure:3', at: 'restart: on-failure:3', topic: 'compose.service.restart', ko: ['최대 3번'], en: ['at most 3 times'] },
  { name: 'restart "no"', at: 'restart: "no"', topic: 'compose.service.restart', ko: ['`no`: 다시 시작하지 않아요'], en: ['`no`: never restarts'] },
  { name: 'restart on-failure', at: 'restart: on-failure\n', topic: 'compose.service.restart', ko: ['종료 코드가 0이 아닐 때'], en: ['non-zero exit code'] },
  { name: 'healthcheck', at: 'healthcheck:', topic: 'compose.service.healthcheck', ko: ['헬스체크', 'healthy', '재시작하지 않아요'], en: ['healthcheck', 'does not restart unhealthy'] },
  { name: 'healthcheck.test CMD', at: 'test: ["CMD"', topic: 'compose.service.healthcheck.test', ko: ['`CMD`: 셸 없이 `curl -f http://localhost:3000/health`'], en: ['`CMD`: runs `curl -f http://localhost:3000/health` without a shell'] },
  { name: 'healthcheck.interval duration', at: 'interval: 1m30s', topic: 'compose.service.healthcheck.interval', ko: ['`1m30s` = 90초', '30초'], en: ['`1m30s` = 90 s'] },
  { name: 'healthcheck.retries', at: 'retries: 3', topic: 'compose.service.healthcheck.retries', ko: ['unhealthy'], en: ['unhealthy'] },
  { name: 'healthcheck.start_period', at: 'start_period: 40s', topic: 'compose.service.healthcheck.start_period', ko: ['`40s` = 40초', 'retries에 세지 않아요'], en: ['`40s` = 40 s'] },
  { name: 'deploy', at: 'deploy:', topic: 'compose.service.deploy', ko: ['`resources`'], en: ['`resources`'] },
  { name: 'deploy.resources', at: 'resources:', topic: 'compose.service.deploy.resources', ko: ['컨트롤 그룹(cgroup)'], en: ['cgroups'] },
  { name: 'deploy.resources.limits', at: 'limits:', topic: 'compose.service.deploy.resources.limits', ko: ['컨트롤 그룹(cgroup)', '상한'], en: ['cgroups'] },
  { name: 'limits.cpus', at: 'cpus: "1.5"', topic: 'compose.service.deploy.resources.limits.cpus', ko: ['최대 CPU 1.5개만큼', 'cgroup'], en: ['At most 1.5 CPUs'] },
  { name: 'limits.memory', at: 'memory: 512M', topic: 'compose.service.deploy.resources.limits.memory', ko: ['상한 `512M`(512 MiB)', 'OOM'], en: ['`512M` (512 MiB) is the ceiling', 'OOM'] },
  { name: 'reservations', at: 'reservations:', topic: 'compose.service.deploy.resources.reservations', ko: ['소프트 한도', '`cpus`는 쓰지 않아요'], en: ['soft limit', 'ignores `cpus`'] },
  { name: 'reservations.memory', at: 'memory: 128M', topic: 'compose.service.deploy.resources.reservations.memory', ko: ['소프트 한도 `128M`(128 MiB)'], en: ['`128M` (128 MiB) as a soft limit'] },
  { name: 'cpus', at: 'cpus: 0.5', topic: 'compose.service.cpus', ko: ['최대 CPU 0.5개만큼(코어 하나의 50%)', 'cgroup'], en: ['At most 0.5 CPUs'] },
  { name: 'mem_limit', at: 'mem_limit: 1g', topic: 'compose.service.mem_limit', ko: ['상한 `1g`(1 GiB)', 'cgroup'], en: ['`1g` (1 GiB)'] },
];

/** More value forms, in a second fixture. */
const formsText = fixture('compose', 'forms.compose.yaml');
const formsDoc = parseCompose(formsText);

const formRows: Row[] = [
  { name: 'build as a string', at: 'build: ./app', shift: 7, topic: 'compose.service.build', ko: ['빌드 컨텍스트(build context)는 `./app`', '`Dockerfile`'], en: ['Build context `./app`'] },
  { name: 'command string with a shell in it', at: 'command: sh', topic: 'compose.service.command', ko: ['셸(`sh -c`)을 거치지 않아요'], en: ['without a shell'] },
  { name: 'environment list KEY=VALUE', at: 'NODE_ENV=production', topic: 'compose.service.environment', ko: ['환경 변수 `NODE_ENV` = `production`'], en: ['environment variable `NODE_ENV` = `production`'] },
  { name: 'environment list KEY only', at: '- SECRET_TOKEN', shift: 2, topic: 'compose.service.environment', ko: ['`SECRET_TOKEN`에 값을 쓰지 않았어요'], en: ['No value for `SECRET_TOKEN`'] },
  { name: 'env_file long form path', at: 'path: ./default.env', shift: 6, topic: 'compose.service.env_file', ko: ['`./default.env` 파일을 읽어요'], en: ['Reads `./default.env`'] },
  { name: 'env_file required: false', at: 'required: false\n    pull', topic: 'compose.service.env_file.required', ko: ['조용히 건너뛰어요'], en: ['skips a missing file'] },
  { name: 'pull_policy missing', at: 'pull_policy: missing', topic: 'compose.service.pull_policy', ko: ['로컬에 없을 때만', '`docker compose pull`은 `latest` 태그를 있어도 다시 받아요'], en: ['pulls only when absent'] },
  { name: 'network_mode service:', at: 'network_mode: service:proxy', topic: 'compose.service.network_mode', ko: ['서비스 `proxy`의 컨테이너와 네트워크 네임스페이스', '`localhost`'], en: ['network namespace of service `proxy`'] },
  { name: 'tmpfs as a string', at: 'tmpfs: /run', shift: 7, topic: 'compose.service.tmpfs', ko: ['tmpfs 마운트 → 컨테이너 `/run`'], en: ['tmpfs mount → container `/run`'] },
  { name: 'cap_add ALL', at: '[ALL]', shift: 1, topic: 'compose.service.cap_add', ko: ['모든 케이퍼빌리티', '`privileged`'], en: ['every capability'] },
  { name: 'secret not declared', at: '- api_token', shift: 2, topic: 'compose.service.secrets', ko: ['최상위 `secrets:`에 `api_token`이 없어요'], en: ['`api_token` is not in top-level `secrets:`'] },
  { name: 'depends_on required: false', at: 'required: false\n    healthcheck', topic: 'compose.service.depends_on.required', ko: ['경고만 하고 계속해요', '`proxy`'], en: ['only a warning'] },
  { name: 'depends_on service_started written', at: 'condition: service_started', topic: 'compose.service.depends_on.condition', ko: ['`proxy`의 컨테이너가 시작(started)된 다음'], en: ['after `proxy`’s container has started'] },
  { name: 'healthcheck.test string', at: 'test: curl', topic: 'compose.service.healthcheck.test', ko: ['`CMD-SHELL`과 같아요', '`/bin/sh -c`'], en: ['means `CMD-SHELL`'] },
  { name: 'healthcheck.test NONE', at: '"NONE"', topic: 'compose.service.healthcheck.test', ko: ['헬스체크를 꺼요'], en: ['disables the healthcheck'] },
  { name: 'restart unless-stopped', at: 'restart: unless-stopped', topic: 'compose.service.restart', ko: ['직접 멈춘 컨테이너는'], en: ['manually stopped container stays stopped'] },
  { name: 'logging driver none', at: 'driver: none', topic: 'compose.service.logging.driver', ko: ['로그를 남기지 않아요'], en: ['no logs'] },
  { name: 'stop_grace_period', at: 'stop_grace_period: 1m', topic: 'compose.service.stop_grace_period', ko: ['`1m` = 60초', 'SIGKILL'], en: ['`1m` = 60 s'] },
  { name: 'shm_size', at: 'shm_size: 256m', topic: 'compose.service.shm_size', ko: ['`256m` = 256 MiB', '64MB'], en: ['`256m` = 256 MiB'] },
  { name: 'deploy.replicas', at: 'replicas: 3', topic: 'compose.service.deploy.replicas', ko: ['컨테이너 3개', '둘째부터 충돌'], en: ['Runs 3 containers'] },
  { name: 'platform with variant', at: 'platform: linux/arm64/v8', topic: 'compose.service.platform', ko: ['아키텍처 `arm64/v8`'], en: ['architecture `arm64/v8`'] },
  { name: 'ports IPv6 loopback', at: '"[::1]:9000:9000"', topic: 'compose.service.ports', ko: ['호스트 9000 → 컨테이너 9000 (tcp), 루프백 `::1`만'], en: ['loopback `::1` only'] },
  { name: 'ports 0.0.0.0 written out', at: '"0.0.0.0:443:443"', topic: 'compose.service.ports', ko: ['호스트 443 → 컨테이너 443 (tcp), 모든 IPv4 인터페이스(`0.0.0.0`)', '다른 컴퓨터도'], en: ['every IPv4 interface (`0.0.0.0`)'] },
  { name: 'ports long form with a host range', at: 'published: "8000-8010"', topic: 'compose.service.ports.published', ko: ['호스트 범위 8000-8010 중 빈 포트 하나'], en: ['Picks one free port of 8000-8010'] },
  { name: 'long volume with nocopy', at: 'nocopy: true', topic: 'compose.service.volumes.volume.nocopy', ko: ['이름 있는 볼륨(named volume) `certs` → 컨테이너 `/certs`', '`nocopy`'], en: ['named volume `certs`'] },
];

describe('Compose hovers (table)', () => {
  for (const row of rows) {
    it(`${row.name}`, () => {
      for (const lang of ['ko', 'en'] as const) {
        const result = hover(row.at, lang, row.nth ?? 0, row.shift ?? 0);
        assert.ok(result, `${lang}: no hover at "${row.at}"`);
        assert.strictEqual(result.topics[0], row.topic, `${lang}: topic`);
        for (const fact of row[lang]) {
          if (typeof fact === 'string') assert.ok(result.markdown.includes(fact), `${lang}: expected "${fact}" in:\n${result.markdown}`);
          else assert.match(result.markdown, fact);
        }
        // Every hover ends with a link to Docker's own documentation.
        assert.match(result.markdown, /\(https:\/\/docs\.docker\.com\/[^)]*\)/);
        assert.ok(!/\{\w+\}/.test(result.markdown), `${lang}: unfilled placeholder in:\n${result.markdown}`);
      }
    });
  }

  for (const row of formRows) {
    it(`${row.name}`, () => {
      for (const lang of ['ko', 'en'] as const) {
        const result = hover(row.at, lang, row.nth ?? 0, row.shift ?? 0, formsDoc, formsText);
        assert.ok(result, `${lang}: no hover at "${row.at}"`);
        assert.strictEqual(result.topics[0], row.topic, `${lang}: topic`);
        for (const fact of row[lang]) assert.ok(typeof fact === 'string' ? result.markdown.includes(fact) : fact.test(result.markdown), `${lang}: expected "${fact}" in:\n${result.markdown}`);
      }
    });
  }

  it('every coverage key of issue 3 appears in the table', () => {
    const covered = new Set(rows.map((r) => r.topic));
    const required = [
      'name', 'services', 'volumes', 'networks', 'configs', 'secrets', 'include', 'version',
    ].map((k) => `compose.${k}`).concat(
      [
        'image', 'build', 'build.context', 'build.dockerfile', 'build.target', 'container_name', 'command', 'entrypoint', 'environment', 'env_file',
        'ports', 'expose', 'volumes', 'volumes_from', 'tmpfs', 'networks', 'network_mode', 'depends_on', 'depends_on.condition', 'restart', 'healthcheck',
        'deploy', 'deploy.resources.limits', 'deploy.resources.reservations', 'cpus', 'mem_limit', 'user', 'working_dir', 'labels', 'logging', 'profiles',
        'extends', 'secrets', 'configs', 'privileged', 'cap_add', 'extra_hosts', 'init', 'stop_signal', 'platform', 'pull_policy',
      ].map((k) => `compose.service.${k}`),
    );
    assert.deepStrictEqual(required.filter((id) => !covered.has(id)), []);
  });

  it('a key hover names the key; a value hover names the value', () => {
    const key = hover('restart: always');
    const value = hover('restart: always', 'ko', 0, 'restart: '.length);
    assert.ok(key && value);
    assert.ok(key.markdown.startsWith('**`restart`**'));
    assert.ok(value.markdown.startsWith('**`always`**'));
    assert.deepStrictEqual(key.range, { start: positionOf(text, 'restart: always'), end: positionOf(text, 'restart: always', 0, 7) });
  });

  it('extra_hosts in map form', () => {
    const source = 'services:\n  web:\n    extra_hosts:\n      somehost: "162.242.195.82"\n';
    const d = parseCompose(source);
    assert.ok(hover('somehost', 'ko', 0, 0, d, source)?.markdown.includes('`somehost`는 `162.242.195.82`로 풀려요'));
  });

  it('a long or multi-line value gets a one-line heading', () => {
    const source = 'services:\n  web:\n    command:\n      - python3\n      - |\n        import os, sys\n        print("a very long inline script that goes on and on and on")\n';
    const d = parseCompose(source);
    const result = hover('import os', 'ko', 0, 0, d, source);
    assert.ok(result);
    const first = result.markdown.split('\n')[0];
    assert.ok(first.startsWith('**`import os, sys print'), first);
    assert.ok(first.includes('…`**'), first);
  });

  it('the dash of a list item explains the item', () => {
    const onDash = hover('- "8080:80"');
    assert.ok(onDash?.markdown.includes('호스트 8080 → 컨테이너 80'), onDash?.markdown);
  });

  it('concept links only when asked for, and only to our own command', () => {
    const withLinks = hover('"8080:80"');
    assert.ok(withLinks?.markdown.includes('command:dockerExplain.openConcept?'));
    assert.ok(withLinks?.markdown.includes(encodeURIComponent(JSON.stringify(['ports']))));
    const cli = explainCompose(doc, positionOf(text, '"8080:80"'), { language: 'ko' });
    assert.ok(cli && !cli.markdown.includes('command:'));
  });

  it('unknown keys get a generic hover that says where they are; their values get none', () => {
    const source = 'services:\n  web:\n    image: nginx\n    imgae: nginx\n    deploy:\n      resourcs:\n        x: 1\n';
    const d = parseCompose(source);
    const typo = hover('imgae', 'ko', 0, 0, d, source);
    assert.ok(typo);
    assert.strictEqual(typo.topics[0], 'compose.unknownKey');
    assert.ok(typo.markdown.includes('`services.web` 아래의 키 `imgae`'), typo.markdown);
    const nested = hover('resourcs', 'en', 0, 0, d, source);
    assert.ok(nested?.markdown.includes('Key `resourcs` under `services.web.deploy`'), nested?.markdown);
    assert.strictEqual(hover('imgae: nginx', 'ko', 0, 7, d, source), null);
  });

  it('keys below a key whose inside we do not model are explained by that key', () => {
    const source = 'services:\n  web:\n    deploy:\n      placement:\n        constraints:\n          - node.role==manager\n';
    const d = parseCompose(source);
    assert.strictEqual(hover('constraints', 'ko', 0, 0, d, source)?.topics[0], 'compose.service.deploy.placement');
  });

  it('variables are never guessed', () => {
    const source = 'services:\n  web:\n    image: ${IMAGE:-nginx}\n    ports:\n      - "${PORT}:80"\n    volumes:\n      - ${DATA_DIR}:/data\n';
    const d = parseCompose(source);
    assert.ok(hover('${IMAGE', 'ko', 0, 0, d, source)?.markdown.includes('변수'));
    assert.ok(hover('"${PORT}', 'ko', 0, 0, d, source)?.markdown.includes('변수'));
    const vol = hover('${DATA_DIR}', 'en', 0, 0, d, source);
    assert.ok(vol?.markdown.includes('bind mount or named volume depending on the variable'), vol?.markdown);
  });

  it('an undeclared named volume and a missing dependency are called out', () => {
    const source = 'services:\n  web:\n    image: nginx\n    depends_on: [cache]\n    volumes:\n      - data:/data\n';
    const d = parseCompose(source);
    assert.ok(hover('data:/data', 'ko', 0, 0, d, source)?.markdown.includes('최상위 `volumes:`에 `data`가 없어요'));
    assert.ok(hover('cache', 'ko', 0, 0, d, source)?.markdown.includes('이 파일에 서비스 `cache`가 없어요'));
  });

  it('a service without image or build is called out', () => {
    const source = 'services:\n  web:\n    ports: ["80"]\n';
    const d = parseCompose(source);
    assert.ok(hover('web', 'ko', 0, 0, d, source)?.markdown.includes('`image`도 `build`도 없어요'));
  });

  it('network_mode: host with ports is called out', () => {
    const source = 'services:\n  web:\n    image: nginx\n    network_mode: host\n    ports: ["80:80"]\n';
    const d = parseCompose(source);
    assert.ok(hover('host', 'ko', 0, 0, d, source)?.markdown.includes('`ports`도 있어요'));
  });

  it('never throws on broken or odd YAML, and whitespace gets no hover', () => {
    const odd = ['', ':', 'services:\n  - a\n  - b', 'services: [', 'services:\n  web:\n    ports: 8080\n', 'a: &x [*x]', '---\n---\n', 'services:\n  web:\n    volumes:\n      - \n'];
    const original = console.error;
    const failures: unknown[] = [];
    console.error = (...args: unknown[]) => void failures.push(args);
    try {
      for (const source of odd) {
        const d = parseCompose(source);
        for (let i = 0; i <= source.length; i++) explainCompose(d, d.lines.positionAt(i), { language: 'ko' });
      }
    } finally {
      console.error = original;
    }
    assert.deepStrictEqual(failures, []);
    assert.strictEqual(explainCompose(doc, positionOf(text, '  web:'), { language: 'ko' }), null);
  });
});
