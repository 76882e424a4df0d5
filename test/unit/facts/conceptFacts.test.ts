import * as assert from 'assert';
import { parse } from 'yaml';
import { allConcepts, getConcept } from '../../../src/core/knowledge/concepts';
import { flowTexts } from '../../../src/core/knowledge/concepts/flowLayout';
import { panelText } from '../../../src/core/knowledge/concepts/panelText';

// Findings of the facts review (shared/reviews/facts-dockerfile-commands.md) about the concept
// pages and the panel, and the topics it found missing (issue 10 §4): each row is a page, the
// corrected sentence it must state, the wrong one it must no longer state, and the source.

function pageText(id: string, lang: 'ko' | 'en' = 'ko'): string {
  const c = getConcept(id);
  assert.ok(c, id);
  const labels = flowTexts(c.diagram);
  return [c.summary, ...c.sections.flatMap((s) => [s.heading, s.body]), c.example.caption, ...labels]
    .filter((l) => l !== undefined)
    .map((l) => l[lang])
    .concat(c.example.code)
    .join('\n');
}

interface Row {
  finding: string;
  page: string;
  says: string[];
  never: string[];
  source: string;
}

const ROWS: Row[] = [
  { finding: '12', page: 'compose', says: ['secrets:\n      - db_password', 'file: ./db_password.txt'], never: [], source: 'https://docs.docker.com/compose/how-tos/use-secrets/' },
  { finding: '29', page: 'run-flow', says: ['클라이언트가 "Unable to find image … locally"를 출력하고, 데몬에 Docker Hub에서 pull하라고 요청'], never: ['없으면 "Unable to find image … locally"를 출력하고 Docker Hub에서 pull해요'], source: 'docker/cli cli/command/container/create.go (pull on "No such image", then create again)' },
  { finding: '30', page: 'containers-vs-vms', says: ['Docker 데몬은 옆에서 관리만 해요', 'OS가 부팅해야 시작', '커널 부팅 없이 프로세스처럼 시작'], never: ['컨테이너 엔진 (도커 데몬)', 'GB 단위, 분 단위 부팅', '수십 초', '1초 안팎'], source: 'https://docs.docker.com/get-started/docker-overview/#docker-architecture' },
  { finding: '31', page: 'networks', says: ['네트워크마다 따로 만든 브리지(`br-…`)'], never: ['veth 쌍으로 호스트의 브리지(`docker0`)에 연결돼요'], source: 'https://docs.docker.com/engine/network/drivers/bridge/' },
  { finding: '36', page: 'why-containers', says: ['이미지와 볼륨, 빌드 캐시는 남으니'], never: ['호스트에는 흔적이 남지 않아요'], source: 'https://docs.docker.com/reference/cli/docker/container/rm/' },
  { finding: '37', page: 'compose', says: ['파일 최상위(들여쓰기 없는) `volumes:`, `networks:`'], never: ['파일 맨 아래'], source: 'https://docs.docker.com/reference/compose-file/volumes/' },
  { finding: 'K9', page: 'run-flow', says: ['Docker 클라이언트', 'Docker 데몬'], never: ['도커'], source: 'DESIGN.md vocabulary' },
  { finding: 'K9', page: 'networks', says: ['Docker 데몬은 `docker0`'], never: ['도커'], source: 'DESIGN.md vocabulary' },
  { finding: 'K11', page: 'networks', says: ['바꿔 줘요'], never: ['바꿔줘요'], source: 'review K11' },
  { finding: 'K24', page: 'why-containers', says: ['컨테이너의 한계: 커널은 호스트 것'], never: ['컨테이너가 하지 않는 일'], source: 'review K24' },
  { finding: '§4 firewall', page: 'ports', says: ['`ufw deny 8080`을 해도', '`DOCKER-USER` 체인', '`127.0.0.1:`에 게시하세요'], never: [], source: 'https://docs.docker.com/engine/network/packet-filtering-firewalls/#docker-and-ufw' },
  { finding: '§4 IPv6', page: 'ports', says: ['`-p "[::1]:8080:80"`'], never: [], source: 'https://docs.docker.com/engine/network/port-publishing/' },
  { finding: '§4 bind hides', page: 'volumes', says: ['이미지의 파일은 가려져서 보이지 않아요', '비어 있는 볼륨', '바인드 마운트에는 이런 복사가 없어요'], never: [], source: 'https://docs.docker.com/engine/storage/bind-mounts/#bind-mounting-over-existing-data' },
  { finding: '§4 .dockerignore', page: 'build-push-pull-run', says: ['`.dockerignore`', '`COPY . .`에도 들어가지 않아요', '`!`로 시작하면 예외', '마지막 줄이 이겨요'], never: [], source: 'https://docs.docker.com/build/concepts/context/#dockerignore-files' },
  { finding: '§4 down -v', page: 'compose', says: ['`docker compose down -v`: 최상위 `volumes:`에 선언한 이름 있는 볼륨과 컨테이너의 익명 볼륨까지 지워요', '`external: true`', '`docker run --rm`'], never: [], source: 'https://docs.docker.com/reference/cli/docker/compose/down/' },
];

describe('facts review: concept pages say what Docker does', () => {
  for (const row of ROWS) {
    it(`finding ${row.finding}: ${row.page}`, () => {
      const text = pageText(row.page);
      for (const s of row.says) assert.ok(text.includes(s), `finding ${row.finding}: missing "${s}" (source: ${row.source})`);
      for (const s of row.never) assert.ok(!text.includes(s), `finding ${row.finding}: still says "${s}"`);
    });
  }

  it('finding 40: the panel says the writable layer comes with the container, not with docker run only', () => {
    assert.match(panelText.writableLayerNote.ko, /컨테이너를 만들 때\(docker run, docker create\)/);
    assert.doesNotMatch(panelText.writableLayerNote.ko, /^docker run 때 생겨요/);
  });

  it('K11: the panel spells 보여 줘요 with a space', () => {
    for (const [key, text] of Object.entries(panelText)) assert.doesNotMatch(text.ko, /보여줘요/, key);
  });

  // Finding 12 in general: a Compose example that reads a secret file must mount that secret,
  // or the image's entrypoint finds no file and the container exits.
  it('finding 12: every Compose example mounts the secrets its *_FILE variables read', () => {
    for (const c of allConcepts()) {
      if (c.example.language !== 'yaml') continue;
      const doc = parse(c.example.code) as { services?: Record<string, { environment?: Record<string, string>; secrets?: (string | { source: string })[] }>; secrets?: Record<string, unknown> };
      for (const [name, service] of Object.entries(doc.services ?? {})) {
        for (const value of Object.values(service.environment ?? {})) {
          const m = /^\/run\/secrets\/(.+)$/.exec(String(value));
          if (!m) continue;
          const mounted = (service.secrets ?? []).map((s) => (typeof s === 'string' ? s : s.source));
          assert.ok(mounted.includes(m[1]), `${c.id}: service ${name} reads /run/secrets/${m[1]} without mounting the secret`);
          assert.ok(doc.secrets && m[1] in doc.secrets, `${c.id}: secret ${m[1]} is not declared at the top level`);
        }
      }
    }
  });

  it('the new sections have English too', () => {
    assert.ok(pageText('ports', 'en').includes('DOCKER-USER'));
    assert.ok(pageText('volumes', 'en').includes('hides'));
    assert.ok(pageText('build-push-pull-run', 'en').includes('.dockerignore'));
  });
});
