import * as assert from 'assert';
import { parseCommands } from '../../../src/core/documents/commandsDocument';
import { explainCommandLine, explainCommandOnLine, explainCommands, explainShellTextAt } from '../../../src/core/explain/explainCommands';
import { explainAt } from '../../../src/core/explain';
import { allTopics } from '../../../src/core/knowledge';
import type { HoverResult } from '../../../src/core/explain/hover';
import type { Language } from '../../../src/core/types';
import { fixture } from '../../helpers/paths';

/** The hover at the first occurrence of `at` in `text` (plus `offset` characters into it). */
function hover(text: string, at: string, lang: Language = 'ko', offset = 0): HoverResult | null {
  const index = text.indexOf(at);
  assert.ok(index >= 0, `"${at}" not in ${text}`);
  const doc = parseCommands(text, 'shell');
  return explainCommands(doc, doc.lines.positionAt(index + offset), { language: lang });
}

/** [command line, where to hover, facts the Korean hover must state]. */
type Case = [string, string, string[]];

// Every subcommand and flag of the coverage list, with the facts its hover must carry.
const CASES: Case[] = [
  // docker run: the whole command, in order
  ['docker run -d -p 8080:80 nginx', 'run', ['Docker 클라이언트', 'Docker 데몬', '`nginx`', '레지스트리 `docker.io`', '쓰기 가능한 컨테이너 레이어', '(start)', '호스트 8080 → 컨테이너 80']],
  ['docker run -d -p 8080:80 nginx', 'docker', ['1. Docker 클라이언트', '5. 네트워크', '`-d` — 컨테이너를 백그라운드에서']],
  ['docker run alpine echo hi', 'run', ['이미지의 CMD 대신 `echo hi`', '`-d`가 없으니']],
  ['docker run -d ghcr.io/acme/api:2', 'run', ['레지스트리 `ghcr.io`']],
  ['docker run --pull always nginx', 'run', ['`--pull always`', '새 버전']],
  ['docker run --pull never nginx', 'run', ['`--pull never`']],
  // docker run flags
  ['docker run -d nginx', '-d', ['백그라운드', '컨테이너 ID']],
  ['docker run -it ubuntu bash', '-it', ['`-i`(표준 입력 열기)', '`-t`(가상 터미널)']],
  ['docker run -it ubuntu bash', 'it', ['표준 입력(STDIN)'], ],
  ['docker run --rm alpine', '--rm', ['자동으로 지워요', '익명 볼륨', '이름 있는 볼륨']],
  ['docker run --name web1 nginx', '--name', ['`web1`', '"Conflict"']],
  ['docker run -p 8080:80 nginx', '-p', ['호스트 8080 → 컨테이너 80 (tcp)', '모든 네트워크 인터페이스', 'port is already allocated']],
  ['docker run -p 127.0.0.1:5432:5432 postgres', '-p', ['호스트 5432 → 컨테이너 5432', '`127.0.0.1`에만 묶여서']],
  ['docker run -p 53:53/udp dns', '53:53', ['(udp)']],
  ['docker run -p 80 nginx', '-p', ['컨테이너 포트 80', '빈 호스트 포트', 'docker port']],
  ['docker run -p 70000:80 nginx', '-p', ['읽을 수 없어요', '`70000`']],
  ['docker run -p "$PORT:80" nginx', '-p', ['셸 변수']],
  ['docker run -P nginx', '-P', ['EXPOSE', '임의 포트']],
  ['docker run -v usr/html:/usr/share/nginx/html nginx', '-v', ['`usr/html`', '볼륨 이름으로 읽어요', '`/`를 쓸 수 없으니', 'invalid characters for a local volume name', '`./usr/html`']],
  ['docker run -v /srv/html:/usr/share/nginx/html:ro nginx', '-v', ['바인드 마운트(bind mount)', '`/srv/html`', '`/usr/share/nginx/html`', '`ro`']],
  ['docker run -v ./site:/site nginx', '-v', ['바인드 마운트', '상대 경로']],
  ['docker run -v pgdata:/var/lib/postgresql/data postgres', '-v', ['이름 있는 볼륨(named volume) `pgdata`', '데이터는 남아요']],
  ['docker run -v /data alpine', '-v', ['익명 볼륨(anonymous volume)', '`/data`']],
  ['docker run -v /var/run/docker.sock:/var/run/docker.sock img', '-v', ['root 권한']],
  ['docker run --mount type=bind,source=/src,target=/app img', '--mount', ['종류 `bind`', '`/src`', '`/app`', '만들어 주지 않고']],
  ['docker run --volumes-from web1 nginx', '--volumes-from', ['컨테이너 `web1`', '모든 마운트', '같은 모드', '바인드 마운트']],
  ['docker run --volumes-from web1:ro nginx', 'web1:ro', ['`:ro`', '읽기 전용']],
  ['docker run -e NODE_ENV=production node', '-e', ['`NODE_ENV`에 `production`', 'ENV']],
  ['docker run -e HOME node', '-e', ['지금 셸의 `HOME`']],
  ['docker run -e DB_PASSWORD=secret node', 'DB_PASSWORD', ['docker inspect']],
  ['docker run --env-file .env node', '--env-file', ['`.env`', '이름=값']],
  ['docker run --network host nginx', '--network', ['호스트의 네트워크를 그대로', '`-p`는 무시']],
  ['docker run --network appnet nginx', '--network', ['사용자 정의 네트워크 `appnet`', 'docker network create appnet']],
  ['docker run --network container:web alpine', '--network', ['`web`의 네트워크 네임스페이스']],
  ['docker run -w /app node', '-w', ['`/app`', 'WORKDIR']],
  ['docker run -u 1000:1000 node', '-u', ['`1000:1000`', 'USER']],
  ['docker run --entrypoint sh img', '--entrypoint', ['`sh`', 'CMD(기본 명령)도 지워져요']],
  ['docker run --restart unless-stopped nginx', '--restart', ['`unless-stopped`', '직접 멈춘 컨테이너']],
  ['docker run --restart on-failure:3 nginx', '--restart', ['종료 코드가 0이 아닐 때']],
  ['docker run --restart sometimes nginx', '--restart', ['재시작 정책이 아니에요']],
  ['docker run --cpus 1.5 nginx', '--cpus', ['1.5개', '컨트롤 그룹(cgroup)']],
  ['docker run -m 512m nginx', '-m', ['`512m`', '컨트롤 그룹(cgroup)', 'OOM', '`6m`']],
  ['docker run --memory=1g nginx', '--memory', ['`1g`']],
  ['docker run --privileged dind', '--privileged', ['모든 케이퍼빌리티(capability)', '모든 장치', '--cap-add']],
  ['docker run --link db:db app', '--link', ['오래된 기능', '사용자 정의 네트워크']],
  ['docker run --init app', '--init', ['PID 1', '좀비 프로세스', 'SIGTERM']],
  ['docker run --platform linux/amd64 app', '--platform', ['`linux/amd64`', '에뮬레이션']],
  ['docker run nginx -p 80:80', '-p 80', ['컨테이너 안의 명령에 넘어가요', '이미지 이름 앞으로']],
  // docker build
  ['docker build -t app:1 .', 'build', ['빌드 컨텍스트(build context) `.`', '.dockerignore', '빌드 캐시(build cache)', '`app:1`']],
  ['docker build .', 'build', ['이름이 붙지 않아요']],
  ['docker build -t app:1 .', '-t', ['`app:1`', 'docker push']],
  ['docker build -t myapp .', '-t', ['`myapp:latest`']],
  ['docker build -f docker/Dockerfile.prod .', '-f', ['`docker/Dockerfile.prod`', '컨텍스트 기준']],
  ['docker build --target build .', '--target', ['스테이지 `build`']],
  ['docker build --build-arg VERSION=1.2 .', '--build-arg', ['`VERSION` = `1.2`', 'ARG VERSION', '--secret']],
  ['docker build --no-cache .', '--no-cache', ['빌드 캐시를 쓰지 않고']],
  ['docker build --platform linux/arm64 .', '--platform', ['`linux/arm64`']],
  ['docker build -t app .', ' .', ['지금 디렉터리 전체', '`./Dockerfile`'], ],
  // seed 002: run flags on build
  ['docker build -d -p 80 img', '-d', ['`-d`는 `docker build`의 옵션이 아니라 `docker run`', 'unknown shorthand flag', '백그라운드']],
  ['docker build -d -p 80 img', '-p', ['`docker run`', '포트', 'docker build -t 이름 .']],
  ['docker run --frobnicate nginx', '--frobnicate', ['`docker run`에 없는 옵션', 'unknown flag']],
  // docker compose
  ['docker compose up -d --build', 'up', ['네트워크와 볼륨', '`--build` — ']],
  ['docker compose up', 'up', ['로그를 터미널에']],
  ['docker compose up -d', '-d', ['백그라운드', 'docker compose logs']],
  ['docker compose up --build', '--build', ['다시 빌드']],
  ['docker compose down', 'down', ['이름 있는 볼륨은 기본으로 남겨요']],
  ['docker compose down -v', '-v', ['`volumes:`에 선언한 이름 있는 볼륨', '익명 볼륨', '`external: true`']],
  ['docker compose logs -f web', 'logs', ['서비스 이름']],
  ['docker compose ps', 'ps', ['`-a`']],
  ['docker compose exec web sh', 'exec', ['서비스 `web`', 'TTY', '`-T`']],
  ['docker compose -f compose.prod.yaml up', '-f', ['`compose.prod.yaml`']],
  ['docker-compose up -d', 'docker-compose', ['예전의 별도 프로그램', '2023년 7월', '`docker compose`(띄어쓰기)']],
  // volumes and networks
  ['docker volume create data', 'create', ['이름 있는 볼륨 `data`', '/var/lib/docker/volumes/data/_data', '가상 머신']],
  ['docker volume create usr/html', 'create', ['`usr/html`은 볼륨 이름으로 쓸 수 없어요']],
  ['docker volume ls', 'ls', ['익명 볼륨']],
  ['docker volume rm data', 'rm', ['`data`', '되돌릴 수 없어요']],
  ['docker volume inspect data', 'inspect', ['Mountpoint']],
  ['docker network create appnet', 'create', ['`appnet`', '브리지(bridge)', '컨테이너 이름으로']],
  ['docker network ls', 'ls', ['`bridge`, `host`, `none`']],
  ['docker network rm appnet', 'rm', ['`appnet`']],
  ['docker network inspect appnet', 'inspect', ['서브넷']],
  // images and registries
  ['docker pull ubuntu:22.04', 'pull', ['`ubuntu:22.04`', '다이제스트']],
  ['docker push myname/app:1', 'push', ['`myname/app:1`', '`docker.io`', 'docker login']],
  ['docker tag app:1 myname/app:1', 'tag', ['`app:1`', '`myname/app:1`', '복사하지 않고']],
  ['docker images', 'images', ['로컬에 있는 이미지']],
  ['docker rmi app:1', 'rmi', ['`app:1`', 'untag']],
  ['docker login', 'login', ['Docker Hub', 'base64', '--password-stdin']],
  ['docker login ghcr.io', 'login', ['`ghcr.io`']],
  // containers
  ['docker ps -a', 'ps', ['실행 중인 컨테이너', '`-a`']],
  ['docker ps -a', '-a', ['멈춘 컨테이너까지']],
  ['docker exec -it web sh', 'exec', ['`web`', '새 프로세스', '실행 중이어야', '실행할 명령: `sh`']],
  ['docker exec -it web sh', ' sh', ['`sh`']],
  ['docker logs -f web', 'logs', ['`web`', '표준 출력']],
  ['docker logs -f web', '-f', ['계속 따라가며']],
  ['docker stop web', 'stop', ['SIGTERM', 'SIGKILL', '10초']],
  ['docker rm web', 'rm', ['`web`', '쓰기 가능한 컨테이너 레이어', '`-f`']],
  ['docker rm -v web', '-v', ['익명 볼륨']],
  // image references
  ['docker run -it ubuntu:14.0.4 bash', 'ubuntu:14.0.4', ['태그 `14.0.4`', '`14.04`', '연.월']],
  ['docker run nginx', 'nginx', ['공식 이미지', '`docker.io/library/nginx`', '`latest`를 써요']],
  ['docker run -it ubuntu:22.04 bash', 'ubuntu:22.04', ['태그 `22.04`']],
];

