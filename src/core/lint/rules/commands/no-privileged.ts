import type { Localized } from '../../../types';
import type { RuleContext } from '../../types';
import { knownFlags, spanRange } from './shared';

// `--privileged` on `docker run`, `docker create` or `docker exec`: every capability and
// device, no seccomp/AppArmor profile. `--privileged=false` is the default spelled out.
const PRIVILEGED_COMMANDS = new Set(['run', 'create', 'exec', 'compose exec']);

export const commandMessages: Record<string, Localized> = {
  'command-privileged': {
    ko: '‘{command}’에 --privileged를 줬어요. 이 컨테이너는 호스트의 모든 장치에 접근하고 모든 케이퍼빌리티(capability)를 받아서, 컨테이너가 뚫리면 호스트까지 넘어가요. 필요한 케이퍼빌리티만 --cap-add나 --device로 주세요.',
    en: '‘{command}’ runs with --privileged: every host device and capability, so a compromised container means a compromised host. Grant only what it needs with --cap-add or --device.',
  },
};

export function checkCommands({ doc, report }: RuleContext): void {
  if (doc.kind !== 'commands') return;
  for (const command of doc.commands) {
    if (!PRIVILEGED_COMMANDS.has(command.parsed.key)) continue;
    for (const flag of knownFlags(command, 'privileged')) {
      if (flag.value !== undefined && /^(false|0)$/i.test(flag.value)) continue;
      const title = [command.parsed.programWord.value, ...command.parsed.pathWords.map((w) => w.value)].join(' ');
      report({ range: spanRange(doc, flag.span), messageId: 'command-privileged', data: { command: title } });
    }
  }
}
