// The table from a position in a Compose file to its topic: which keys exist where, which
// keys are names chosen by the author (services, volumes, environment variables…), and which
// value explainer reads a value. Adding a key is one row here and one topic in
// knowledge/topics/compose/; the finder (explainCompose) never changes.

/** Names of value explainers (see values.ts). */
export type ExplainerId =
  | 'image'
  | 'buildShort'
  | 'path'
  | 'dockerfile'
  | 'containerName'
  | 'command'
  | 'entrypoint'
  | 'envItem'
  | 'envValue'
  | 'envFile'
  | 'port'
  | 'portLongEntry'
  | 'expose'
  | 'volume'
  | 'volumeLongEntry'
  | 'volumesFrom'
  | 'tmpfs'
  | 'networkRef'
  | 'networkMode'
  | 'dependsOnShort'
  | 'dependsOnEntry'
  | 'condition'
  | 'restart'
  | 'healthTest'
  | 'duration'
  | 'cpus'
  | 'bytes'
  | 'user'
  | 'profile'
  | 'pullPolicy'
  | 'platform'
  | 'stopSignal'
  | 'capability'
  | 'extraHost'
  | 'bool'
  | 'version'
  | 'projectName'
  | 'secretRef'
  | 'configRef'
  | 'serviceName'
  | 'volumeDecl'
  | 'networkDecl'
  | 'include'
  | 'logDriver'
  | 'replicas';

export interface Spec {
  /** Topic of the key that leads here (or of the name, for `names` specs). */
  topic: string;
  /** Explains a scalar value written here (`image: nginx`, a list item, a map value). */
  value?: ExplainerId;
  /** Facts for a hover on the key, whatever the value's shape (list, map, scalar). */
  facts?: ExplainerId;
  /** Known keys when the value is a map. */
  keys?: Record<string, Spec>;
  /** The value is a map whose keys are names the author chose; each name has this spec. */
  names?: Spec;
  /** The value is a list: scalar items are read with `item`, map items with `itemKeys`. */
  item?: ExplainerId;
  itemKeys?: Record<string, Spec>;
  /** Facts about a whole long-syntax entry, shown on every key and value inside it. */
  entry?: ExplainerId;
  /** Key-value pairs with free keys (labels, options): show the key's topic for any child. */
  freeForm?: boolean;
}

const s = (topic: string, extra: Omit<Spec, 'topic'> = {}): Spec => ({ topic, ...extra });
const svc = (key: string, extra: Omit<Spec, 'topic'> = {}): Spec => s(`compose.service.${key}`, extra);

const durationKey = (topic: string) => s(topic, { value: 'duration' });

const healthcheck: Spec = svc('healthcheck', {
  keys: {
    test: svc('healthcheck.test', { value: 'healthTest', facts: 'healthTest', item: 'healthTest' }),
    interval: durationKey('compose.service.healthcheck.interval'),
    timeout: durationKey('compose.service.healthcheck.timeout'),
    retries: svc('healthcheck.retries'),
    start_period: durationKey('compose.service.healthcheck.start_period'),
    start_interval: durationKey('compose.service.healthcheck.start_interval'),
    disable: svc('healthcheck.disable', { value: 'bool' }),
  },
});

const resourceSet = (which: 'limits' | 'reservations'): Spec =>
  svc(`deploy.resources.${which}`, {
    keys: {
      cpus: svc(`deploy.resources.${which}.cpus`, { value: 'cpus' }),
      memory: svc(`deploy.resources.${which}.memory`, { value: 'bytes' }),
      pids: svc('deploy.resources.limits.pids'),
      devices: svc('deploy.resources.reservations.devices'),
    },
  });

const deploy: Spec = svc('deploy', {
  keys: {
    resources: svc('deploy.resources', { keys: { limits: resourceSet('limits'), reservations: resourceSet('reservations') } }),
    replicas: svc('deploy.replicas', { value: 'replicas' }),
    mode: svc('deploy.mode'),
    restart_policy: svc('deploy.restart_policy', {
      keys: { condition: svc('deploy.restart_policy'), delay: svc('deploy.restart_policy'), max_attempts: svc('deploy.restart_policy'), window: svc('deploy.restart_policy') },
    }),
    placement: svc('deploy.placement'),
    labels: svc('deploy.labels', { freeForm: true }),
    update_config: svc('deploy.update_config', { freeForm: true }),
    rollback_config: svc('deploy.update_config', { freeForm: true }),
    endpoint_mode: svc('deploy.endpoint_mode'),
  },
});

