import type { ImageReference } from '../model/imageReference';
import { OFFICIAL_IMAGE_RELEASES } from './officialImageReleases';

// What some official base images hold, for the rules about time zones, locales and debconf.
// Only images we checked are listed; every other image answers "unknown" and those rules stay
// silent. Sources (also in each rule doc's 근거):
// - Ubuntu images carry no tzdata: installing it asks the time zone question
//   (github.com/docker/docs/issues/13980); Alpine's base has no zoneinfo either
//   (wiki.alpinelinux.org/wiki/Setting_the_timezone).
// - Debian 10–12 images carry tzdata: it is Priority: required there, and debootstrap's minbase
//   installs every required package (packages.debian.org/bookworm/tzdata; checked with
//   `dpkg -s tzdata` on bookworm). Trixie too: tzdata_2026f-0+deb13u1_all.deb says Priority:
//   required and holds usr/share/zoneinfo/Asia/Seoul (dpkg-deb -f / -c; only old alias names moved
//   to tzdata-legacy, Priority: optional, so the image lacks them: knowledge/tzdataLegacy.ts).
// - The official python images install tzdata themselves (python/*/slim-*/Dockerfile and
//   python/*/alpine*/Dockerfile in docker-library/python; see the corpus).
// - debconf before 1.5.81 starts its Readline frontend without a terminal (fixed by "Make Readline
//   frontend check that stdin is a tty", Debian bug #929417, debconf 1.5.81, January 2023);
//   Debian 10 (1.5.71), 11 (1.5.77), Ubuntu 18.04 (1.5.66), 20.04 (1.5.73) and 22.04 (1.5.79)
//   ship older versions; Debian 12 (1.5.82) and Ubuntu 24.04 (1.5.86) newer ones.

export type Distro = 'debian' | 'ubuntu' | 'alpine';

export interface BaseImageFacts {
  /** The distribution the image is built on, when known. */
  distro?: Distro;
  /** Whether /usr/share/zoneinfo is in the image; undefined: not known. */
  hasTzdata?: boolean;
  /** Whether its debconf is older than 1.5.81 (waits on a prompt without a terminal); undefined: not known. */
  oldDebconf?: boolean;
  /** Whether the old zone aliases (ROK, US/Eastern: knowledge/tzdataLegacy.ts) are there; false on Debian 13, where they are in tzdata-legacy. */
  legacyZones?: boolean;
}

interface Release {
  /** Tag words that name this release (`22.04`, `jammy`). */
  tags: string[];
  hasTzdata?: boolean;
  oldDebconf?: boolean;
  legacyZones?: boolean;
}

const UBUNTU: Release[] = [
  { tags: ['16.04', 'xenial', '18.04', 'bionic', '20.04', 'focal', '22.04', 'jammy'], hasTzdata: false, oldDebconf: true },
  { tags: ['24.04', 'noble', '24.10', 'oracular', '25.04', 'plucky'], hasTzdata: false, oldDebconf: false },
];

const DEBIAN: Release[] = [
  { tags: ['10', 'buster', '11', 'bullseye'], hasTzdata: true, oldDebconf: true },
  { tags: ['12', 'bookworm'], hasTzdata: true, oldDebconf: false },
  { tags: ['13', 'trixie'], hasTzdata: true, oldDebconf: false, legacyZones: false },
];

