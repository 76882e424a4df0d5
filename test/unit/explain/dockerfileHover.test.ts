import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import type { DockerfileDocument } from '../../../src/core/documents/dockerfileDocument';
import { explainDockerfile } from '../../../src/core/explain/explainDockerfile';
import type { Language, Position } from '../../../src/core/types';

// The table from "a position in a fixture" to "the facts its hover must state", in both
// languages. A row names its line by the line's beginning (`line`) and the cursor by a piece of
// text on that line (`at`); `topic` is the first topic of the hover. Each expected string must
// appear verbatim in the hover's Markdown: values from the file, layer numbers, stage names,
// ports, defaults — so that a hover with the right topic but the wrong facts fails.

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/dockerfile');

interface Row {
  what: string;
  file: 'all' | 'forms';
  line: string;
  at?: string;
  topic: string;
  ko: string[];
  en: string[];
  /** Strings that must not appear (in either language). */
  not?: string[];
}

const ROWS: Row[] = [
  // Parser directives
  { what: '# syntax', file: 'all', line: '# syntax', topic: 'dockerfile.directive.syntax', ko: ['`docker/dockerfile:1.7`', '프런트엔드'], en: ['`docker/dockerfile:1.7`', 'frontend'] },
  { what: '# escape', file: 'all', line: '# escape', topic: 'dockerfile.directive.escape', ko: ['이스케이프 문자: `\\`'], en: ['Escape character of this file: `\\`'] },
  { what: '# check', file: 'all', line: '# check', topic: 'dockerfile.directive.check', ko: ['`JSONArgsRecommended`, `StageNameCasing`', '건너뛰어요', '`error=true`', '빌드가 실패해요'], en: ['`JSONArgsRecommended`, `StageNameCasing`', 'skipped', 'fails the build'] },

  // FROM, image references, --platform, AS name, ARG defaults in FROM
  { what: 'FROM with ${BASE}', file: 'all', line: 'FROM --platform', at: 'FROM', topic: 'dockerfile.FROM', ko: ['`${BASE}` → 빌드 인자 기본값으로 `node:20-bookworm-slim`', '태그(tag): `20-bookworm-slim`', '이 줄에서 스테이지 `build`가 시작돼요', '`--target build`', '직접 만드는 레이어는 10개'], en: ['`node:20-bookworm-slim`', 'starts stage `build`', 'adds 10 of its own'] },
  { what: 'FROM --platform', file: 'all', line: 'FROM --platform', at: '--platform', topic: 'dockerfile.flag.platform', ko: ['플랫폼: `$BUILDPLATFORM`', '빌드하는 기계의 플랫폼'], en: ['Platform: `$BUILDPLATFORM`', 'build machine'] },
  { what: '${BASE} in FROM', file: 'all', line: 'FROM --platform', at: '${BASE}', topic: 'dockerfile.variable', ko: ['`BASE` 변수는 전역 빌드 인자(ARG)', '줄 5에서 정의', '기본값 `node:20-bookworm-slim`'], en: ['global build argument (ARG), line 5', 'default `node:20-bookworm-slim`'] },
  { what: 'ARG default picks a slim Debian image', file: 'all', line: 'FROM --platform', at: '${BASE}', topic: 'dockerfile.variable', ko: ['`slim` 변형', 'Debian `bookworm` 기반'], en: ['`slim` variant', 'Based on Debian `bookworm`'] },
  { what: 'distroless image with registry and digest', file: 'all', line: 'FROM gcr.io', at: 'distroless', topic: 'dockerfile.image', ko: ['레지스트리(registry): `gcr.io`', '네임스페이스: `distroless`', '저장소: `nodejs20-debian12`', '다이제스트(digest) `sha256:4f3a9c2d1e0b…`', 'distroless 이미지: 셸과 패키지 관리자가 없어요'], en: ['Registry: `gcr.io`', 'Namespace: `distroless`', 'Distroless: no shell'] },
  { what: 'AS build', file: 'all', line: 'FROM --platform', at: 'build', topic: 'dockerfile.stageName', ko: ['스테이지 `build`: 줄 6의 FROM', '줄 37 (`FROM`)', '줄 41 (`COPY --from`)', '`docker build --target build .`'], en: ['stage `build`: stage #0', 'line 37 (`FROM`)', 'line 41 (`COPY --from`)'] },
  { what: 'AS keyword', file: 'all', line: 'FROM --platform', at: 'AS build', topic: 'dockerfile.stageName', ko: ['스테이지 `build`'], en: ['stage `build`'] },
  { what: 'FROM <stage>', file: 'all', line: 'FROM build AS test', at: 'FROM', topic: 'dockerfile.FROM', ko: ['스테이지 `build`(줄 6)', '스테이지 `test`가 시작돼요', '이 파일이 만든 레이어 10개'], en: ['stage `build` of this file (line 6)', '10 layers'] },
  { what: 'stage name used as base', file: 'all', line: 'FROM build AS test', at: 'build', topic: 'dockerfile.stageName', ko: ['스테이지 `build`: 줄 6'], en: ['stage `build`'] },
  { what: 'FROM with a digest', file: 'all', line: 'FROM gcr.io', at: 'FROM', topic: 'dockerfile.FROM', ko: ['다이제스트(digest) `sha256:4f3a9c2d1e0b…`', '스테이지 `final`이 시작돼요', '마지막 스테이지라서'], en: ['Digest `sha256:4f3a9c2d1e0b…`', 'The last stage'] },
  { what: 'image without tag', file: 'forms', line: 'FROM ubuntu', at: 'ubuntu', topic: 'dockerfile.image', ko: ['Docker Hub(`docker.io`)', '`library/ubuntu`', '태그가 없어서 `latest`를 써요', '`docker.io/library/ubuntu:latest`'], en: ['Docker Hub (`docker.io`)', 'No tag, so `latest` is used', '`docker.io/library/ubuntu:latest`'] },
  { what: 'image :latest, alpine variant', file: 'forms', line: 'FROM alpine:latest', at: 'alpine', topic: 'dockerfile.image', ko: ['태그(tag): `latest`', '“가장 최신”이라는 뜻이 아니라', '`alpine` 변형', 'musl'], en: ['Tag: `latest`', 'does not mean newest', 'musl'] },
  { what: 'scratch', file: 'forms', line: 'FROM scratch', at: 'scratch', topic: 'dockerfile.image', ko: ['`scratch`는 내려받지 않는 빈 이미지'], en: ['`scratch` is the empty image'] },
  { what: 'FROM $ARG without default', file: 'forms', line: 'FROM $IMAGE', at: 'FROM', topic: 'dockerfile.FROM', ko: ['베이스 이미지 `$IMAGE`: 기본값 없는 빌드 인자', '스테이지 0번이 시작돼요', '`COPY --from=0`'], en: ['`$IMAGE` uses a build argument without default', 'starts stage #0'] },

  // The other instructions, with their layer and cache facts
  { what: 'ARG before FROM', file: 'all', line: 'ARG BASE=', topic: 'dockerfile.ARG', ko: ['`BASE`: 기본값 `node:20-bookworm-slim`', '`--build-arg BASE=…`', '전역(global) ARG', '레이어**: 만들지 않아요'], en: ['`BASE`: default `node:20-bookworm-slim`', 'global ARG', '**Layer**: none'], not: ['``'] },
  { what: 'ARG in a stage', file: 'all', line: 'ARG VERSION', topic: 'dockerfile.ARG', ko: ['`VERSION`: 기본값 `1.2.3`', '스테이지 `build` 안에서 이 줄부터', '처음 쓰는 곳'], en: ['`VERSION`: default `1.2.3`', 'in stage `build`', 'where it is first used'] },
  { what: 'ARG re-declaring a global', file: 'all', line: 'ARG BASE', topic: 'dockerfile.ARG', ko: ['전역 ARG(줄 5)의 기본값을 이 스테이지로 가져와요: `node:20-bookworm-slim`'], en: ['global ARG (line 5) and its default `node:20-bookworm-slim`'] },
  { what: 'LABEL', file: 'all', line: 'LABEL', topic: 'dockerfile.LABEL', ko: ['`org.opencontainers.image.title=demo`', '`version=1.0`', '메타데이터'], en: ['`version=1.0`', 'metadata'] },
  { what: 'MAINTAINER', file: 'all', line: 'MAINTAINER', topic: 'dockerfile.MAINTAINER', ko: ['`LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"`'], en: ['org.opencontainers.image.authors'] },
  { what: 'ENV', file: 'all', line: 'ENV NODE_ENV', topic: 'dockerfile.ENV', ko: ['`NODE_ENV` = `production`', '`APP_HOME` = `/app`', '뒤의 RUN이 이 값으로 실행돼요'], en: ['`NODE_ENV` = `production`'] },
  { what: 'ENV legacy syntax', file: 'forms', line: 'ENV GREETING hello', topic: 'dockerfile.ENV', ko: ['`GREETING` = `hello`', '`ENV 키=값`'], en: ['`ENV key=value`'] },
  { what: 'ENV overriding ARG', file: 'forms', line: 'ENV GREETING=bye', topic: 'dockerfile.ENV', ko: ['빌드 인자(ARG `GREETING`, 줄 5)보다 이 ENV가 우선해요'], en: ['(ARG `GREETING`, line 5)'] },
  { what: 'WORKDIR absolute', file: 'all', line: 'WORKDIR /app', topic: 'dockerfile.WORKDIR', ko: ['작업 디렉터리: `/app`', '디렉터리를 만드는 작은 레이어'], en: ['Working directory: `/app`'] },
  { what: 'WORKDIR relative', file: 'all', line: 'WORKDIR src', topic: 'dockerfile.WORKDIR', ko: ['`/app` 기준으로 `/app/src` 경로가 돼요'], en: ['previous WORKDIR `/app` to `/app/src`'] },
  { what: 'COPY: the 1st layer of stage build', file: 'all', line: 'COPY --chown', at: 'COPY', topic: 'dockerfile.COPY', ko: ['`package.json`, `package-lock.json` → 이미지의 `./`', 'WORKDIR `/app/src` 기준', '스테이지 `build`의 3번째 레이어', '`mtime`'], en: ['layer 3 of stage `build`', 'relative to WORKDIR `/app/src`'] },
  { what: 'RUN: the 2nd layer', file: 'all', line: 'RUN --mount=type=cache', at: 'RUN', topic: 'dockerfile.RUN', ko: ['스테이지 `build`의 4번째 레이어', '`--mount` 2개', '명령 문자열'], en: ['layer 4 of stage `build`', 'command text'] },
  { what: 'COPY --parents: the 4th layer', file: 'all', line: 'COPY --parents', at: 'COPY', topic: 'dockerfile.COPY', ko: ['`./src/**/*.js` → 이미지의 `/app/`', '스테이지 `build`의 6번째 레이어'], en: ['layer 6 of stage `build`'] },
  { what: 'ADD URL', file: 'all', line: 'ADD --checksum', at: 'ADD', topic: 'dockerfile.ADD', ko: ['`https://example.com/tool.tar.gz` 주소는 URL이라 내려받아요', '스테이지 `build`의 7번째 레이어'], en: ['is a URL: downloaded', 'layer 7 of stage `build`'] },
  { what: 'ADD Git', file: 'all', line: 'ADD --keep-git-dir', at: 'ADD', topic: 'dockerfile.ADD', ko: ['Git 저장소라 클론해서', '8번째 레이어'], en: ['Git repository: cloned', 'layer 8'] },
  { what: 'ADD local file', file: 'forms', line: 'ADD app.js', topic: 'dockerfile.ADD', ko: ['`app.js` → 이미지의 `/app/`', '`COPY`를 쓰세요', '스테이지 3번의 2번째 레이어'], en: ['prefer `COPY`', 'layer 2 of stage #3'] },
  { what: 'RUN heredoc: 7th layer', file: 'all', line: 'RUN <<EOF', at: 'RUN', topic: 'dockerfile.RUN', ko: ['`<<EOF`', '레이어는 하나', '9번째 레이어'], en: ['one layer for all of them', 'layer 9'] },
  { what: 'COPY heredoc', file: 'all', line: 'COPY <<EOF', at: 'COPY', topic: 'dockerfile.COPY', ko: ['이미지에 `/app/config.txt` 파일을 만들어요', '10번째 레이어'], en: ['Creates `/app/config.txt`', 'layer 10'] },
  { what: 'USER', file: 'all', line: 'USER node', topic: 'dockerfile.USER', ko: ['사용자 `node`', '`node` 그룹으로'], en: ['User `node`', 'group `node`'] },
  { what: 'USER root', file: 'forms', line: 'USER root', topic: 'dockerfile.USER', ko: ['`root`: 모든 권한을 가진 root 사용자'], en: ['`root` is root'] },
  { what: 'EXPOSE ports', file: 'all', line: 'EXPOSE', topic: 'dockerfile.EXPOSE', ko: ['컨테이너 포트 3000/tcp', '`docker run -p 3000:3000`', '컨테이너 포트 53/udp', '`docker run -p 8053:53/udp`', '게시(publish)하지는 않아요'], en: ['Container port 3000/tcp', '`docker run -p 8053:53/udp`', 'does not publish'] },
  { what: 'VOLUME', file: 'all', line: 'VOLUME', topic: 'dockerfile.VOLUME', ko: ['`/data`: ', '익명 볼륨', '`docker run -v 이름:/data`'], en: ['anonymous volume', '`docker run -v name:/data`'] },
  { what: 'STOPSIGNAL', file: 'all', line: 'STOPSIGNAL', topic: 'dockerfile.STOPSIGNAL', ko: ['신호 `SIGINT`', '`SIGKILL`'], en: ['Signal `SIGINT`'] },
  { what: 'HEALTHCHECK', file: 'all', line: 'HEALTHCHECK', at: 'HEALTHCHECK', topic: 'dockerfile.HEALTHCHECK', ko: ['`curl -f http://localhost:3000/ || exit 1`', '`10s`마다', '`3s` 넘으면 실패', '`5`번 연속 실패', '`20s` 동안의 실패는 세지 않아요', '재시작하지 않아요'], en: ['Checks every `10s`', '`5` failures in a row'] },
  { what: 'HEALTHCHECK NONE', file: 'forms', line: 'HEALTHCHECK NONE', topic: 'dockerfile.HEALTHCHECK', ko: ['`NONE`: 베이스 이미지에서 물려받은 헬스체크를 꺼요'], en: ['disables the health check inherited'] },
  { what: 'SHELL', file: 'all', line: 'SHELL', topic: 'dockerfile.SHELL', ko: ['`/bin/bash -o pipefail -c` 셸로 실행해요'], en: ['run with `/bin/bash -o pipefail -c`'] },
  { what: 'SHELL changes RUN in child stage', file: 'all', line: 'RUN npm test', topic: 'dockerfile.RUN', ko: ['`/bin/bash -o pipefail -c` 셸로 실행해요', '스테이지 `test`의 1번째 레이어', '스테이지 `build`에서 물려받은 10개', '11번째'], en: ['layer 1 of stage `test`', 'layer 11 of this file'] },
  { what: 'ONBUILD', file: 'all', line: 'ONBUILD', at: 'ONBUILD', topic: 'dockerfile.ONBUILD', ko: ['트리거 `COPY . /app/src`', '다음 빌드'], en: ['Trigger `COPY . /app/src`', 'downstream build'] },
  { what: 'instruction inside ONBUILD', file: 'all', line: 'ONBUILD', at: 'COPY', topic: 'dockerfile.COPY', ko: ['`ONBUILD` 안의 명령이라 이 빌드에서는 실행되지 않아요'], en: ['Inside `ONBUILD`'], not: ['번째 레이어', 'adds layer'] },
  { what: 'ENTRYPOINT exec with CMD', file: 'all', line: 'ENTRYPOINT ["node"]', at: 'ENTRYPOINT', topic: 'dockerfile.ENTRYPOINT', ko: ['PID 1은 `node`예요', 'CMD(줄 35)가 기본 인자로 붙어요: `["server.js"]`', '컨테이너가 실행하는 명령: `node server.js`'], en: ['`node` is PID 1', 'CMD (line 35) supplies default arguments', 'The container runs: `node server.js`'] },
  { what: 'finding 14: CMD as entrypoint arguments', file: 'all', line: 'CMD ["server.js"]', at: 'CMD', topic: 'dockerfile.CMD', ko: ['exec 형식 ENTRYPOINT(줄 34)가 있어서 이 CMD는 엔트리포인트 뒤에 붙는 기본 인자예요', '인자가 이 CMD 대신 엔트리포인트 뒤에 붙어요', 'PID 1은 `node`예요'], en: ['exec-form ENTRYPOINT (line 34)', 'replace it after the entrypoint'], not: ['`server.js` 프로그램이 컨테이너의 PID 1', 'CMD 대신 그 명령이 실행돼요'] },
  { what: 'finding 6: CMD under a shell-form ENTRYPOINT', file: 'forms', line: 'CMD echo', at: 'CMD', topic: 'dockerfile.CMD', ko: ['ENTRYPOINT(줄 9)가 셸 형식이라 이 CMD는 쓰이지 않아요', '`docker run` 뒤의 인자도 무시돼요'], en: ['(line 9) is in shell form, so this CMD is not used', 'ignored too'], not: ['PID 1', 'CMD 대신 그 명령이 실행돼요'] },
  { what: 'ENTRYPOINT shell form on ubuntu (dash)', file: 'forms', line: 'ENTRYPOINT top', at: 'ENTRYPOINT', topic: 'dockerfile.ENTRYPOINT', ko: ['셸 형식: `/bin/sh -c` 안에서 실행해요', 'dash', '`top`은 자식 프로세스', 'SIGKILL', '컨테이너가 실행하는 명령: `/bin/sh -c "top -b"`'], en: ['runs inside `/bin/sh -c`', 'dash', 'SIGKILL'], not: ['echo $GREETING"`'] },
  { what: 'shell-form command on distroless', file: 'all', line: 'CMD node', at: 'node', topic: 'dockerfile.form.shell', ko: ['셸(`/bin/sh`)이 없어서', '`node server.js`'], en: ['has no shell', '`node server.js`'] },
  { what: 'exec-form command', file: 'all', line: 'ENTRYPOINT ["node"]', at: '["node"]', topic: 'dockerfile.form.exec', ko: ['실행할 프로그램 `node`', 'PID 1은 `node`예요'], en: ['Program `node`'] },
  { what: 'finding 5: exec-form CMD value after an exec ENTRYPOINT is arguments', file: 'all', line: 'CMD ["server.js"]', at: '["server.js"]', topic: 'dockerfile.form.exec', ko: ['엔트리포인트 뒤에 붙는 기본 인자예요', 'PID 1은 `node`예요'], en: ['default arguments'], not: ['실행할 프로그램 `server.js`', 'PID 1은 `server.js`'] },
  { what: 'shell-form RUN command', file: 'all', line: 'RUN --mount=type=cache', at: 'npm ci', topic: 'dockerfile.form.shell', ko: ['실행할 명령: `npm ci`', '빌드할 때 실행해요'], en: ['Command: `npm ci`', 'Runs at build time'] },

  // Flags of COPY/ADD
  { what: '--chown with names and --link', file: 'all', line: 'COPY --chown', at: '--chown', topic: 'dockerfile.flag.chown', ko: ['소유자 `node`, 그룹 `node`', '숫자 ID'], en: ['Owner `node`, group `node`', 'numeric IDs'] },
  { what: '--chmod', file: 'all', line: 'COPY --chown', at: '--chmod', topic: 'dockerfile.flag.chmod', ko: ['권한 `755`', '소유자 `rwx`', '그룹 `r-x`'], en: ['Mode `755`', 'owner `rwx`'] },
  { what: '--link', file: 'all', line: 'COPY --chown', at: '--link', topic: 'dockerfile.flag.link', ko: ['앞 레이어가 바뀌어도 이 레이어는 무효가 되지 않아요'], en: ['do not invalidate this one'] },
  { what: '--parents', file: 'all', line: 'COPY --parents', at: '--parents', topic: 'dockerfile.flag.parents', ko: ['`/p/x/a.txt`'], en: ['`/p/x/a.txt`'] },
  { what: '--exclude', file: 'all', line: 'COPY --parents', at: '--exclude', topic: 'dockerfile.flag.exclude', ko: ['제외 패턴: `*.md`'], en: ['Excluded: `*.md`'] },
  { what: '--from=<stage>', file: 'all', line: 'COPY --from=build', at: '--from', topic: 'dockerfile.flag.from', ko: ['`build` → 이 파일의 스테이지 `build`', '줄 6의 `FROM`'], en: ['`build` is stage `build` of this file (`FROM` on line 6)'] },
  { what: '--from=<index>', file: 'forms', line: 'COPY --from=0', at: '--from', topic: 'dockerfile.flag.from', ko: ['번호로 가리킨 스테이지 0번', '(줄 2)', '`AS 이름`'], en: ['refers by number to stage #0 (line 2)'] },
  { what: '--from=<image>', file: 'forms', line: 'COPY --from=nginx', at: '--from', topic: 'dockerfile.flag.from', ko: ['`nginx:1.27` → 이 파일의 스테이지 이름이 아니라서 이미지'], en: ['is not a stage of this file, so it is read as an image'] },
  { what: '--checksum', file: 'all', line: 'ADD --checksum', at: '--checksum', topic: 'dockerfile.flag.checksum', ko: ['기대값: `sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d`'], en: ['Expected: `sha256:'] },
  { what: '--keep-git-dir', file: 'all', line: 'ADD --keep-git-dir', at: '--keep-git-dir', topic: 'dockerfile.flag.keep-git-dir', ko: ['`.git` 디렉터리'], en: ['`.git` directory'] },
  { what: '--unpack', file: 'all', line: 'ADD --keep-git-dir', at: '--unpack', topic: 'dockerfile.flag.unpack', ko: ['값: `false`'], en: ['Value: `false`'] },

  // Flags of RUN and the mount types with their options
  { what: '--mount=type=cache', file: 'all', line: 'RUN --mount=type=cache', at: '--mount=type=cache', topic: 'dockerfile.mount.cache', ko: ['`target` `/root/.npm`', '`sharing` `locked`', '기다려요', '지울 필요가 없어요'], en: ['`target` `/root/.npm`', 'a second writer waits'] },
  { what: 'cache option under the cursor comes first', file: 'all', line: 'RUN --mount=type=cache', at: 'sharing', topic: 'dockerfile.mount.cache', ko: ['- `sharing` `locked`'], en: ['- `sharing` `locked`'] },
  { what: '--mount=type=secret', file: 'all', line: 'RUN --mount=type=cache', at: '--mount=type=secret', topic: 'dockerfile.mount.secret', ko: ['`docker build --secret id=npm_token,src=…`', '`required` `true`', '`/run/secrets/npm_token`'], en: ['`docker build --secret id=npm_token,src=…`', '`/run/secrets/npm_token`'] },
  { what: '--network=none', file: 'all', line: 'RUN --mount=type=cache', at: '--network', topic: 'dockerfile.flag.network', ko: ['`none`: 네트워크 없이'], en: ['`none`: no network access'] },
  { what: '--mount=type=bind', file: 'all', line: 'RUN --mount=type=bind', at: '--mount=type=bind', topic: 'dockerfile.mount.bind', ko: ['`source` `.`', '`target` `/src`', '`rw`: 쓸 수 있게 하지만'], en: ['`source` `.`', '`rw`: writable'] },
  { what: '--mount=type=tmpfs', file: 'all', line: 'RUN --mount=type=bind', at: '--mount=type=tmpfs', topic: 'dockerfile.mount.tmpfs', ko: ['`target` `/tmp`', '`size` `64m`'], en: ['`size` `64m`'] },
  { what: '--mount=type=ssh', file: 'all', line: 'RUN --mount=type=bind', at: '--mount=type=ssh', topic: 'dockerfile.mount.ssh', ko: ['`docker build --ssh github=…`'], en: ['`docker build --ssh github=…`'] },
  { what: '--security=insecure', file: 'all', line: 'RUN --mount=type=bind', at: '--security', topic: 'dockerfile.flag.security', ko: ['`insecure`', '`docker run --privileged`'], en: ['like `docker run --privileged`'] },
  { what: '--device', file: 'all', line: 'RUN --mount=type=bind', at: '--device', topic: 'dockerfile.flag.device', ko: ['장치: `nvidia.com/gpu=all`'], en: ['Device: `nvidia.com/gpu=all`'] },

  // HEALTHCHECK flags
  { what: '--interval', file: 'all', line: 'HEALTHCHECK', at: '--interval', topic: 'dockerfile.flag.interval', ko: ['`10s`마다 검사해요', '기본 `30s`'], en: ['Checks every `10s`'] },
  { what: '--timeout', file: 'all', line: 'HEALTHCHECK', at: '--timeout', topic: 'dockerfile.flag.timeout', ko: ['`3s` 시간을 넘기면'], en: ['Over `3s`'] },
  { what: '--start-period', file: 'all', line: 'HEALTHCHECK', at: '--start-period', topic: 'dockerfile.flag.start-period', ko: ['시작 후 `20s` 동안의 실패는'], en: ['first `20s`'] },
  { what: '--start-interval', file: 'all', line: 'HEALTHCHECK', at: '--start-interval', topic: 'dockerfile.flag.start-interval', ko: ['`2s`마다 검사해요', '25.0'], en: ['every `2s`', '25.0'] },
  { what: '--retries', file: 'all', line: 'HEALTHCHECK', at: '--retries', topic: 'dockerfile.flag.retries', ko: ['`5`번 연속 실패하면'], en: ['`5` failures in a row'] },

  // Variables: where defined, ARG vs ENV, build vs run time, default
  { what: '${VAR:-default} from an ARG', file: 'all', line: 'RUN --mount=type=bind', at: '${VERSION', topic: 'dockerfile.variable', ko: ['`VERSION` 변수는 빌드 인자(ARG)예요: 줄 10에서 정의, 기본값 `1.2.3`', '`:-` `dev`', '셸이 변수를 풀어요 (빌드할 때)'], en: ['build argument (ARG), line 10, default `1.2.3`', 'at build time'] },
  { what: '$VAR from ENV shadowing an ARG', file: 'forms', line: 'RUN echo', at: '$GREETING', topic: 'dockerfile.variable', ko: ['`GREETING` 변수는 환경 변수(ENV)예요: 줄 6에서 정의, 값 `bye`', 'ARG(줄 5)보다 ENV가 우선해요'], en: ['environment variable (ENV), line 6, value `bye`'] },
  { what: 'undefined $VAR', file: 'forms', line: 'RUN echo', at: '$UNSET_VAR', topic: 'dockerfile.variable', ko: ['`UNSET_VAR` 변수는 이 위치에서 이 파일이 정의하지 않았어요'], en: ['not defined by this file'] },
  { what: '${VAR:+word}', file: 'forms', line: 'RUN echo', at: '${TAG', topic: 'dockerfile.variable', ko: ['`:+` `yes`: 값이 있으면 `yes`'], en: ['`:+` `yes`'] },
  { what: '$VAR in CMD shell form: run time', file: 'forms', line: 'CMD echo', at: '$GREETING', topic: 'dockerfile.variable', ko: ['컨테이너를 시작할 때. 이때는 ENV만 있고 ARG는 없어요'], en: ['only ENV exists then, not ARG'] },
  { what: '$VAR in exec form', file: 'forms', line: 'RUN ["echo"', at: '$HOME', topic: 'dockerfile.variable', ko: ['exec 형식(JSON 배열)이라 셸이 없어서 `$HOME`', '풀리지 않고 글자 그대로'], en: ['Exec form (JSON array) has no shell, so `$HOME` is passed literally'] },
  { what: '$ARG without default in FROM', file: 'forms', line: 'FROM $IMAGE', at: '$IMAGE', topic: 'dockerfile.variable', ko: ['`IMAGE` 변수는 전역 빌드 인자(ARG)예요: 줄 1에서 정의, 기본값 없음'], en: ['line 1, no default'] },

  // Heredocs
  { what: 'RUN heredoc body', file: 'all', line: 'set -e', topic: 'dockerfile.heredoc', ko: ['줄 21–22의 2줄을 한 RUN으로'], en: ['Lines 21–22 (2 lines)'], not: ['첫 줄에 `set -e`를 두세요'] },
  { what: 'COPY heredoc marker', file: 'all', line: 'COPY <<EOF', at: '<<EOF', topic: 'dockerfile.heredoc', ko: ['줄 25의 내용으로 `/app/config.txt` 파일을 만들어요'], en: ['Creates `/app/config.txt` from lines 25'] },
];