describe('command hovers: every subcommand and flag states its facts', () => {
  for (const [text, at, facts] of CASES) {
    it(`${text} @ ${at.trim()}`, () => {
      const offset = at.startsWith(' ') ? 1 : 0;
      const ko = hover(text, at, 'ko', offset);
      assert.ok(ko, 'no Korean hover');
      for (const fact of facts) assert.ok(ko.markdown.includes(fact), `missing "${fact}" in:\n${ko.markdown}`);
      assert.ok(!/\{\w+\}/.test(ko.markdown), `unfilled placeholder in:\n${ko.markdown}`);
      const en = hover(text, at, 'en', offset);
      assert.ok(en && en.markdown.trim().length > 0, 'no English hover');
      assert.ok(!/\{\w+\}/.test(en.markdown), `unfilled placeholder in:\n${en.markdown}`);
    });
  }

  it('the ubuntu 22.04 tag gets no "not a real tag" warning', () => {
    const md = hover('docker run -it ubuntu:22.04 bash', 'ubuntu')?.markdown ?? '';
    assert.ok(!md.includes('연.월'), md);
  });

  it('says where a -p value comes from: the hover range covers flag and value', () => {
    const r = hover('docker run -d -p 8080:80 nginx', '8080');
    assert.deepStrictEqual(r?.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 24 } });
  });

  it('a letter of a cluster is explained alone, with its own range', () => {
    const r = hover('docker run -it ubuntu', 't', 'ko', 0);
    assert.ok(r);
  });
});

