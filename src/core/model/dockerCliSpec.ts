// The shape of the docker CLI that a parser needs: which subcommands exist, which flags each
// one accepts, and whether a flag takes a value. Without the last fact `-p 8080:80 nginx`
// cannot be split into a flag, its value and the image. Written from the docker CLI
// reference (https://docs.docker.com/reference/cli/docker/); only structure lives here, the
// explanations are in knowledge/topics/commands/.
//
// Notation: "p|publish=" is short `-p`, long `--publish`, takes a value; "rm" is a boolean
// `--rm`; "d|detach" is boolean `-d`/`--detach`.

export interface FlagSpec {
  long: string;
  short?: string;
  takesValue: boolean;
  /**
   * Accepted by the CLI but without effect: `docker build`'s legacy-builder flags that buildx
   * keeps hidden so old scripts still run (docker/buildx commands/build.go, "hidden flags").
   */
  ignored?: boolean;
  /** Real only for Windows containers (`docker run --cpu-count`); the CLI parses it everywhere. */
  windowsOnly?: boolean;
}

export interface SubcommandSpec {
  /** Canonical key, e.g. `run`, `compose up`, `volume create`. */
  key: string;
  flags: FlagSpec[];
  /**
   * What the positional arguments are, in order; the last one repeats. `command` swallows
   * everything after it (flags included), like `docker run IMAGE [COMMAND] [ARG...]`.
   */
  positionals: Positional[];
  /** Cobra stops reading flags at the first positional for run/exec ("interspersed: false"). */
  flagsStopAtFirstPositional?: boolean;
}

export type Positional = 'image' | 'command' | 'container' | 'context' | 'service' | 'volume' | 'network' | 'target-image' | 'server' | 'other';

function flags(...specs: string[]): FlagSpec[] {
  return specs.map((s) => {
    const takesValue = s.endsWith('=');
    const body = takesValue ? s.slice(0, -1) : s;
    const [a, b] = body.split('|');
    return b === undefined ? { long: a, takesValue } : { short: a, long: b, takesValue };
  });
}

function marked(mark: 'ignored' | 'windowsOnly', ...specs: string[]): FlagSpec[] {
  return flags(...specs).map((f) => ({ ...f, [mark]: true }));
}

const RUN_FLAGS = [
  ...flags(
  'add-host=', 'annotation=', 'a|attach=', 'blkio-weight=', 'blkio-weight-device=', 'cap-add=', 'cap-drop=',
  'cgroup-parent=', 'cgroupns=', 'cidfile=', 'cpu-period=', 'cpu-quota=', 'cpu-rt-period=', 'cpu-rt-runtime=',
  'c|cpu-shares=', 'cpus=', 'cpuset-cpus=', 'cpuset-mems=', 'd|detach', 'detach-keys=', 'device=',
  'device-cgroup-rule=', 'device-read-bps=', 'device-read-iops=', 'device-write-bps=', 'device-write-iops=',
  'disable-content-trust', 'dns=', 'dns-option=', 'dns-search=', 'domainname=', 'entrypoint=', 'e|env=',
  'env-file=', 'expose=', 'gpus=', 'group-add=', 'health-cmd=', 'health-interval=', 'health-retries=',
  'health-start-interval=', 'health-start-period=', 'health-timeout=', 'help', 'h|hostname=', 'init',
  'i|interactive', 'ip=', 'ip6=', 'ipc=', 'isolation=', 'l|label=', 'label-file=', 'link=', 'link-local-ip=',
  'log-driver=', 'log-opt=', 'mac-address=', 'm|memory=', 'memory-reservation=', 'memory-swap=',
  'memory-swappiness=', 'mount=', 'name=', 'network=', 'net=', 'network-alias=', 'net-alias=', 'no-healthcheck',
  'oom-kill-disable', 'oom-score-adj=', 'pid=', 'pids-limit=', 'platform=', 'privileged', 'p|publish=',
  'P|publish-all', 'pull=', 'q|quiet', 'read-only', 'restart=', 'rm', 'runtime=', 'security-opt=', 'shm-size=',
  'sig-proxy', 'stop-signal=', 'stop-timeout=', 'storage-opt=', 'sysctl=', 'tmpfs=', 't|tty', 'ulimit=',
  'u|user=', 'use-api-socket', 'userns=', 'uts=', 'v|volume=', 'volume-driver=', 'volumes-from=', 'w|workdir=',
  ),
  // https://docs.docker.com/reference/cli/docker/container/run/#options: "(Windows only)"
  ...marked('windowsOnly', 'cpu-count=', 'cpu-percent=', 'io-maxbandwidth=', 'io-maxiops='),
];

