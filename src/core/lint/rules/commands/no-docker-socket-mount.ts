import type { Localized } from '../../../types';
import type { RuleContext } from '../../types';
import { parseVolumeShort } from '../../../model/composeVolumes';
import { DOCKER_SOCKET, parseMountFlag } from '../../../model/dockerMounts';
import { containerCommands, knownFlags, spanRange, valuePart } from './shared';

// `-v /var/run/docker.sock:/var/run/docker.sock` or `--mount type=bind,source=/var/run/docker.sock,…`
// hands the container the Docker API, and with it root on the host.
export const commandMessages: Record<string, Localized> = {
  'command-socket': {
    ko: '‘{source}’을/를 컨테이너에 마운트해요. 이 소켓으로 Docker 데몬에 명령할 수 있어서, 데몬이 가진 권한(보통 호스트의 root)을 그대로 주는 셈이에요. ‘:ro’를 붙여도 API 요청은 막지 못해요.',
    en: 'Mounts ‘{source}’: access to the Docker daemon gives what the daemon has (usually root on the host), and ‘:ro’ does not stop API calls.',
  },
};

export function checkCommands({ doc, report }: RuleContext): void {
  if (doc.kind !== 'commands') return;
  for (const command of containerCommands(doc)) {
    for (const flag of knownFlags(command, 'volume', 'mount')) {
      if (flag.value === undefined || !flag.valueSpan) continue;
      if (flag.name === 'volume') {
        const spec = parseVolumeShort(flag.value, 'docker');
        if (!spec.source || !DOCKER_SOCKET.test(spec.source)) continue;
        const span = valuePart(flag, spec.sourceStart, spec.source.length) ?? flag.valueSpan;
        report({ range: spanRange(doc, span), messageId: 'command-socket', data: { source: spec.source } });
      } else {
        const mount = parseMountFlag(flag.value);
        if (mount.type !== 'bind' || !mount.source || !DOCKER_SOCKET.test(mount.source)) continue;
        report({ range: spanRange(doc, flag.valueSpan), messageId: 'command-socket', data: { source: mount.source } });
      }
    }
  }
}