describe('command hovers: the three ways to share data are told apart (seed 001)', () => {
  const text = fixture('commands', 'seed001.sh');
  it('-v usr/html:… is an invalid volume name', () => {
    assert.ok(hover(text, 'usr/html')?.markdown.includes('볼륨 이름으로 읽어요'));
  });
  it('--volumes-from web1 copies the mounts of web1', () => {
    assert.ok(hover(text, '--volumes-from')?.markdown.includes('컨테이너 `web1`에 있는 모든 마운트'));
  });
  it('ubuntu:14.0.4 is not an Ubuntu version tag', () => {
    assert.ok(hover(text, 'ubuntu:14.0.4')?.markdown.includes('`14.04`'));
  });
});

describe('command hovers in Markdown, through explainAt', () => {
  it('explains a flag inside a bash fence', () => {
    const text = fixture('commands', 'readme.md');
    const doc = parseCommands(text, 'markdown');
    const index = text.indexOf('127.0.0.1:3000:3000');
    const r = explainAt(doc, doc.lines.positionAt(index), { language: 'ko' });
    assert.ok(r?.markdown.includes('`127.0.0.1`에만 묶여서'), r?.markdown);
  });
  it('has nothing to say inside a yaml fence', () => {
    const text = fixture('commands', 'readme.md');
    const doc = parseCommands(text, 'markdown');
    const index = text.indexOf('-p 1:1');
    assert.strictEqual(explainAt(doc, doc.lines.positionAt(index), { language: 'ko' }), null);
  });
});

