import { dockerfileRule } from './dockerfile/defineRule';
import { resolveText } from '../../model/dockerfileVariables';
import { keywordOf, lineage } from './dockerfile/stages';

// Which user the container runs as is decided by the last USER of the final stage (or of the
// stages it is built on), else by the base image. We report only an explicit `USER root`
// (or `0`) left in effect at the end — typically switched to for an install and never switched
// back. A Dockerfile with no USER at all is not reported: the base image may already set a
// non-root user (distroless `:nonroot`, many vendor images), and official images run as root
// by design, leaving the choice to `docker run --user`. We cannot see the base image, so saying
// "runs as root" there would be a guess.

export const noRootUser = dockerfileRule(
  {
    id: 'no-root-user',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '최종 이미지가 root로 실행되게 두지 않아요', en: 'The final image should not run as root' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#user',
      'https://docs.docker.com/build/building/best-practices/#user',
    ],
    messages: {
      root: {
        ko: '마지막 ‘USER {user}’ 때문에 컨테이너의 프로세스가 root로 실행돼요. 컨테이너 안의 root는 따로 설정하지 않으면 호스트의 root와 같은 사용자 ID(0)여서, 앱이 뚫리거나 컨테이너를 벗어나는 취약점이 있을 때 피해가 커져요. 설치를 마친 뒤 ‘USER app’처럼 일반 사용자로 바꾸세요. root가 꼭 필요하면(예: cron 데몬) 이 줄에서 규칙을 끄고 이유를 남기세요.',
        en: 'The last ‘USER {user}’ makes the container run as root (UID 0, the host\'s root unless user namespaces are set up). Switch to an unprivileged user (e.g. ‘USER app’) once installs are done, or switch the rule off here with a reason if root is required.',
      },
    },
    equivalents: { hadolint: ['DL3002'] },
  },
  (doc, report) => {
    const final = doc.stages[doc.stages.length - 1];
    if (!final) return;
    const users = lineage(doc, final).reverse().flatMap((s) => s.instructions.filter((i) => keywordOf(i) === 'USER'));
    const last = users[users.length - 1];
    const arg = last?.getArguments()[0];
    if (!last || !arg) return;
    const user = resolveText(doc, arg.getValue(), last.getRange().start.line);
    if (user === undefined) return;
    const name = user.split(':')[0];
    if (name !== 'root' && name !== '0') return;
    report({ range: arg.getRange(), messageId: 'root', data: { user: arg.getValue() } });
  },
);