/** What is known about an image reference (from its name and tag only; nothing is pulled). */
export function baseImageFacts(ref: ImageReference | undefined): BaseImageFacts {
  // `official` already covers the spellings docker.io/library/x, docker.io/x and index.docker.io/library/x.
  if (!ref || !ref.official) return {};
  const name = ref.repository.toLowerCase();
  const tag = (ref.tag ?? 'latest').toLowerCase();
  const words = tag.split(/[-_]/);
  if (name === 'alpine') return { distro: 'alpine', hasTzdata: false };
  if (name === 'ubuntu') {
    const release = findRelease(UBUNTU, words);
    return { distro: 'ubuntu', hasTzdata: false, oldDebconf: release?.oldDebconf };
  }
  if (name === 'debian') {
    const release = findRelease(DEBIAN, words.map((w) => w.replace(/\.\d+$/, '')));
    return { distro: 'debian', hasTzdata: release?.hasTzdata, oldDebconf: release?.oldDebconf, legacyZones: release?.legacyZones };
  }
  if (name === 'python') {
    const distro = ref.variants.includes('alpine') ? 'alpine' : 'debian';
    // python:*-slim-trixie is FROM debian:trixie-slim and installs tzdata alone (docker-library/python
    // 3.13/slim-trixie/Dockerfile): no tzdata-legacy. The full images build on buildpack-deps: not checked.
    const legacyZones = distro === 'debian' && ref.variants.includes('slim') && words.includes('trixie') ? false : undefined;
    return { distro, hasTzdata: true, legacyZones };
  }
  return {};
}

function findRelease(releases: Release[], words: string[]): Release | undefined {
  return releases.find((r) => r.tags.some((t) => words.includes(t)));
}

// Where apt reads its sources in the official Debian and Ubuntu images (and the official images
// whose tag names a Debian or Ubuntu release, such as node:20-bookworm or eclipse-temurin:21-noble).
// Debian 12 (bookworm) images have only /etc/apt/sources.list.d/debian.sources, in deb822 format,
// and no /etc/apt/sources.list (debuerreotype PR #128; docker-library/php#1439). Ubuntu 24.04
// (noble) moved its sources to /etc/apt/sources.list.d/ubuntu.sources and keeps a
// /etc/apt/sources.list that holds only a comment (Ubuntu 24.04 release notes, "deb822 sources
// management"; heroku/base-images#254 shows the image's file). Older releases have only
// /etc/apt/sources.list. Ubuntu 22.10–23.10 are left unknown.

export interface AptSourcesLayout {
  distro: 'debian' | 'ubuntu';
  /** The release word that decided it (`bookworm`, `24.04`, `latest`). */
  release: string;
  /** Sources are in the deb822 file (debian.sources / ubuntu.sources), not /etc/apt/sources.list. */
  deb822: boolean;
}

const APT_RELEASES: { distro: 'debian' | 'ubuntu'; deb822: boolean; tags: string[]; codenames: string[] }[] = [
  { distro: 'debian', deb822: true, tags: ['12', '13', '14', 'latest', 'stable', 'testing', 'unstable'], codenames: ['bookworm', 'trixie', 'forky', 'sid'] },
  { distro: 'debian', deb822: false, tags: ['8', '9', '10', '11'], codenames: ['jessie', 'stretch', 'buster', 'bullseye'] },
  { distro: 'ubuntu', deb822: true, tags: ['24.04', '24.10', '25.04', '25.10', '26.04', 'latest', 'rolling'], codenames: ['noble', 'oracular', 'plucky', 'questing', 'resolute'] },
  { distro: 'ubuntu', deb822: false, tags: ['14.04', '16.04', '18.04', '20.04', '22.04'], codenames: ['trusty', 'xenial', 'bionic', 'focal', 'jammy'] },
];

/** The apt sources layout of an official image, from its name and tag (nothing is pulled); undefined when not known. */
export function aptSourcesLayout(ref: ImageReference | undefined): AptSourcesLayout | undefined {
  const hit = matchRelease(APT_RELEASES, ref);
  return hit && { distro: hit.row.distro, release: hit.word, deb822: hit.row.deb822 };
}

/**
 * The first row of a release table that the official image's name and tag name, with the tag
 * word that matched. For debian and ubuntu, a tag or codename of that distribution (Debian's
 * point releases such as `12.5` read as `12`); for other official images, a release codename in
 * the tag (node:22-bookworm), else the release docker-library builds that exact tag on
 * (node:20 → bookworm, officialImageReleases.ts) when `byDefaultTag`. Undefined when nothing
 * matches: a tag we have not seen (an old full version, a digest alone) is not guessed.
 * A tag only moves to newer releases (python:3.10-slim was bullseye, then bookworm, now trixie),
 * and `docker build` uses an image already in the local store unless `--pull` is given, so an
 * older release may still be what builds. `byDefaultTag` is for tables where that is harmless:
 * for useradd, "old shadow" read from the newest release holds for every earlier one, and "new
 * shadow" only makes the rule silent. The apt sources layout would report either way, so it does not ask.
 */
