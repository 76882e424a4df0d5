import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands, APK_OPTIONS_WITH_VALUE, APT_OPTIONS_WITH_VALUE, RPM_OPTIONS_WITH_VALUE, ZYPPER_GLOBAL_OPTIONS_WITH_VALUE } from './dockerfile/commands';
import type { FoundCommand } from './dockerfile/commands';
import type { ShellWord } from './dockerfile/shell';
import { subcommand } from './dockerfile/shell';

// Opt-in (off in recommended, on in strict): packages installed without a version give a
// different image from the same Dockerfile whenever the repository moves on. hadolint's DL3008
// (apt), DL3018 (apk), DL3013 (pip), DL3016 (npm), DL3028 (gem), DL3033 (yum), DL3041 (dnf,
// microdnf) and DL3037 (zypper). A team can keep only some managers with the `managers` option.
// Words with `$` (their value is not known here), local files, URLs and requirement/constraint
// files are not package names to pin.
// yum, dnf and microdnf take a version as `name-version[-release]`, and zypper accepts it too
// (besides `name=version`, `name>=version`): a `-` followed by a digit may be a version or part
// of the name (`java-17-openjdk`), so such words count as pinned and only words with no version at
// all are reported. Capabilities (`perl(Foo)`, `pkgconfig(x)`), groups and modules (`@x`) are
// not package names to pin.
// Go (hadolint DL3062): since Go 1.16 `go install pkg` with no version fails outside a module
// ("'go install' requires a version when current directory is not in a module",
// cmd/go/internal/work/build.go) and inside one builds the version go.mod names, so only a
// query that moves — `@latest`, `@upgrade`, `@patch`, or a branch such as `@master`, `@main`,
// `@HEAD` — is unpinned (`go install`, `go run`, `go get`). hadolint also reports the form with
// no version; we do not (it is either a failing build or pinned by go.mod).

type Manager = 'apt' | 'apk' | 'pip' | 'npm' | 'gem' | 'yum' | 'dnf' | 'zypper' | 'go';
const MANAGERS: readonly Manager[] = ['apt', 'apk', 'pip', 'npm', 'gem', 'yum', 'dnf', 'zypper', 'go'];

interface Install {
  manager: Manager;
  /** The words that name packages. */
  packages: ShellWord[];
  /** The subcommand the words follow (`install`, `run` …). */
  subcommand: string;
}