const buildKeys: Record<string, Spec> = {
  context: svc('build.context', { value: 'path' }),
  dockerfile: svc('build.dockerfile', { value: 'dockerfile' }),
  dockerfile_inline: svc('build.dockerfile_inline'),
  target: svc('build.target'),
  args: svc('build.args', { names: svc('build.args.arg'), item: 'envItem' }),
  ssh: svc('build.ssh'),
  secrets: svc('build.secrets', { item: 'secretRef' }),
  cache_from: svc('build.cache_from'),
  cache_to: svc('build.cache_from'),
  additional_contexts: svc('build.additional_contexts', { names: svc('build.additional_contexts') }),
  labels: svc('labels', { freeForm: true }),
  network: svc('build.network'),
  platforms: svc('build.platforms', { item: 'platform' }),
  tags: svc('build.tags', { item: 'image' }),
  no_cache: svc('build.no_cache', { value: 'bool' }),
  pull: svc('build.pull', { value: 'bool' }),
  shm_size: svc('shm_size', { value: 'bytes' }),
  extra_hosts: svc('extra_hosts', { item: 'extraHost', names: svc('extra_hosts', { facts: 'extraHost' }) }),
};

const portLongKeys: Record<string, Spec> = {
  target: svc('ports.target'),
  published: svc('ports.published'),
  host_ip: svc('ports.host_ip'),
  protocol: svc('ports.protocol'),
  mode: svc('ports.mode'),
  app_protocol: svc('ports.app_protocol'),
  name: svc('ports.name'),
};

const volumeLongKeys: Record<string, Spec> = {
  type: svc('volumes.type'),
  source: svc('volumes.source'),
  target: svc('volumes.target'),
  read_only: svc('volumes.read_only', { value: 'bool' }),
  bind: svc('volumes.bind', { keys: { propagation: svc('volumes.bind'), create_host_path: svc('volumes.bind.create_host_path'), selinux: svc('volumes.bind.selinux') } }),
  volume: svc('volumes.volume', { keys: { nocopy: svc('volumes.volume.nocopy'), subpath: svc('volumes.volume') } }),
  tmpfs: svc('volumes.tmpfs', { keys: { size: svc('volumes.tmpfs'), mode: svc('volumes.tmpfs') } }),
  consistency: svc('volumes.consistency'),
};

const fileRefKeys: Record<string, Spec> = {
  source: svc('secrets.source'),
  target: svc('secrets.target'),
  uid: svc('secrets.uid'),
  gid: svc('secrets.uid'),
  mode: svc('secrets.mode'),
};

/** Keys of a service definition (also used for `x-` fragments that look like one). */
export const serviceKeys: Record<string, Spec> = {
  image: svc('image', { value: 'image' }),
  build: svc('build', { value: 'buildShort', keys: buildKeys }),
  container_name: svc('container_name', { value: 'containerName' }),
  hostname: svc('hostname'),
  command: svc('command', { value: 'command', facts: 'command', item: 'command' }),
  entrypoint: svc('entrypoint', { value: 'entrypoint', facts: 'entrypoint', item: 'entrypoint' }),
  environment: svc('environment', { item: 'envItem', names: svc('environment.variable', { value: 'envValue' }) }),
  env_file: svc('env_file', { value: 'envFile', item: 'envFile', itemKeys: { path: svc('env_file', { value: 'envFile' }), required: svc('env_file.required'), format: svc('env_file.format') } }),
  ports: svc('ports', { item: 'port', itemKeys: portLongKeys, entry: 'portLongEntry' }),
  expose: svc('expose', { item: 'expose' }),
  volumes: svc('volumes', { item: 'volume', itemKeys: volumeLongKeys, entry: 'volumeLongEntry' }),
  volumes_from: svc('volumes_from', { item: 'volumesFrom' }),
  tmpfs: svc('tmpfs', { value: 'tmpfs', item: 'tmpfs' }),
  networks: svc('networks', {
    item: 'networkRef',
    names: svc('networks.network', {
      facts: 'networkRef',
      keys: {
        aliases: svc('networks.aliases'),
        ipv4_address: svc('networks.ipv4_address'),
        ipv6_address: svc('networks.ipv4_address'),
        priority: svc('networks.priority'),
        gw_priority: svc('networks.priority'),
        interface_name: svc('networks.interface_name'),
        mac_address: svc('mac_address'),
        driver_opts: svc('networks.driver_opts', { freeForm: true }),
        link_local_ips: svc('networks.link_local_ips'),
      },
    }),
  }),
  network_mode: svc('network_mode', { value: 'networkMode' }),
  depends_on: svc('depends_on', {
    item: 'dependsOnShort',
    names: svc('depends_on.service', {
      facts: 'dependsOnEntry',
      entry: 'dependsOnEntry',
      keys: {
        condition: svc('depends_on.condition', { value: 'condition' }),
        restart: svc('depends_on.restart', { value: 'bool' }),
        required: svc('depends_on.required', { value: 'bool' }),
      },
    }),
  }),
  links: svc('links'),
  external_links: svc('links'),
  restart: svc('restart', { value: 'restart' }),
  healthcheck,
  deploy,
  cpus: svc('cpus', { value: 'cpus' }),
  cpu_shares: svc('cpu_shares'),
  cpuset: svc('cpuset'),
  mem_limit: svc('mem_limit', { value: 'bytes' }),
  mem_reservation: svc('mem_reservation', { value: 'bytes' }),
  memswap_limit: svc('memswap_limit', { value: 'bytes' }),
  pids_limit: svc('pids_limit'),
  shm_size: svc('shm_size', { value: 'bytes' }),
  ulimits: svc('ulimits', { names: svc('ulimits.name', { keys: { soft: svc('ulimits.name'), hard: svc('ulimits.name') } }) }),
  sysctls: svc('sysctls', { freeForm: true }),
  user: svc('user', { value: 'user' }),
  working_dir: svc('working_dir'),
  labels: svc('labels', { freeForm: true }),
  annotations: svc('annotations', { freeForm: true }),
  logging: svc('logging', { keys: { driver: svc('logging.driver', { value: 'logDriver' }), options: svc('logging.options', { freeForm: true }) } }),
  profiles: svc('profiles', { item: 'profile' }),
  extends: svc('extends', { value: 'serviceName', keys: { service: svc('extends.service', { value: 'serviceName' }), file: svc('extends.file', { value: 'path' }) } }),
  secrets: svc('secrets', { item: 'secretRef', itemKeys: fileRefKeys }),
  configs: svc('configs', { item: 'configRef', itemKeys: fileRefKeys }),
  privileged: svc('privileged', { value: 'bool' }),
  cap_add: svc('cap_add', { item: 'capability' }),
  cap_drop: svc('cap_drop', { item: 'capability' }),
  security_opt: svc('security_opt'),
  devices: svc('devices'),
  extra_hosts: svc('extra_hosts', { item: 'extraHost', names: svc('extra_hosts', { facts: 'extraHost' }) }),
  dns: svc('dns'),
  init: svc('init', { value: 'bool' }),
  stop_signal: svc('stop_signal', { value: 'stopSignal' }),
  stop_grace_period: svc('stop_grace_period', { value: 'duration' }),
  platform: svc('platform', { value: 'platform' }),
  pull_policy: svc('pull_policy', { value: 'pullPolicy' }),
  runtime: svc('runtime'),
  stdin_open: svc('stdin_open', { value: 'bool' }),
  tty: svc('tty', { value: 'bool' }),
  read_only: svc('read_only', { value: 'bool' }),
  scale: svc('scale', { value: 'replicas' }),
  pid: svc('pid'),
  ipc: svc('pid'),
  userns_mode: svc('pid'),
  group_add: svc('group_add'),
  oom_score_adj: svc('oom_score_adj'),
  develop: svc('develop', { freeForm: true }),
  post_start: svc('post_start', { freeForm: true }),
  pre_stop: svc('post_start', { freeForm: true }),
  gpus: svc('gpus'),
  mac_address: svc('mac_address'),
  domainname: svc('domainname'),
  attach: svc('attach', { value: 'bool' }),
};

