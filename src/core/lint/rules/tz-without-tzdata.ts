import { dockerfileRule } from './dockerfile/defineRule';
import { keywordOf, shippedStageIndexes } from './dockerfile/stages';
import { installedPackages, lineageCommands, lineageText, stageBase } from './dockerfile/baseImage';
import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import { declarations, resolveText } from '../../model/dockerfileVariables';

// `ENV TZ=Asia/Seoul` only names a file: the C library reads /usr/share/zoneinfo/Asia/Seoul. The
// Ubuntu and Alpine images have no zoneinfo (no tzdata package), so the name points nowhere and
// programs keep UTC without an error (glibc and musl fall back to UTC; Go's time package too unless it
// embeds time/tzdata). Java and Node.js carry their own zone data (the JDK's tzdb.dat, ICU) and may
// honour TZ anyway, so the message speaks of the C library. Only images we know (knowledge/baseImages.ts) are judged;
// POSIX strings such as `KST-9` need no file and are left alone.

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*\/[A-Za-z0-9_+/-]+$/;
const UTC_NAMES = /^(?:Etc\/)?(?:UTC|UCT|GMT|Universal|Zulu|Greenwich)(?:[+-]0)?$/i;

export const tzWithoutTzdata = dockerfileRule(
  {
    id: 'tz-without-tzdata',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'TZ를 쓰면 tzdata도 설치해요', en: 'Install tzdata when you set TZ' },
    sources: [
      'https://docs.docker.com/reference/dockerfile/#env',
      'https://docs.docker.com/build/building/best-practices/#apt-get',
    ],
    messages: {
      missing: {
        ko: 'TZ가 ‘{zone}’인데 베이스 이미지 {image}에는 시간대 데이터(tzdata)가 없어요. /usr/share/zoneinfo/{zone} 파일이 없으면 C 라이브러리(glibc, musl)로 시각을 읽는 프로그램은 오류 없이 UTC 시각을 써요. ‘{install}’으로/로 tzdata를 설치하세요.',
        en: 'TZ is ‘{zone}’ but the base image {image} has no time zone data (tzdata). Without /usr/share/zoneinfo/{zone} programs that read time through the C library (glibc, musl) silently use UTC. Install it: ‘{install}’.',
      },
    },
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    const last = doc.stages[doc.stages.length - 1];
    for (const stage of doc.stages) {
      const { facts, image = '' } = stageBase(doc, stage);
      if (facts.hasTzdata !== false) continue;
      // A shipped stage is judged with everything the final image does (tzdata may come later).
      const judged = shipped.has(stage.index) && last ? last : stage;
      // Worked out at the stage's first zone name: most stages set no TZ, and the answer reads
      // the lineage's whole text.
      let zoneinfo: boolean | undefined;
      for (const instruction of stage.instructions) {
        if (keywordOf(instruction) !== 'ENV') continue;
        for (const d of declarations(instruction)) {
          if (d.name !== 'TZ' || d.raw === null) continue;
          const zone = resolveText(doc, d.raw, instruction.getRange().start.line)?.replace(/^["']|["']$/g, '');
          if (!zone || !ZONE_NAME.test(zone) || UTC_NAMES.test(zone)) continue;
          zoneinfo ??= hasZoneinfo(doc, judged);
          if (zoneinfo) continue;
          const install = facts.distro === 'alpine' ? 'apk add --no-cache tzdata' : 'apt-get install -y --no-install-recommends tzdata';
          report({ range: d.range, messageId: 'missing', data: { zone, image, install } });
        }
      }
    }
  },
);

/** Whether the stage's lineage installs tzdata or brings zoneinfo files in some other way. */
function hasZoneinfo(doc: DockerfileDocument, stage: DockerfileStage): boolean {
  if (lineageCommands(doc, stage).some((c) => installedPackages(c).some((p) => p === 'tzdata' || p === 'tzdata-legacy'))) return true;
  return /zoneinfo|tzdata/i.test(lineageText(doc, stage));
}
