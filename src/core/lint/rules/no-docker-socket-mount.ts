import type { Rule } from '../types';
import { checkCommands, commandMessages } from './commands/no-docker-socket-mount';
import { allServiceMounts } from '../../model/composeVolumes';

const SOCKETS = new Set(['/var/run/docker.sock', '/run/docker.sock', '//var/run/docker.sock']);

// Whoever can talk to the Docker socket can start a privileged container with the host's root
// filesystem mounted: the socket is root on the host. `:ro` does not help, since it only
// stops the file from being replaced, not requests from being sent.
export const noDockerSocketMount: Rule = {
  meta: {
    id: 'no-docker-socket-mount',
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'warning',
    title: {
      ko: 'Docker 소켓(`/var/run/docker.sock`)을 컨테이너에 마운트하지 않아요',
      en: 'Do not mount the Docker socket into containers',
    },
    sources: [
      'https://docs.docker.com/engine/security/#docker-daemon-attack-surface',
    ],
    messages: {
      socket: {
        ko: '서비스 `{service}`에 `{source}`을/를 마운트해요. 이 소켓으로 Docker 데몬에 명령할 수 있고, Docker 데몬은 호스트의 root 권한으로 돌아서 사실상 호스트의 root를 주는 것과 같아요. `:ro`를 붙여도 API 요청은 막지 못해요. 꼭 필요한 도구에만 쓰세요.',
        en: 'Service `{service}` mounts `{source}`: access to the Docker daemon is root on the host, and `:ro` does not stop API calls. Use it only for tools that truly need it.',
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
      if (mount.type !== 'bind' || !mount.source || !SOCKETS.has(mount.source)) continue;
      report({ range: mount.sourceRange ?? mount.range, messageId: 'socket', data: { service: mount.service.name, source: mount.source } });
    }
  },
};
