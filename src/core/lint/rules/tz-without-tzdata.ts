import { dockerfileRule } from './dockerfile/defineRule';
import type { Report } from '../types';
import { keywordOf, shippedStageIndexes } from './dockerfile/stages';
import { installedPackages, lineageCommands, lineageText, stageBase } from './dockerfile/baseImage';
import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import { declarations, resolveText } from '../../model/dockerfileVariables';
import { TZDATA_LEGACY_ZONES } from '../../knowledge/tzdataLegacy';

// `ENV TZ=Asia/Seoul` only names a file: the C library reads /usr/share/zoneinfo/Asia/Seoul. The
// Ubuntu and Alpine images have no zoneinfo (no tzdata package), so the name points nowhere and
// programs keep UTC without an error (glibc and musl fall back to UTC; Go's time package too unless it
// embeds time/tzdata). Java and Node.js carry their own zone data (the JDK's tzdb.dat, ICU) and may
// honour TZ anyway, so the message speaks of the C library. Only images we know (knowledge/baseImages.ts) are judged;
// POSIX strings such as `KST-9` need no file and are left alone.
// Debian 13 (trixie) has tzdata but moved the old alias names (ROK, US/Eastern, Asia/Calcutta) to
// tzdata-legacy, which its images do not install: `TZ=ROK` there is UTC the same silent way. Those
// names are reported on images known to be Debian 13 (baseImageFacts legacyZones === false).

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
      legacyName: {
        ko: 'TZ가 ‘{zone}’인데 베이스 이미지 {image}은/는 Debian 13이에요. Debian 13은 이런 옛 시간대 이름을 tzdata-legacy 패키지로 옮겨서 /usr/share/zoneinfo/{zone} 파일이 없어요. C 라이브러리(glibc)로 시각을 읽는 프로그램은 오류 없이 UTC 시각을 써요. 지금 이름 ‘{current}’을/를 쓰거나 ‘apt-get install -y --no-install-recommends tzdata-legacy’로 설치하세요.',
        en: 'TZ is ‘{zone}’ but the base image {image} is Debian 13, which moved old zone names like this one to the tzdata-legacy package: /usr/share/zoneinfo/{zone} is not there. Programs that read time through the C library (glibc) silently use UTC. Use the current name ‘{current}’ or install it: ‘apt-get install -y --no-install-recommends tzdata-legacy’.',
      },
    },
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    const last = doc.stages[doc.stages.length - 1];
    for (const stage of doc.stages) {
      const { facts, image = '' } = stageBase(doc, stage);
      if (facts.hasTzdata !== false) {
        if (facts.legacyZones === false) reportLegacyNames(doc, stage, image, shipped, report);
        continue;
      }
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

/** On a Debian 13 base: TZ values that are tzdata-legacy names, unless the image gets that package or zoneinfo files some other way. */
function reportLegacyNames(doc: DockerfileDocument, stage: DockerfileStage, image: string, shipped: ReadonlySet<number>, report: (r: Report) => void): void {
  const last = doc.stages[doc.stages.length - 1];
  const judged = shipped.has(stage.index) && last ? last : stage;
  let legacy: boolean | undefined;
  for (const instruction of stage.instructions) {
    if (keywordOf(instruction) !== 'ENV') continue;
    for (const d of declarations(instruction)) {
      if (d.name !== 'TZ' || d.raw === null) continue;
      const zone = resolveText(doc, d.raw, instruction.getRange().start.line)?.replace(/^["']|["']$/g, '');
      const current = zone === undefined ? undefined : TZDATA_LEGACY_ZONES.get(zone);
      if (!current) continue;
      legacy ??= hasLegacyZones(doc, judged);
      if (legacy) continue;
      report({ range: d.range, messageId: 'legacyName', data: { zone: zone ?? '', image, current } });
    }
  }
}

/** Whether the lineage installs tzdata-legacy or brings zoneinfo files in some other way. */
function hasLegacyZones(doc: DockerfileDocument, stage: DockerfileStage): boolean {
  if (lineageCommands(doc, stage).some((c) => installedPackages(c).includes('tzdata-legacy'))) return true;
  return /zoneinfo|tzdata-legacy/i.test(lineageText(doc, stage));
}

/** Whether the stage's lineage installs tzdata or brings zoneinfo files in some other way. */
function hasZoneinfo(doc: DockerfileDocument, stage: DockerfileStage): boolean {
  if (lineageCommands(doc, stage).some((c) => installedPackages(c).some((p) => p === 'tzdata' || p === 'tzdata-legacy'))) return true;
  return /zoneinfo|tzdata/i.test(lineageText(doc, stage));
}
