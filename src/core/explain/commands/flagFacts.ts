// Value-aware sentences for the flags whose meaning depends on the value: `-p 8080:80`,
// `-v usr/html:/x`, `--volumes-from web1:ro`, `-e KEY=v`, `--network host`, `--restart`, …
// The words come from knowledge templates; this file only decides which ones apply.

import type { ParsedDockerCommand, ParsedFlag } from '../../model/dockerCommand';
import { describePublishing, formatRange, parsePortMapping } from '../../model/portMapping';
import { parseVolumeShort } from '../../model/composeVolumes';
import { DOCKER_SOCKET, parseMountFlag } from '../../model/dockerMounts';
import type { CommandSay } from './say';
import { code, numeral, ours } from '../hover';
import type { MarkdownValues } from '../hover';


/** Facts about a flag's value, most important first. Empty when the summary says it all. */
export function flagValueFacts(cmd: ParsedDockerCommand, flag: ParsedFlag, say: CommandSay): string[] {
  const value = flag.value;
  if (value === undefined) return [];
  switch (flag.name) {
    case 'publish':
      return cmd.key === 'login' ? [] : [publishFact(value, say), ...firewallFact(value, say)];
    case 'volume':
      return cmd.key === 'compose down' || cmd.key === 'rm' ? [] : volumeFacts(value, say);
    case 'mount':
      return mountFacts(value, say);
    case 'volumes-from':
      return volumesFromFacts(value, say);
    case 'env':
      return envFacts(value, say);
    case 'network':
    case 'net':
      return cmd.key === 'build' ? [] : [networkFact(value, say)];
    case 'restart':
      return [restartFact(value, say)];
    case 'tag':
      return cmd.key === 'build' && !(value.lastIndexOf(':') > value.lastIndexOf('/')) && !value.includes('@') ? [say.t('cli.build.--tag', 'noTag', { value })] : [];
    default:
      return [];
  }
}

/** Values a flag topic's summary may mention. */
export function flagValues(flag: ParsedFlag, say: CommandSay): MarkdownValues {
  const value = flag.value ?? '';
  const values: MarkdownValues = { value: numeral(value), flag: flag.written };
  if (flag.name === 'volumes-from') values.container = value.replace(/:(ro|rw)$/, '');
  if (flag.name === 'build-arg') {
    const eq = value.indexOf('=');
    const name = eq < 0 ? value : value.slice(0, eq);
    values.name = name;
    values.assignment = eq < 0 ? say.md('cli.build.--build-arg', 'fromShell', { name }) : ours(`${code(name).markdown} = ${code(value.slice(eq + 1)).markdown}`);
  }
  return values;
}

/** "호스트 8080 → 컨테이너 80 (tcp). 호스트의 모든 네트워크 인터페이스…" for one `-p` value. */
export function publishFact(value: string, say: CommandSay): string {
  const T = 'cli.run.--publish';
  const parsed = parsePortMapping(value);
  if (!parsed.ok && parsed.problem === 'variable') return say.t(T, 'variable');
  if (!parsed.ok) return say.t(T, 'invalid', { value, detail: code(parsed.detail) });
  const m = parsed.mapping;
  // The port model decides who can connect and how the host port is chosen; this only words it.
  const pub = describePublishing(m);
  const r = pub.reach;
  const reach = r.kind === 'every' || r.kind === 'family' ? say.md(T, 'everyInterface') : say.md(T, r.kind, { ip: r.ip });
  if (pub.choice === 'ephemeral') return say.t(T, 'ephemeral', { containerPort: ours(formatRange(m.container)), protocol: ours(m.protocol), reach });
  return say.t(T, 'mapping', { hostPort: ours(formatRange(m.host ?? m.container)), containerPort: ours(formatRange(m.container)), protocol: ours(m.protocol), reach });
}

/** A port open on every interface is also open past ufw (Docker's own iptables rules). */
function firewallFact(value: string, say: CommandSay): string[] {
  const parsed = parsePortMapping(value);
  if (!parsed.ok) return [];
  const ip = parsed.mapping.hostIp;
  return ip === undefined || ip === '0.0.0.0' || ip === '::' ? [say.t('cli.run.--publish', 'firewall')] : [];
}

export function volumeFacts(value: string, say: CommandSay): string[] {
  const T = 'cli.run.--volume';
  const spec = parseVolumeShort(value, 'docker');
  const source = spec.source ?? '';
  const target = spec.target ?? '';
  const facts: string[] = [];
  if (spec.type === undefined && spec.hasVariable) facts.push(say.t(T, 'variable'));
  else if (spec.problems.some((p) => p.code === 'invalid-volume-name')) facts.push(say.t(T, 'invalidName', { source }));
  else if (spec.type === 'bind') {
    facts.push(say.t(T, 'bind', { source, target }));
    if (source.startsWith('.')) facts.push(say.t(T, 'bindRelative', { source }));
    facts.push(say.t(T, 'bindHides', { target }));
  } else if (spec.anonymous) facts.push(say.t(T, 'anonymous', { target }));
  else if (spec.type === 'volume') facts.push(say.t(T, 'named', { source, target }), say.t(T, 'volumeSeed', { target }));
  if (spec.problems.some((p) => p.code === 'relative-target')) facts.push(say.t(T, 'relativeTarget', { target }));
  if (spec.readOnly) facts.push(say.t(T, 'readOnly'));
  if (DOCKER_SOCKET.test(source)) facts.push(say.t(T, 'socket'));
  return facts.filter(Boolean);
}

function mountFacts(value: string, say: CommandSay): string[] {
  const T = 'cli.run.--mount';
  const m = parseMountFlag(value);
  const facts = [say.t(T, 'parsed', { type: m.type, source: m.source ?? '-', target: m.target ?? '-' })];
  if (m.type === 'bind') facts.push(say.t(T, 'bindMissing'));
  if (m.readOnly) facts.push(say.t('cli.run.--volume', 'readOnly'));
  if (m.source && DOCKER_SOCKET.test(m.source)) facts.push(say.t('cli.run.--volume', 'socket'));
  return facts;
}

function volumesFromFacts(value: string, say: CommandSay): string[] {
  const T = 'cli.run.--volumes-from';
  const mode = /:(ro|rw)$/.exec(value)?.[1];
  return [mode === 'ro' ? say.t(T, 'ro') : mode === 'rw' ? say.t(T, 'rw') : say.t(T, 'same')];
}

function envFacts(value: string, say: CommandSay): string[] {
  const T = 'cli.run.--env';
  const eq = value.indexOf('=');
  const name = eq < 0 ? value : value.slice(0, eq);
  const facts = [eq < 0 ? say.t(T, 'passThrough', { name }) : say.t(T, 'set', { name, value: value.slice(eq + 1) })];
  if (eq >= 0 && /pass(word)?|secret|token|api[_-]?key|private[_-]?key/i.test(name)) facts.push(say.t(T, 'secret'));
  return facts;
}

export function networkFact(value: string, say: CommandSay): string {
  const T = 'cli.run.--network';
  if (value === 'bridge' || value === 'host' || value === 'none') return say.t(T, value);
  if (value.startsWith('container:')) return say.t(T, 'container', { name: value.slice('container:'.length) });
  return say.t(T, 'custom', { value });
}

function restartFact(value: string, say: CommandSay): string {
  const T = 'cli.run.--restart';
  const policy = value.split(':')[0];
  if (policy === 'no' || policy === 'on-failure' || policy === 'always' || policy === 'unless-stopped') return say.t(T, policy);
  return say.t(T, 'unknown', { value });
}
