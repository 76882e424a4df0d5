import type { Rule } from '../types';
import { checkCommands, commandMessages } from './commands/no-privileged';
import { getPair, pairRange, scalarText } from '../../documents/composeDocument';

// `privileged: true` lifts the isolation a container relies on: every device of the host,
// all capabilities, no seccomp/AppArmor profile. A warning, not an error: some tools
// (Docker-in-Docker, hardware access) really need it, and the team can say so in one place.
export const noPrivileged: Rule = {
  meta: {
    id: 'no-privileged',
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'warning',
    title: {
      ko: '컨테이너를 ‘privileged’로 실행하지 않아요',
      en: 'Do not run containers privileged',
    },
    sources: [
      'https://docs.docker.com/reference/cli/docker/container/run/#privileged',
      'https://docs.docker.com/reference/compose-file/services/#privileged',
    ],
    messages: {
      privileged: {
        ko: '서비스 ‘{service}’이/가 ‘privileged: true’로 실행돼요. 이 컨테이너는 호스트의 모든 장치에 접근하고 모든 케이퍼빌리티(capability)를 받아서, 컨테이너가 뚫리면 호스트까지 넘어가요. 필요한 케이퍼빌리티만 ‘cap_add’나 ‘devices’로 주세요.',
        en: 'Service ‘{service}’ runs with ‘privileged: true’: it gets every host device and capability, so a compromised container means a compromised host. Grant only what it needs with ‘cap_add’ or ‘devices’.',
      },
      ...commandMessages,
    },
  },
  check(context) {
    const { doc, report } = context;
    // docker run / create in shell scripts and Markdown: the command-side check of the same rule.
    if (doc.kind === 'commands') return checkCommands(context);
    if (doc.kind !== 'compose') return;
    for (const service of doc.services) {
      const pair = getPair(service.map, 'privileged');
      if (!pair || scalarText(pair.value) !== 'true') continue;
      const range = pairRange(pair, doc.lines);
      if (range) report({ range, messageId: 'privileged', data: { service: service.name } });
    }
  },
};
