import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands } from './dockerfile/commands';

// RUN already runs as root unless a USER says otherwise. `sudo` in a build is either
// unnecessary, or a sign that the image keeps sudo (and a password-less rule) for later use:
// a way back to root for anything that gets into the container.

export const noSudo = dockerfileRule(
  {
    id: 'no-sudo',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'RUN에서 ‘sudo’를 쓰지 않아요', en: 'Do not use sudo in RUN' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#user',
    ],
    messages: {
      sudo: {
        ko: '‘sudo {command}’: RUN은 USER로 바꾸지 않는 한 이미 root로 실행돼요. root가 필요한 단계는 앞에 ‘USER root’를, 끝나면 다시 일반 사용자로 USER를 쓰세요. 이미지에 ‘sudo’를 남기면 컨테이너 안에서 root로 돌아갈 길이 생겨요.',
        en: '‘sudo {command}’: RUN already runs as root unless USER changed it. Switch with ‘USER root’ … ‘USER app’ instead; sudo left in the image is a way back to root.',
      },
    },
    equivalents: { hadolint: ['DL3004'] },
  },
  (doc, report) => {
    for (const { command, resolved } of allCommands(doc)) {
      for (const wrapper of resolved.wrappers) {
        if (wrapper.text !== 'sudo') continue;
        report({ range: doc.lines.range(wrapper.start, wrapper.end), messageId: 'sudo', data: { command: resolved.programIndex >= 0 ? command.words[resolved.programIndex].text : '' } });
      }
    }
  },
);