describe('explainShellTextAt: docker commands inside a Dockerfile RUN', () => {
  it('explains a flag with a range relative to the RUN text', () => {
    const text = 'apk add docker && docker build -t app .';
    const r = explainShellTextAt(text, text.indexOf('-t'), { language: 'ko' });
    assert.ok(r?.markdown.includes('`app`'));
    assert.deepStrictEqual([r?.start, r?.end], [text.indexOf('-t'), text.indexOf('-t') + 6]);
  });
  it('returns null outside a docker command', () => {
    assert.strictEqual(explainShellTextAt('apk add docker', 2, { language: 'ko' }), null);
  });
});

describe('explainCommandLine (CLI explain --command)', () => {
  it('explains a whole command typed after sudo', () => {
    const r = explainCommandLine('sudo docker run -d -p 8080:80 nginx', { language: 'ko' });
    assert.ok(r?.markdown.includes('호스트 8080 → 컨테이너 80'));
    assert.ok(r?.markdown.includes('1. Docker 클라이언트'));
  });
  it('returns null for text without a docker command', () => {
    assert.strictEqual(explainCommandLine('ls -la', { language: 'ko' }), null);
  });
});

describe('explainCommandOnLine (editor command on the current line)', () => {
  const text = 'FROM docker:27\nRUN docker build \\\n    -t app .\n\n$ docker ps -a\n';
  it('takes a RUN line with its continuation as one command', () => {
    const r = explainCommandOnLine(text, 2, { language: 'ko' });
    assert.ok(r?.markdown.startsWith('**`docker build`**'), r?.markdown);
    assert.ok(r?.markdown.includes('`app`'));
  });
  it('drops a shell prompt', () => {
    assert.ok(explainCommandOnLine(text, 4, { language: 'ko' })?.markdown.startsWith('**`docker ps`**'));
  });
  it('returns null for a line without a docker command', () => {
    assert.strictEqual(explainCommandOnLine(text, 0, { language: 'ko' }), null);
  });
});