const BUILD_FLAGS = [
  ...flags(
  'add-host=', 'allow=', 'annotation=', 'attest=', 'build-arg=', 'build-context=', 'builder=', 'cache-from=',
  'cache-to=', 'call=', 'cgroup-parent=', 'check', 'D|debug', 'f|file=', 'iidfile=', 'label=', 'load',
  'metadata-file=', 'network=', 'no-cache', 'no-cache-filter=', 'o|output=', 'platform=', 'progress=',
  'provenance=', 'pull', 'push', 'q|quiet', 'sbom=', 'secret=', 'shm-size=', 'ssh=', 't|tag=', 'target=',
  'ulimit=', 'help',
  ),
  // The legacy builder's flags: buildx still parses them (hidden) and ignores them, some with a
  // warning (docker/buildx commands/build.go at ac636fd2, "hidden flags"), so the build runs.
  ...marked(
    'ignored', 'compress', 'isolation=', 'security-opt=', 'squash', 'm|memory=', 'memory-swap=', 'c|cpu-shares=',
    'cpu-period=', 'cpu-quota=', 'cpuset-cpus=', 'cpuset-mems=', 'rm', 'force-rm',
  ),
];

const EXEC_FLAGS = flags('d|detach', 'detach-keys=', 'e|env=', 'env-file=', 'i|interactive', 'privileged', 't|tty', 'u|user=', 'w|workdir=', 'help');

const COMPOSE_UP_FLAGS = flags(
  'abort-on-container-exit', 'abort-on-container-failure', 'always-recreate-deps', 'attach=', 'attach-dependencies',
  'build', 'd|detach', 'exit-code-from=', 'force-recreate', 'menu', 'no-attach=', 'no-build', 'no-color', 'no-deps',
  'no-log-prefix', 'no-recreate', 'no-start', 'pull=', 'quiet-build', 'quiet-pull', 'remove-orphans', 'V|renew-anon-volumes',
  'scale=', 't|timeout=', 'timestamps', 'wait', 'wait-timeout=', 'w|watch', 'y|yes', 'help',
);

