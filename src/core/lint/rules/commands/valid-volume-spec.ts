import type { Localized } from '../../../types';
import type { RuleContext } from '../../types';
import { parseVolumeShort } from '../../../model/composeVolumes';
import { containerCommands, knownFlags, spanRange, valuePart } from './shared';

// `docker run -v` values read the way the docker CLI reads them: a first field that does not
// start with `/`, `.` or `~` is a volume NAME, and a name cannot hold `/` (seed 001's
// `-v usr/html:/usr/share/nginx/html`). The container path must be absolute.
export const commandMessages: Record<string, Localized> = {
  'command-invalid-volume-name': {
    ko: '‘{source}’은/는 ‘/’나 ‘./’로 시작하지 않아서 Docker가 호스트 경로가 아니라 볼륨 이름으로 읽어요. 볼륨 이름에는 ‘/’를 쓸 수 없어서 "includes invalid characters for a local volume name" 오류가 나요. 호스트 폴더라면 ‘./{source}’ 또는 "$(pwd)/{source}"처럼 쓰세요(바인드 마운트).',
    en: '‘{source}’ does not start with ‘/’ or ‘./’, so Docker reads it as a volume name, and names cannot contain ‘/’. For a host folder write ‘./{source}’ or "$(pwd)/{source}" (bind mount).',
  },
  'command-relative-target': {
    ko: '컨테이너 경로 ‘{target}’이/가 절대 경로가 아니에요. Docker가 "mount path must be absolute" 오류를 내요. ‘/’로 시작하세요.',
    en: 'The container path ‘{target}’ is not absolute; Docker rejects it. Start it with ‘/’.',
  },
  'command-too-many-colons': {
    ko: '‘-v {value}’에 콜론이 너무 많아요. 형식은 ‘소스:컨테이너 경로[:옵션]’이에요.',
    en: '‘-v {value}’ has too many colons. The format is ‘SOURCE:TARGET[:OPTIONS]’.',
  },
  'command-empty-section': {
    ko: '‘-v {value}’에 ‘::’처럼 빈 칸이 있어요. 형식은 ‘소스:컨테이너 경로[:옵션]’이에요.',
    en: '‘-v {value}’ has an empty field. The format is ‘SOURCE:TARGET[:OPTIONS]’.',
  },
  'command-unknown-option': {
    // The daemon rejects an unknown -v mode ("invalid mode"), unlike Compose which ignores it.
    ko: '마운트 옵션 ‘{detail}’은/는 알 수 없는 옵션이라 Docker가 "invalid mode" 오류를 내요. 쓸 수 있는 것: ‘ro’, ‘rw’, ‘z’, ‘Z’, ‘nocopy’, 바인드 전파(‘shared’, ‘rshared’, ‘slave’, ‘rslave’, ‘private’, ‘rprivate’).',
    en: 'Unknown mount option ‘{detail}’: Docker fails with "invalid mode".',
  },
};

export function checkCommands({ doc, report }: RuleContext): void {
  if (doc.kind !== 'commands') return;
  for (const command of containerCommands(doc)) {
    for (const flag of knownFlags(command, 'volume')) {
      if (flag.value === undefined || !flag.valueSpan) continue;
      const spec = parseVolumeShort(flag.value, 'docker');
      for (const problem of spec.problems) {
        if (problem.code === 'invalid-volume-name') {
          const span = valuePart(flag, spec.sourceStart, (spec.source ?? '').length) ?? flag.valueSpan;
          report({ range: spanRange(doc, span), messageId: 'command-invalid-volume-name', data: { source: spec.source ?? '' } });
        } else if (problem.code === 'relative-target') {
          const span = valuePart(flag, spec.targetStart, (spec.target ?? '').length) ?? flag.valueSpan;
          report({ range: spanRange(doc, span), messageId: 'command-relative-target', data: { target: problem.detail } });
        } else if (problem.code === 'too-many-colons' || problem.code === 'empty-section' || problem.code === 'unknown-option') {
          report({ range: spanRange(doc, flag.valueSpan), messageId: `command-${problem.code}`, data: { value: flag.value, detail: problem.detail } });
        }
      }
    }
  }
}