describe('command topics: data is complete', () => {
  const topics = allTopics().filter((t) => t.id.startsWith('cli.'));
  it('has topics', () => assert.ok(topics.length > 80, String(topics.length)));
  for (const topic of topics) {
    it(`${topic.id} has Korean and English everywhere`, () => {
      for (const text of [topic.title, topic.summary, topic.body, topic.why, ...Object.values(topic.templates ?? {})]) {
        if (!text) continue;
        assert.ok(text.ko.trim() && text.en.trim(), JSON.stringify(text));
      }
      if (topic.concept) assert.ok(['run-flow', 'volumes', 'networks', 'ports', 'isolation', 'images-containers', 'build-push-pull-run', 'compose', 'env-args', 'layers'].includes(topic.concept), topic.concept);
    });
  }
});

describe('the whole command in the panel (review 34, 35)', () => {
  it('numbers the steps with one ordered list, not bullets with "1)" in them', () => {
    for (const command of ['docker run -d -p 8080:80 nginx', 'docker build -t app .']) {
      const md = explainCommandLine(command, { language: 'ko' })?.markdown ?? '';
      const numbered = md.split('\n').filter((l) => /^\d+\. /.test(l));
      assert.ok(numbered.length >= 4, md);
      assert.deepStrictEqual(numbered.map((l) => Number(l.split('.')[0])), numbered.map((_, i) => i + 1), md);
      assert.ok(!/^\s*- \d+\)/m.test(md), `a bullet with its own number:\n${md}`);
    }
  });

  it('a mistaken option comes first in the list, marked, and without repeating itself', () => {
    for (const [lang, says] of [['ko', '⚠ `-d` — `docker build`의 옵션이 아니라 `docker run`, `docker exec`의 옵션이에요. 이대로 실행하면 명령 전체가 실패해요.'], ['en', '⚠ `-d` — not an option of `docker build` but of `docker run`, `docker exec`: as written, the whole command fails.']] as const) {
      const md = explainCommandLine('docker build -t app -d .', { language: lang })?.markdown ?? '';
      const options = md.split('\n').filter((l) => l.startsWith('  - '));
      assert.strictEqual(options[0], `  - ${says}`, md);
      assert.ok(!md.includes('`-d` — `-d`'), md);
    }
    const unknown = explainCommandLine('docker run --detatch nginx', { language: 'ko' })?.markdown ?? '';
    assert.ok(unknown.includes('  - ⚠ `--detatch` — `docker run`에 없는 옵션이에요. 철자를 확인하세요.'), unknown);
  });
});
