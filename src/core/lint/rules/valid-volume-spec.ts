import type { Localized } from '../../types';
import type { Rule } from '../types';
import { checkCommands, commandMessages } from './commands/valid-volume-spec';
import { allServiceMounts, serviceVolumesFrom } from '../../model/composeVolumes';
import type { VolumeProblemCode } from '../../model/composeVolumes';

// What a mount means is read by model/composeVolumes (the way compose-go reads it); this rule
// only words the problems it finds and puts them on the piece that is wrong.
const MESSAGES: Record<VolumeProblemCode | 'bad-access' | 'service-prefix', Localized> = {
  empty: { ko: '볼륨 항목이 비어 있어요.', en: 'The volume entry is empty.' },
  'empty-section': {
    ko: '‘{text}’에 ‘::’처럼 빈 칸이 있어요. 형식은 ‘소스:컨테이너 경로[:옵션]’이에요.',
    en: '‘{text}’ has an empty field (‘::’). The format is ‘SOURCE:TARGET[:OPTIONS]’.',
  },
  'too-many-colons': {
    ko: '‘{text}’에 콜론이 너무 많아요 (‘{detail}’). 형식은 ‘소스:컨테이너 경로[:옵션]’이에요.',
    en: '‘{text}’ has too many colons (‘{detail}’). The format is ‘SOURCE:TARGET[:OPTIONS]’.',
  },
  'relative-target': {
    ko: '컨테이너 경로 ‘{detail}’이/가 절대 경로가 아니에요. Docker가 "mount path must be absolute" 오류를 내요. ‘/{detail}’처럼 ‘/’로 시작하세요.',
    en: 'The container path ‘{detail}’ is not absolute; Docker rejects it. Start it with ‘/’.',
  },
  'invalid-volume-name': {
    ko: '‘{detail}’은/는 ‘./’, ‘/’, ‘~’로 시작하지 않아서 Compose가 호스트 경로가 아니라 볼륨 이름으로 읽어요. 그런데 볼륨 이름에는 영문자, 숫자, ‘_’, ‘.’, ‘-’만 쓸 수 있어요. 호스트 폴더를 뜻했다면 ‘./{detail}’처럼 쓰세요(바인드 마운트).',
    en: '‘{detail}’ does not start with ‘./’, ‘/’ or ‘~’, so Compose reads it as a volume name, and volume names hold only letters, digits, ‘_’, ‘.’ and ‘-’. For a host folder write ‘./{detail}’ (bind mount).',
  },
  // R11: compose-go format/volume.go ignores unknown short-syntax options (a warning, not an error).
  'unknown-option': {
    ko: '마운트 옵션 ‘{detail}’은/는 Compose가 모르는 옵션이라 조용히 무시돼요. 그래서 이 마운트는 읽기·쓰기로 붙어요. ‘ro’를 뜻했나요? 쓸 수 있는 것: ‘ro’, ‘rw’, ‘z’, ‘Z’, ‘nocopy’, 바인드 전파(‘shared’, ‘rshared’, ‘slave’, ‘rslave’, ‘private’, ‘rprivate’).',
    en: 'Compose silently ignores the unknown mount option ‘{detail}’, so this mount is read-write. Did you mean ‘ro’? Valid: ‘ro’, ‘rw’, ‘z’, ‘Z’, ‘nocopy’, and bind propagation modes.',
  },
  'missing-target': {
    ko: '긴 형식 마운트에 ‘target’(컨테이너 경로)이 없어요. 어디에 마운트할지 정하세요.',
    en: 'The long-syntax mount has no ‘target’ (container path).',
  },
  'missing-type': {
    ko: '긴 형식 마운트에 ‘type’이 없어요. ‘volume’, ‘bind’, ‘tmpfs’ 중 하나를 쓰세요.',
    en: 'The long-syntax mount has no ‘type’: use ‘volume’, ‘bind’ or ‘tmpfs’.',
  },
  'unknown-type': {
    ko: '마운트 종류 ‘{detail}’은/는 없어요. ‘volume’, ‘bind’, ‘tmpfs’, ‘image’, ‘npipe’, ‘cluster’ 중 하나예요.',
    en: 'Unknown mount type ‘{detail}’: use ‘volume’, ‘bind’, ‘tmpfs’, ‘image’, ‘npipe’ or ‘cluster’.',
  },
  'missing-source': {
    ko: '‘type: {detail}’ 마운트에 ‘source’가 없어요. 무엇을 마운트할지 정하세요.',
    en: 'The ‘type: {detail}’ mount has no ‘source’.',
  },
  'source-on-tmpfs': {
    ko: 'tmpfs 마운트는 메모리에 새로 만들어져서 ‘source’(‘{detail}’)을/를 쓰지 않아요. ‘source’를 지우거나 종류를 바꾸세요.',
    en: 'A tmpfs mount is created in memory and takes no ‘source’ (‘{detail}’).',
  },
  'bad-access': {
    ko: '‘volumes_from’의 모드 ‘{detail}’은/는 쓸 수 없어요. ‘ro’(읽기 전용)나 ‘rw’(읽기·쓰기)만 돼요.',
    en: 'The ‘volumes_from’ mode ‘{detail}’ is not valid: use ‘ro’ or ‘rw’.',
  },
  'service-prefix': {
    ko: '‘{text}’의 ‘service:’ 접두사는 예전 docker-compose v1 형식이에요. 지금의 Compose는 ‘service’라는 서비스를 찾아요. 서비스 이름만 쓰세요.',
    en: 'The ‘service:’ prefix in ‘{text}’ is docker-compose v1 syntax; today Compose looks for a service called ‘service’. Write the service name only.',
  },
};

export const validVolumeSpec: Rule = {
  meta: {
    id: 'valid-volume-spec',
    kinds: ['compose', 'shell', 'markdown'],
    severity: 'error',
    title: {
      ko: '마운트 항목은 올바른 소스, 절대 경로 대상, 알려진 옵션으로 써요',
      en: 'Mounts need a valid source, an absolute target and known options',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#volumes',
      'https://docs.docker.com/reference/cli/docker/container/run/#volume',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/format/volume.go',
    ],
    messages: { ...MESSAGES, ...commandMessages },
  },
  check(context) {
    const { doc, report } = context;
    // docker run / create in shell scripts and Markdown: the command-side check of the same rule.
    if (doc.kind === 'commands') return checkCommands(context);
    if (doc.kind !== 'compose') return;
    for (const mount of allServiceMounts(doc)) {
      for (const problem of mount.problems) {
        const range =
          problem.code === 'invalid-volume-name' ? (mount.sourceRange ?? mount.range) : problem.code === 'relative-target' ? (mount.targetRange ?? mount.range) : mount.range;
        report({ range, messageId: problem.code, data: { text: mount.text, detail: problem.detail }, maxSeverity: problem.code === 'unknown-option' ? 'warning' : undefined });
      }
    }
    for (const service of doc.services) {
      for (const entry of serviceVolumesFrom(doc, service)) {
        for (const problem of entry.problems) {
          if (problem.code === 'empty') continue;
          report({ range: entry.range, messageId: problem.code, data: { text: entry.text, detail: problem.detail } });
        }
      }
    }
  },
};