const docs = new Map<string, { doc: DockerfileDocument; lines: string[] }>();
function fixture(name: Row['file']) {
  const file = name === 'all' ? 'all-instructions.Dockerfile' : 'forms-and-images.Dockerfile';
  let entry = docs.get(file);
  if (!entry) {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    entry = { doc: parseDockerfile(text), lines: text.split(/\r?\n/) };
    docs.set(file, entry);
  }
  return entry;
}

function positionOf(row: Row): Position {
  const { lines } = fixture(row.file);
  const exact = lines.findIndex((l) => l === row.line);
  const line = exact >= 0 ? exact : lines.findIndex((l) => l.startsWith(row.line));
  assert.ok(line >= 0, `fixture line starting with ${JSON.stringify(row.line)}`);
  const character = lines[line].indexOf(row.at ?? row.line);
  assert.ok(character >= 0, `${JSON.stringify(row.at)} on line ${line + 1}`);
  return { line, character };
}

describe('Dockerfile hovers (table)', () => {
  for (const row of ROWS) {
    for (const lang of ['ko', 'en'] as Language[]) {
      it(`${row.what} (${lang})`, () => {
        const hover = explainDockerfile(fixture(row.file).doc, positionOf(row), { language: lang, conceptLinks: true });
        assert.ok(hover, 'a hover');
        assert.strictEqual(hover.topics[0], row.topic);
        const md = hover.markdown;
        for (const fact of row[lang]) assert.ok(md.includes(fact), `missing ${JSON.stringify(fact)} in:\n${md}`);
        for (const bad of row.not ?? []) assert.ok(!md.includes(bad), `unexpected ${JSON.stringify(bad)} in:\n${md}`);
        assert.match(md, /\]\(https:\/\/docs\.docker\.com\//, 'a Docker docs link');
        if (lang === 'en') assert.ok(!/[가-힣]/.test(md.replace(/`[^`]*`/g, '')), `Korean in the English hover:\n${md}`);
      });
    }
  }

  it('covers every Dockerfile instruction keyword', () => {
    const covered = new Set(ROWS.filter((r) => r.topic.startsWith('dockerfile.') && /^dockerfile\.[A-Z]+$/.test(r.topic)).map((r) => r.topic.slice('dockerfile.'.length)));
    const all = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];
    assert.deepStrictEqual(all.filter((k) => !covered.has(k)), []);
  });

  it('links hovers to the panel concepts the issue names', () => {
    const allowed = ['why-containers', 'containers-vs-vms', 'images-containers', 'layers', 'build-push-pull-run', 'run-flow', 'volumes', 'networks', 'ports', 'isolation', 'multi-stage', 'compose', 'env-args', 'cmd-entrypoint'];
    for (const row of ROWS) {
      const hover = explainDockerfile(fixture(row.file).doc, positionOf(row), { language: 'ko', conceptLinks: true });
      const concept = /openConcept\?([^)]+)\)/.exec(hover?.markdown ?? '');
      if (!concept) continue;
      const [id] = JSON.parse(decodeURIComponent(concept[1])) as string[];
      assert.ok(allowed.includes(id), `${row.what}: concept ${id}`);
    }
  });

  const inline = (text: string, line: number, character: number, lang: Language = 'ko') =>
    explainDockerfile(parseDockerfile(text), { line, character }, { language: lang })?.markdown ?? '';

  // BuildKit v0.32.2 dockerfile2llb/convert.go toCommand: --from is never expanded; since Dockerfile 1.18 the
  // build stops with this error (hadolint #858 asked to resolve the ARG default, but Docker does not).
  it('says BuildKit does not expand COPY --from=$STAGE, even with an ARG default', () => {
    const md = inline('ARG SRC=build\nFROM golang:1.23 AS build\nFROM alpine\nARG SRC\nCOPY --from=$SRC /out /out\n', 4, 6);
    assert.ok(md.includes('`$SRC`'), md);
    assert.ok(md.includes('variable expansion is not supported for --from'), md);
    assert.ok(!md.includes('기본값으로는'), md);
  });

  it('advises `set -e` only for a heredoc script without it', () => {
    const md = inline('FROM alpine\nRUN <<EOF\napk add curl\nrm -rf /tmp/x\nEOF\n', 2, 0);
    assert.ok(md.includes('줄 3–4의 2줄'), md);
    assert.ok(md.includes('첫 줄에 `set -e`를 두세요'), md);
  });

  it('warns that ENTRYPOINT without CMD resets the inherited CMD', () => {
    const md = inline('FROM nginx\nENTRYPOINT ["/docker-entrypoint.sh"]\n', 1, 1);
    assert.ok(md.includes('이 스테이지에는 CMD가 없어요'), md);
  });

  it('says BuildKit keeps what later steps write under a VOLUME path', () => {
    assert.ok(inline('FROM alpine\nVOLUME /data\nRUN touch /data/x\n', 1, 1).includes('BuildKit에서는 이미지에 남아요'));
    assert.ok(!inline('FROM alpine\nRUN true\nVOLUME /data\n', 2, 1).includes('BuildKit에서는 이미지에 남아요'));
  });

  it('says when --from names a stage defined later', () => {
    const md = inline('FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\n', 1, 6);
    assert.ok(md.includes('뒤(줄 3)에 정의된 스테이지'), md);
  });

  it('explains a shell-form CMD after an exec-form ENTRYPOINT as `/bin/sh -c` arguments', () => {
    const md = inline('FROM alpine\nENTRYPOINT ["/entry.sh"]\nCMD run --fast\n', 2, 1);
    assert.ok(md.includes('`/bin/sh -c run --fast`'), md);
    assert.ok(md.includes('줄 2'), md);
  });

  it('finding 7: `ENTRYPOINT exec myapp` makes myapp PID 1 (hover on the keyword and on the command)', () => {
    const text = 'FROM debian:bookworm\nENTRYPOINT exec myapp --serve\nCMD ["x"]\n';
    for (const md of [inline(text, 1, 1), inline(text, 1, 18)]) {
      assert.ok(md.includes('`exec`으로 시작해서 셸이 `myapp`으로 바뀌어요'), md);
      assert.ok(!md.includes('SIGTERM을 못 받'), md);
      assert.ok(!md.includes('자식 프로세스'), md);
    }
    const cmd = inline(text, 2, 1);
    assert.ok(cmd.includes('이 CMD는 쓰이지 않아요'), cmd);
    assert.ok(!cmd.includes('PID 1'), cmd);
  });

  it('finding 34: an exec CMD on nginx may be the arguments of the image\'s ENTRYPOINT', () => {
    const md = inline('FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n', 1, 1);
    assert.ok(md.includes('베이스 이미지에 ENTRYPOINT가 있으면'), md);
    assert.ok(md.includes('베이스 이미지에 ENTRYPOINT가 없다면: PID 1은 `nginx`예요'), md);
  });

  it('says which /bin/sh keeps the shell as PID 1: Alpine execs, Debian does not', () => {
    assert.ok(inline('FROM alpine:3.20\nCMD myapp --port 80\n', 1, 1).includes('`myapp`이 PID 1이 되어'));
    assert.ok(inline('FROM python:3.12-slim\nCMD python app.py\n', 1, 1).includes('dash'));
    assert.ok(inline('FROM example.com/base:1\nENTRYPOINT myapp\n', 1, 1).includes('어떤 셸인지에 달려 있어요'));
  });

  it('counts only RUN, COPY and ADD as layers in an unnamed stage', () => {
    const text = 'FROM alpine\nENV A=1\nRUN true\nLABEL x=y\nCOPY a b\n';
    assert.ok(inline(text, 4, 1).includes('스테이지 0번의 2번째 레이어'));
    assert.ok(inline(text, 4, 1, 'en').includes('layer 2 of stage #0'));
    assert.ok(inline(text, 3, 1).includes('레이어**: 만들지 않아요'));
  });

  it('explains a word that is not an instruction (a broken continuation or a template)', () => {
    const doc = parseDockerfile('FROM alpine\nRUN apk add curl &&\n    apk add git\n');
    const ko = explainDockerfile(doc, { line: 2, character: 4 }, { language: 'ko' });
    assert.strictEqual(ko?.topics[0], 'dockerfile.unknownInstruction');
    assert.ok(ko?.markdown.includes('`apk`'), ko?.markdown);
    const en = explainDockerfile(doc, { line: 2, character: 4 }, { language: 'en' });
    assert.ok(en?.markdown.includes('broken line continuation'), en?.markdown);
  });

  it('returns null outside instructions and never throws on broken input', () => {
    const { doc } = fixture('all');
    assert.strictEqual(explainDockerfile(doc, { line: 3, character: 0 }, { language: 'ko' }), null);
    for (const text of ['', 'FROM', 'RUN --mount=', 'COPY --from=', 'FROM a AS', 'HEALTHCHECK --interval=', 'ONBUILD', 'ENV', 'ARG =', 'RUN <<EOF\n', 'CMD ["unterminated', 'FROM ${X:-', '# syntax=']) {
      const d = parseDockerfile(text);
      for (let character = 0; character <= text.length; character++) {
        assert.doesNotThrow(() => explainDockerfile(d, { line: 0, character }, { language: 'ko' }));
      }
    }
  });
});