const SPECS: SubcommandSpec[] = [
  { key: 'run', flags: RUN_FLAGS, positionals: ['image', 'command'], flagsStopAtFirstPositional: true },
  { key: 'create', flags: RUN_FLAGS.filter((f) => !['detach', 'sig-proxy', 'detach-keys'].includes(f.long)), positionals: ['image', 'command'], flagsStopAtFirstPositional: true },
  { key: 'build', flags: BUILD_FLAGS, positionals: ['context'] },
  { key: 'exec', flags: EXEC_FLAGS, positionals: ['container', 'command'], flagsStopAtFirstPositional: true },
  { key: 'pull', flags: flags('a|all-tags', 'disable-content-trust', 'platform=', 'q|quiet', 'help'), positionals: ['image'] },
  { key: 'push', flags: flags('a|all-tags', 'disable-content-trust', 'platform=', 'q|quiet', 'help'), positionals: ['image'] },
  { key: 'tag', flags: flags('help'), positionals: ['image', 'target-image'] },
  { key: 'images', flags: flags('a|all', 'digests', 'f|filter=', 'format=', 'no-trunc', 'q|quiet', 'tree', 'help'), positionals: ['image'] },
  { key: 'ps', flags: flags('a|all', 'f|filter=', 'format=', 'n|last=', 'l|latest', 'no-trunc', 'q|quiet', 's|size', 'help'), positionals: ['other'] },
  { key: 'logs', flags: flags('details', 'f|follow', 'since=', 'n|tail=', 't|timestamps', 'until=', 'help'), positionals: ['container'] },
  { key: 'stop', flags: flags('s|signal=', 't|timeout=', 'time=', 'help'), positionals: ['container'] },
  { key: 'start', flags: flags('a|attach', 'detach-keys=', 'i|interactive', 'help'), positionals: ['container'] },
  { key: 'restart', flags: flags('s|signal=', 't|timeout=', 'time=', 'help'), positionals: ['container'] },
  { key: 'rm', flags: flags('f|force', 'l|link', 'v|volumes', 'help'), positionals: ['container'] },
  { key: 'rmi', flags: flags('f|force', 'no-prune', 'platform=', 'help'), positionals: ['image'] },
  { key: 'login', flags: flags('p|password=', 'password-stdin', 'u|username=', 'help'), positionals: ['server'] },
  { key: 'logout', flags: flags('help'), positionals: ['server'] },
  { key: 'inspect', flags: flags('f|format=', 's|size', 'type=', 'help'), positionals: ['other'] },
  // Everyday commands from the facts review §4 (docs: each command's reference page).
  { key: 'kill', flags: flags('s|signal=', 'help'), positionals: ['container'] },
  { key: 'port', flags: flags('help'), positionals: ['container', 'other'] },
  { key: 'cp', flags: flags('a|archive', 'L|follow-link', 'q|quiet', 'help'), positionals: ['other'] },
  { key: 'history', flags: flags('format=', 'H|human', 'no-trunc', 'platform=', 'q|quiet', 'help'), positionals: ['image'] },
  { key: 'commit', flags: flags('a|author=', 'c|change=', 'm|message=', 'p|pause', 'help'), positionals: ['container', 'target-image'] },
  { key: 'system df', flags: flags('format=', 'v|verbose', 'help'), positionals: [] },
  { key: 'system prune', flags: flags('a|all', 'filter=', 'f|force', 'volumes', 'help'), positionals: [] },
  { key: 'image prune', flags: flags('a|all', 'filter=', 'f|force', 'help'), positionals: [] },
  { key: 'container prune', flags: flags('filter=', 'f|force', 'help'), positionals: [] },
  { key: 'builder prune', flags: flags('a|all', 'builder=', 'filter=', 'f|force', 'keep-storage=', 'max-used-space=', 'min-free-space=', 'reserved-space=', 'verbose', 'help'), positionals: [] },
  { key: 'compose watch', flags: flags('no-up', 'prune', 'quiet', 'help'), positionals: ['service'] },
  { key: 'volume create', flags: flags('d|driver=', 'label=', 'o|opt=', 'name=', 'help'), positionals: ['volume'] },
  { key: 'volume ls', flags: flags('f|filter=', 'format=', 'q|quiet', 'cluster', 'help'), positionals: [] },
  { key: 'volume rm', flags: flags('f|force', 'help'), positionals: ['volume'] },
  { key: 'volume inspect', flags: flags('f|format=', 'help'), positionals: ['volume'] },
  { key: 'volume prune', flags: flags('a|all', 'filter=', 'f|force', 'help'), positionals: [] },
  {
    key: 'network create',
    flags: flags('attachable', 'aux-address=', 'config-from=', 'config-only', 'd|driver=', 'gateway=', 'ingress', 'internal', 'ip-range=', 'ipam-driver=', 'ipam-opt=', 'ipv4', 'ipv6', 'label=', 'o|opt=', 'scope=', 'subnet=', 'help'),
    positionals: ['network'],
  },
  { key: 'network ls', flags: flags('f|filter=', 'format=', 'no-trunc', 'q|quiet', 'help'), positionals: [] },
  { key: 'network rm', flags: flags('f|force', 'help'), positionals: ['network'] },
  { key: 'network inspect', flags: flags('f|format=', 'v|verbose', 'help'), positionals: ['network'] },
  { key: 'network connect', flags: flags('alias=', 'driver-opt=', 'gw-priority=', 'ip=', 'ip6=', 'link=', 'link-local-ip=', 'help'), positionals: ['network', 'container'] },
  { key: 'network disconnect', flags: flags('f|force', 'help'), positionals: ['network', 'container'] },
  { key: 'compose up', flags: COMPOSE_UP_FLAGS, positionals: ['service'] },
  { key: 'compose down', flags: flags('remove-orphans', 'rmi=', 't|timeout=', 'v|volumes', 'help'), positionals: ['service'] },
  { key: 'compose logs', flags: flags('f|follow', 'index=', 'no-color', 'no-log-prefix', 'since=', 'n|tail=', 't|timestamps', 'until=', 'help'), positionals: ['service'] },
  { key: 'compose ps', flags: flags('a|all', 'filter=', 'format=', 'no-trunc', 'orphans', 'q|quiet', 'services', 'status=', 'help'), positionals: ['service'] },
  // `-i`/`-t` are hidden no-ops kept for `docker exec -it` habits (docs: docker compose exec;
  // docker/compose cmd/compose/exec.go); `--no-tty` is today's spelling, `--no-TTY` the legacy one.
  { key: 'compose exec', flags: flags('d|detach', 'e|env=', 'index=', 'T|no-TTY', 'no-tty', 'privileged', 'u|user=', 'w|workdir=', 'i|interactive', 't|tty', 'help'), positionals: ['service', 'command'], flagsStopAtFirstPositional: true },
  { key: 'compose build', flags: flags('build-arg=', 'builder=', 'check', 'm|memory=', 'no-cache', 'print', 'pull', 'push', 'q|quiet', 'ssh=', 'with-dependencies', 'help'), positionals: ['service'] },
  { key: 'compose pull', flags: flags('ignore-buildable', 'ignore-pull-failures', 'include-deps', 'policy=', 'q|quiet', 'help'), positionals: ['service'] },
  { key: 'compose stop', flags: flags('t|timeout=', 'help'), positionals: ['service'] },
  { key: 'compose start', flags: flags('wait', 'wait-timeout=', 'help'), positionals: ['service'] },
  { key: 'compose restart', flags: flags('no-deps', 't|timeout=', 'help'), positionals: ['service'] },
  { key: 'compose rm', flags: flags('f|force', 's|stop', 'v|volumes', 'help'), positionals: ['service'] },
  { key: 'compose config', flags: flags('format=', 'hash=', 'images', 'no-consistency', 'no-interpolate', 'no-normalize', 'no-path-resolution', 'o|output=', 'profiles', 'q|quiet', 'resolve-image-digests', 'services', 'volumes', 'help'), positionals: ['service'] },
  {
    key: 'compose run',
    flags: flags('build', 'cap-add=', 'cap-drop=', 'd|detach', 'entrypoint=', 'e|env=', 'env-from-file=', 'i|interactive', 't|tty', 'l|label=', 'name=', 'T|no-TTY', 'no-deps', 'p|publish=', 'pull=', 'quiet-pull', 'remove-orphans', 'rm', 'P|service-ports', 'use-aliases', 'u|user=', 'v|volume=', 'w|workdir=', 'help'),
    positionals: ['service', 'command'],
    flagsStopAtFirstPositional: true,
  },
];

