import type { Concept } from './types';
import { L } from './diagramKit';
import { group, node, note, row } from './flowKit';

export const imagesContainers: Concept = {
  id: 'images-containers',
  title: L('이미지와 컨테이너', 'Images and containers'),
  summary: L(
    '이미지는 읽기 전용 레이어를 쌓은 불변의 틀이고, 컨테이너는 그 위에 얇은 쓰기 레이어 하나를 얹어 실행한 것이에요. 컨테이너를 지우면 그 쓰기 레이어도 함께 사라져요.',
    'An image is an immutable stack of read-only layers; a container is that stack plus one thin writable layer. Removing the container removes that layer.',
  ),
  diagram: {
    description: L(
      '읽기 전용 레이어 세 개로 된 이미지 하나를 컨테이너 두 개가 함께 쓰고, 각 컨테이너는 자기만의 쓰기 레이어를 맨 위에 가진 그림이에요.',
      'Two containers share one image of three read-only layers; each has its own writable layer on top.',
    ),
    items: [
      row(
        node('writable', L('쓰기 레이어', 'Writable layer'), { dashed: true, lines: [L('컨테이너 A', 'container A')] }),
        node('writable', L('쓰기 레이어', 'Writable layer'), { dashed: true, lines: [L('컨테이너 B', 'container B')] }),
      ),
      group('image', L('이미지: 읽기 전용 레이어들', 'Image: read-only layers'), [
        node('image', L('레이어 3: COPY . /app', 'Layer 3: COPY . /app')),
        node('image', L('레이어 2: RUN apt-get install …', 'Layer 2: RUN apt-get install …')),
        node('image', L('레이어 1: 베이스 이미지 debian', 'Layer 1: base image debian')),
      ]),
      note(L('두 컨테이너가 이미지 하나를 함께 써요', 'Both containers share one image')),
      note(L('컨테이너 = 이미지 + 쓰기 레이어 하나', 'Container = image + one writable layer'), 'accent'),
      note(L('docker rm → 쓰기 레이어의 변경이 사라져요', 'docker rm → writable layer changes are gone'), 'danger'),
    ],
    arrows: [],
  },
  sections: [
    {
      heading: L('이미지(image)는 바뀌지 않아요', 'Images do not change'),
      body: L(
        '이미지는 파일 시스템 레이어들과 설정(실행할 명령, 환경 변수, 노출 포트 등)으로 만들어져요. 한번 만든 이미지는 고칠 수 없어요. 바꾸려면 새 이미지를 빌드하세요.\n\n같은 이미지에서 컨테이너를 몇 개를 띄워도 레이어는 디스크에 한 번만 있어요.',
        'An image is filesystem layers plus configuration (command, environment, exposed ports). It cannot be edited; you build a new one. Many containers share its layers on disk.',
      ),
    },
    {
      heading: L('컨테이너(container)는 쓰기 레이어를 더해요', 'A container adds a writable layer'),
      body: L(
        '컨테이너를 만들면 Docker가 이미지 위에 얇은 쓰기 레이어를 얹어요. 컨테이너 안에서 파일을 만들거나 고치면 모두 이 레이어에 기록돼요(이미지 파일을 고치면 복사본이 이 레이어로 올라와요: copy-on-write).\n\n- `docker stop`으로 멈춰도 쓰기 레이어는 남아요.\n- `docker rm`으로 지우면 쓰기 레이어와 그 안의 데이터가 함께 사라져요.\n- 남겨야 할 데이터는 볼륨이나 바인드 마운트에 둬요.',
        'Creating a container puts a thin writable layer on the image; every change goes there (copy-on-write).\n\n- `docker stop` keeps it.\n- `docker rm` deletes it with its data.\n- Keep data in volumes or bind mounts.',
      ),
    },
  ],
  example: {
    language: 'shell',
    code: 'docker run --name demo alpine:3.20 sh -c "echo hi > /note.txt"\ndocker diff demo      # A /note.txt: 쓰기 레이어에 추가된 파일\ndocker rm demo        # 컨테이너와 쓰기 레이어를 지워요\ndocker run --rm alpine:3.20 cat /note.txt   # 없어요: 이미지는 그대로예요',
    caption: L('`docker diff`는 쓰기 레이어의 변경을 보여 줘요.', '`docker diff` lists the writable layer\'s changes.'),
  },
  related: ['layers', 'volumes', 'run-flow'],
  docs: [
    { url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/', title: L('What is an image?', 'What is an image?') },
    { url: 'https://docs.docker.com/engine/storage/drivers/', title: L('Storage drivers', 'Storage drivers') },
  ],
  sources: [
    'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/#explanation',
    'https://docs.docker.com/engine/storage/drivers/#container-and-layers',
  ],
  keywords: ['image', 'container', '이미지', '컨테이너', 'writable layer', '쓰기 레이어', 'read-only', '읽기 전용', 'copy-on-write', 'docker rm'],
};