function matchRelease<T extends ReleaseRow>(table: readonly T[], ref: ImageReference | undefined, byDefaultTag = false): { row: T; word: string } | undefined {
  // `official` is true for ubuntu, library/ubuntu, docker.io/library/ubuntu and index.docker.io/library/ubuntu alike.
  if (!ref || !ref.official || (ref.digest && !ref.tag)) return undefined;
  const name = ref.repository.toLowerCase();
  const words = (ref.tag ?? 'latest').toLowerCase().split(/[-_]/);
  if (name === 'debian' || name === 'ubuntu') {
    const plain = name === 'debian' ? words.map((w) => w.replace(/\.\d+$/, '')) : words;
    for (const row of table) {
      if (row.distro !== name) continue;
      const word = plain.find((w) => row.tags.includes(w) || row.codenames.includes(w));
      if (word) return { row, word };
    }
    return undefined;
  }
  for (const row of table) {
    const word = words.find((w) => row.codenames.includes(w));
    if (word) return { row, word };
  }
  // With a digest Docker pulls that exact build, which may predate the tag's current release.
  if (!byDefaultTag || ref.digest) return undefined;
  const release = defaultRelease(name, ref.tag ?? 'latest');
  const row = release && table.find((r) => r.codenames.includes(release));
  return row ? { row, word: release } : undefined;
}

/** The release an official image's tag without a codename is built on (node:20 → bookworm), by exact tag. */
function defaultRelease(image: string, tag: string): string | undefined {
  for (const r of OFFICIAL_IMAGE_RELEASES) if (r.image === image && r.tags.includes(tag)) return r.release;
  return undefined;
}

interface ReleaseRow {
  distro: 'debian' | 'ubuntu';
  tags: string[];
  codenames: string[];
}

// Whether `useradd` in the image writes a lastlog/faillog entry for a UID past the files' end
// (shadow-utils before 4.13: src/useradd.c lastlog_reset/faillog_reset seek to uid × record size
// and write, so the file's logical size follows the UID). shadow 4.13 returns when the file is
// shorter than that offset (shadow-maint/shadow commit ebf9b232, "useradd: Do not reset
// non-existent data in {last,fail}log", first in tag 4.13). Packaged versions: Debian 10 1:4.5,
// Debian 11 1:4.8.1, Ubuntu 20.04 and 22.04 1:4.8.1 (older); Debian 12 1:4.13, Debian 13 1:4.17,
// Ubuntu 24.04 1:4.13 (fixed). Ubuntu 22.10–23.10 and every other image are left unknown.

const SHADOW_RELEASES: { distro: 'debian' | 'ubuntu'; growsLogs: boolean; tags: string[]; codenames: string[] }[] = [
  { distro: 'debian', growsLogs: false, tags: ['12', '13', '14', 'latest', 'stable'], codenames: ['bookworm', 'trixie', 'forky'] },
  { distro: 'debian', growsLogs: true, tags: ['9', '10', '11'], codenames: ['stretch', 'buster', 'bullseye'] },
  { distro: 'ubuntu', growsLogs: false, tags: ['24.04', '24.10', '25.04', '25.10', '26.04', 'latest'], codenames: ['noble', 'oracular', 'plucky', 'questing', 'resolute'] },
  { distro: 'ubuntu', growsLogs: true, tags: ['16.04', '18.04', '20.04', '22.04'], codenames: ['xenial', 'bionic', 'focal', 'jammy'] },
];

/**
 * Whether the image's `useradd` (without `-l`) makes /var/log/lastlog and /var/log/faillog as
 * large as the UID asks (true), does not (false), or is not known (undefined). From the name and
 * tag only: official debian/ubuntu images, and official images whose tag names the release.
 */
export function useraddGrowsLogs(ref: ImageReference | undefined): boolean | undefined {
  return matchRelease(SHADOW_RELEASES, ref, true)?.row.growsLogs;
}