/** `docker` options that come before the subcommand (`docker -H tcp://… run`). */
export const GLOBAL_FLAGS = flags('config=', 'c|context=', 'D|debug', 'H|host=', 'l|log-level=', 'tls', 'tlscacert=', 'tlscert=', 'tlskey=', 'tlsverify', 'v|version', 'help');

/** `docker compose` options that come before its subcommand (`docker compose -f x.yml up`). */
export const COMPOSE_GLOBAL_FLAGS = flags(
  'all-resources', 'ansi=', 'compatibility', 'dry-run', 'env-file=', 'f|file=', 'parallel=', 'profile=', 'progress=',
  'project-directory=', 'p|project-name=', 'help', 'v|version',
);

const BY_KEY = new Map(SPECS.map((s) => [s.key, s]));

/** Management-command spellings that mean the same as a short one (`docker container run` = `docker run`). */
const ALIASES: Record<string, string> = {
  'container run': 'run',
  'container create': 'create',
  'container exec': 'exec',
  'container ls': 'ps',
  'container list': 'ps',
  'container ps': 'ps',
  'container logs': 'logs',
  'container stop': 'stop',
  'container start': 'start',
  'container restart': 'restart',
  'container rm': 'rm',
  'container remove': 'rm',
  'container inspect': 'inspect',
  'container kill': 'kill',
  'container port': 'port',
  'container cp': 'cp',
  'container commit': 'commit',
  'image history': 'history',
  'buildx prune': 'builder prune',
  'image build': 'build',
  'buildx build': 'build',
  'builder build': 'build',
  'image pull': 'pull',
  'image push': 'push',
  'image tag': 'tag',
  'image ls': 'images',
  'image list': 'images',
  'image rm': 'rmi',
  'image remove': 'rmi',
  'image inspect': 'inspect',
  'volume list': 'volume ls',
  'volume remove': 'volume rm',
  'network list': 'network ls',
  'network remove': 'network rm',
  'compose container ls': 'compose ps',
};

/** Words that are management commands: the subcommand continues with the next word. */
export const GROUPS: ReadonlySet<string> = new Set(['container', 'image', 'volume', 'network', 'compose', 'buildx', 'builder', 'system', 'context', 'plugin', 'swarm', 'service', 'stack', 'secret', 'config', 'node', 'trust', 'manifest']);

export function subcommandSpec(key: string): SubcommandSpec | undefined {
  return BY_KEY.get(key);
}

export function canonicalKey(path: readonly string[]): string {
  const joined = path.join(' ');
  return ALIASES[joined] ?? joined;
}

export function findFlag(spec: SubcommandSpec | undefined, name: string, isShort: boolean): FlagSpec | undefined {
  if (!spec) return undefined;
  return spec.flags.find((f) => (isShort ? f.short === name : f.long === name));
}

/** Subcommands (canonical keys) that do accept a flag, for "this flag belongs to `docker run`". */
export function subcommandsWithFlag(name: string, isShort: boolean): string[] {
  const result: string[] = [];
  for (const spec of SPECS) if (findFlag(spec, name, isShort)) result.push(spec.key);
  return result;
}

export function allSubcommandKeys(): string[] {
  return SPECS.map((s) => s.key);
}