const externalKey = s('compose.decl.external', { value: 'bool' });
const declName = s('compose.decl.name');
const driverOpts = s('compose.decl.driver_opts', { freeForm: true });

export const ROOT: Spec = s('compose.root', {
  keys: {
    version: s('compose.version', { value: 'version' }),
    name: s('compose.name', { value: 'projectName' }),
    services: s('compose.services', { names: s('compose.service', { facts: 'serviceName', keys: serviceKeys }) }),
    volumes: s('compose.volumes', {
      names: s('compose.volumes.volume', {
        facts: 'volumeDecl',
        keys: { driver: s('compose.decl.driver'), driver_opts: driverOpts, external: externalKey, name: declName, labels: svc('labels', { freeForm: true }) },
      }),
    }),
    networks: s('compose.networks', {
      names: s('compose.networks.network', {
        facts: 'networkDecl',
        keys: {
          driver: s('compose.decl.driver'),
          driver_opts: driverOpts,
          external: externalKey,
          name: declName,
          internal: s('compose.networks.internal', { value: 'bool' }),
          attachable: s('compose.networks.attachable', { value: 'bool' }),
          enable_ipv6: s('compose.networks.enable_ipv6', { value: 'bool' }),
          ipam: s('compose.networks.ipam', { freeForm: true }),
          labels: svc('labels', { freeForm: true }),
        },
      }),
    }),
    configs: s('compose.configs', {
      names: s('compose.configs.config', {
        keys: { file: s('compose.decl.file', { value: 'path' }), environment: s('compose.decl.environment'), content: s('compose.decl.content'), external: externalKey, name: declName },
      }),
    }),
    secrets: s('compose.secrets', {
      names: s('compose.secrets.secret', {
        keys: { file: s('compose.decl.file', { value: 'path' }), environment: s('compose.decl.environment'), external: externalKey, name: declName },
      }),
    }),
    include: s('compose.include', { item: 'include', itemKeys: { path: s('compose.include', { value: 'include' }), project_directory: s('compose.include.project_directory'), env_file: s('compose.include.env_file') } }),
  },
});

/** Service keys that make an `x-` fragment look like (part of) a service definition. */
export function looksLikeServiceFragment(keys: string[]): boolean {
  return keys.some((k) => k !== 'labels' && k !== 'environment' && Object.prototype.hasOwnProperty.call(serviceKeys, k));
}