const PIP_WITH_VALUE = new Set(['-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--cache-dir', '--log', '--timeout', '--retries', '--proxy', '--cert', '--client-cert', '--exists-action', '--global-option', '-C', '--config-settings', '--no-binary', '--only-binary', '--python']);
const NPM_WITH_VALUE = new Set(['--prefix', '--registry', '--cache', '-w', '--workspace', '--omit', '--include', '--userconfig']);
const GEM_WITH_VALUE = new Set(['-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '-g', '--file']);

const ZYPPER_INSTALL_WITH_VALUE = new Set(['-t', '--type', '-r', '--repo', '--from', '--download']);

const RPM_MANAGERS: ReadonlySet<Manager> = new Set(['yum', 'dnf', 'zypper']);
const EXAMPLE: Record<Manager, string> = { apt: '{name}=…', apk: '{name}=…', pip: '{name}==…', npm: '{name}@…', gem: '{name}:…', yum: '{name}-…', dnf: '{name}-…', zypper: '{name}=…', go: '{name}@v…' };
const HADOLINT: Record<Manager, string> = { apt: 'DL3008', apk: 'DL3018', pip: 'DL3013', npm: 'DL3016', gem: 'DL3028', yum: 'DL3033', dnf: 'DL3041', zypper: 'DL3037', go: 'DL3062' };

export const pinPackageVersions = dockerfileRule(
  {
    id: 'pin-package-versions',
    kinds: ['dockerfile'],
    severity: 'off',
    presetSeverity: { strict: 'warning' },
    title: { ko: '설치하는 패키지의 버전을 고정해요 (strict에서만)', en: 'Pin the versions of installed packages (strict only)' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
      'https://github.com/golang/go/blob/go1.23.0/src/cmd/go/internal/work/build.go',
      'https://go.dev/ref/mod#go-install',
    ],
    messages: {
      unpinned: {
        ko: '‘{name}’에 버전이 없어요({manager}). 빌드 캐시 없이 빌드할 때마다 그때의 최신 버전이 설치돼서 같은 Dockerfile이 다른 이미지를 만들 수 있어요. ‘{example}’처럼 버전을 적으세요.',
        en: '‘{name}’ has no version ({manager}): each build without the build cache installs whatever is newest then, so the same Dockerfile can make a different image. Write ‘{example}’.',
      },
      movingVersion: {
        ko: '‘{name}@{query}’의 ‘{query}’은/는 빌드할 때마다 다른 버전을 가리킬 수 있어요({manager}). 빌드 캐시 없이 빌드하면 그때의 버전이 설치돼요. ‘{name}@v1.2.3’처럼 정확한 버전을 적으세요.',
        en: 'The ‘{query}’ in ‘{name}@{query}’ can point to a different version on each build ({manager}): a build without the build cache installs whatever it is then. Write an exact version such as ‘{name}@v1.2.3’.',
      },
    },
    equivalents: { hadolint: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'DL3062'] },
    optionsSchema: {
      type: 'object',
      properties: {
        managers: {
          type: 'array',
          items: { enum: [...MANAGERS] },
          uniqueItems: true,
          description: '검사할 패키지 관리자(기본: 전부). Package managers to check (default: all).',
        },
      },
      additionalProperties: false,
    },
  },
  (doc, report, options) => {
    const wanted = Array.isArray(options.managers) ? new Set(options.managers as string[]) : new Set<string>(MANAGERS);
    for (const found of allCommands(doc)) {
      const install = readInstall(found);
      if (!install || !wanted.has(install.manager)) continue;
      for (const word of install.packages) {
        if (word.dynamic || isPinned(install.manager, word.text) || !looksLikeName(word.text)) continue;
        if (RPM_MANAGERS.has(install.manager) && word.text.startsWith('@')) continue; // a group or module, not a package
        const name = install.manager === 'go' ? word.text.slice(0, word.text.lastIndexOf('@')) : word.text;
        if (!name) continue; // `go install @latest`: no module to name
        if (install.manager === 'go') {
          // A Go query has a version, only a moving one (`@latest`, `@master`): said so, not "no version".
          report({
            range: doc.lines.range(word.start, word.end),
            messageId: 'movingVersion',
            data: { name, query: word.text.slice(name.length + 1), manager: `go, hadolint ${HADOLINT.go}` },
          });
          continue;
        }
        report({
          range: doc.lines.range(word.start, word.end),
          messageId: 'unpinned',
          data: { name, manager: `${install.manager}, hadolint ${HADOLINT[install.manager]}`, example: EXAMPLE[install.manager].replace('{name}', name) },
        });
      }
    }
  },
);

function readInstall(found: FoundCommand): Install | undefined {
  const { program, args } = found.resolved;
  if (program === 'apt-get' || program === 'apt') return packagesAfter('apt', args, ['install'], APT_OPTIONS_WITH_VALUE);
  if (program === 'apk') return packagesAfter('apk', args, ['add'], APK_OPTIONS_WITH_VALUE);
  if (/^pip\d?(?:\.\d+)?$/.test(program)) return pipInstall(args);
  if (/^python\d?(?:\.\d+)?$/.test(program) && args[0]?.text === '-m' && /^pip\d?$/.test(args[1]?.text ?? '')) return pipInstall(args.slice(2));
  if (program === 'npm') return packagesAfter('npm', args, ['install', 'i', 'add'], NPM_WITH_VALUE);
  if (program === 'yum') return packagesAfter('yum', args, ['install'], RPM_OPTIONS_WITH_VALUE);
  if (program === 'dnf' || program === 'microdnf') return packagesAfter('dnf', args, ['install'], RPM_OPTIONS_WITH_VALUE);
  if (program === 'zypper') return zypperInstall(args);
  if (program === 'go') return goInstall(args);
  if (program === 'gem') {
    const install = packagesAfter('gem', args, ['install'], GEM_WITH_VALUE);
    // `-v 1.2` / `--version 1.2` pins what the command installs.
    if (install && args.some((a) => a.text === '-v' || a.text === '--version' || a.text.startsWith('--version='))) return undefined;
    return install;
  }
  return undefined;
}

function pipInstall(args: ShellWord[]): Install | undefined {
  // A constraints file pins what the command installs.
  if (args.some((a) => a.text === '-c' || a.text === '--constraint' || a.text.startsWith('--constraint='))) return undefined;
  const install = packagesAfter('pip', args, ['install'], new Set([...PIP_WITH_VALUE, '-r', '--requirement']));
  return install;
}

const GO_WITH_VALUE = new Set(['-C', '-o', '-p', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-overlay', '-pkgdir', '-buildmode', '-compiler', '-gccgoflags', '-installsuffix', '-toolexec', '-exec', '-pgo', '-covermode', '-coverpkg']);

/** `go install|get pkg@query …` and `go run pkg@query` (whose later words are the program's arguments). */
function goInstall(args: ShellWord[]): Install | undefined {
  const install = packagesAfter('go', args, ['install', 'get', 'run'], GO_WITH_VALUE);
  if (!install) return undefined;
  // `go run`: only the first word is a module; the later ones are the program's arguments. The
  // subcommand is the one packagesAfter found, not looked for a second time.
  if (install.subcommand === 'run') install.packages = install.packages.slice(0, 1);
  // Only module paths with a version query; local paths and words with no `@` are left alone.
  install.packages = install.packages.filter((w) => w.text.includes('@') && !/^[./]/.test(w.text));
  return install;
}

function zypperInstall(args: ShellWord[]): Install | undefined {
  const sub = subcommand(args, ZYPPER_GLOBAL_OPTIONS_WITH_VALUE);
  if (!sub || (sub.word.text !== 'install' && sub.word.text !== 'in')) return undefined;
  const after = args.slice(sub.index + 1);
  // `-t pattern` / `--type=patch` install patterns, patches or products, not packages with versions.
  const type = after.findIndex((a) => a.text === '-t' || a.text === '--type');
  const typed = type >= 0 ? after[type + 1]?.text : after.find((a) => a.text.startsWith('--type='))?.text.slice('--type='.length);
  if (typed && typed !== 'package') return undefined;
  return packagesAfter('zypper', [sub.word, ...after], ['install', 'in'], ZYPPER_INSTALL_WITH_VALUE);
}

/** The non-option words after the subcommand, skipping the values of options that take one. */
function packagesAfter(manager: Manager, args: ShellWord[], subs: string[], withValue: ReadonlySet<string>): Install | undefined {
  let i = 0;
  for (; i < args.length; i++) {
    const t = args[i].text;
    if (t.startsWith('-')) {
      if (withValue.has(t)) i++;
      continue;
    }
    break;
  }
  if (i >= args.length || !subs.includes(args[i].text)) return undefined;
  const packages: ShellWord[] = [];
  for (let j = i + 1; j < args.length; j++) {
    const t = args[j].text;
    if (t === '--') continue;
    if (t.startsWith('-')) {
      if (withValue.has(t)) j++;
      continue;
    }
    packages.push(args[j]);
  }
  return { manager, packages, subcommand: args[i].text };
}

function isPinned(manager: Manager, text: string): boolean {
  switch (manager) {
    case 'apt':
      return text.includes('=');
    case 'apk':
      return /[=~<>]/.test(text);
    case 'pip':
      return /[=<>~!@]/.test(text);
    case 'npm': {
      const at = text.indexOf('@', 1);
      return at > 0 && !/^(?:latest|next)$/.test(text.slice(at + 1));
    }
    case 'gem':
      return text.includes(':');
    case 'yum':
    case 'dnf':
      return /-\d/.test(text) || /[=<>]/.test(text);
    case 'zypper':
      return /[=<>]/.test(text) || /-\d/.test(text);
    case 'go':
      return !/@(?:latest|upgrade|patch|master|main|HEAD)$/.test(text);
  }
}

/** A package name, not a local file, a URL, a glob or a git/tarball reference. */
function looksLikeName(text: string): boolean {
  if (!text || text === '.' || /^[./~]/.test(text)) return false;
  if (/:\/\//.test(text) || /^(?:git\+|github:|file:)/.test(text)) return false;
  if (/\.(?:deb|apk|whl|tar\.gz|tgz|zip|gem|rpm)$/i.test(text)) return false;
  // RPM capabilities (`perl(Foo)`, `pkgconfig(x)`) and zypper's `pattern:x` kinds are not package names.
  if (text.includes('(') || /^(?:pattern|patch|product|srcpackage|package):/.test(text)) return false;
  return /^[@A-Za-z0-9]/.test(text);
}
