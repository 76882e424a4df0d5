import type { Rule } from '../types';
import { checkCommands, commandMessages } from './commands/no-docker-socket-mount';
import { allServiceMounts } from '../../model/composeVolumes';
import { DOCKER_SOCKET } from '../../model/dockerMounts';
import { getPair, pairRange, scalarText } from '../../documents/composeDocument';

// Whoever can talk to the Docker socket can start a privileged container with the host's root
// filesystem mounted: the socket gives whatever the daemon has (root on the host, or the user's
// rights under rootless Docker). `:ro` does not help, since it only stops the file from being
// replaced, not requests from being sent. `use_api_socket: true` (compose-spec schema: "Bind
// mount Docker API socket and required auth") mounts it too, with the registry credentials.
export const noDockerSocketMount: Rule = {
  meta: {
    id: 'no-docker-socket-mount',
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'warning',
    title: {
      ko: 'Docker 소켓(‘/var/run/docker.sock’)을 컨테이너에 마운트하지 않아요',
      en: 'Do not mount the Docker socket into containers',
    },
    sources: [
      'https://docs.docker.com/engine/security/#docker-daemon-attack-surface',
      'https://docs.docker.com/reference/compose-file/services/#use_api_socket',
    ],
    messages: {
      socket: {
        ko: '서비스 ‘{service}’에 ‘{source}’을/를 마운트해요. 이 소켓으로 Docker 데몬에 명령할 수 있어서, 데몬이 가진 권한(보통 호스트의 root)을 그대로 주는 셈이에요. ‘:ro’를 붙여도 API 요청은 막지 못해요. 꼭 필요한 도구에만 쓰세요.',
        en: 'Service ‘{service}’ mounts ‘{source}’: access to the Docker daemon gives what the daemon has (usually root on the host), and ‘:ro’ does not stop API calls. Use it only for tools that truly need it.',
      },
      apiSocket: {
        ko: '서비스 ‘{service}’에 ‘use_api_socket: true’가 있어요. Compose가 Docker API 소켓과 레지스트리 인증 정보를 컨테이너에 넣어서, 데몬이 가진 권한(보통 호스트의 root)과 로그인 정보를 함께 주는 셈이에요. 꼭 필요한 도구에만 쓰세요.',
        en: 'Service ‘{service}’ sets ‘use_api_socket: true’: Compose mounts the Docker API socket and the registry credentials, giving the daemon’s rights (usually root on the host) and your logins. Use it only for tools that truly need it.',
      },
      ...commandMessages,
    },
  },
  check(context) {
    const { doc, report } = context;
    // docker run / create in shell scripts and Markdown: the command-side check of the same rule.
    if (doc.kind === 'commands') return checkCommands(context);
    if (doc.kind !== 'compose') return;
    for (const mount of allServiceMounts(doc)) {
      // A `${XDG_RUNTIME_DIR}/docker.sock` source has no type until interpolation: still the socket.
      if ((mount.type !== 'bind' && mount.type !== undefined) || !mount.source || !DOCKER_SOCKET.test(mount.source)) continue;
      report({ range: mount.sourceRange ?? mount.range, messageId: 'socket', data: { service: mount.service.name, source: mount.source } });
    }
    for (const service of doc.services) {
      const pair = getPair(service.map, 'use_api_socket');
      if (!pair || scalarText(pair.value) !== 'true') continue;
      report({ range: pairRange(pair, doc.lines) ?? service.keyRange, messageId: 'apiSocket', data: { service: service.name } });
    }
  },
};
