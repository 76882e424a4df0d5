import type { Flag, Instruction } from 'dockerfile-ast';
import type { Position } from '../../types';
import { rangeContains } from '../../types';
import { findStage } from '../../documents/dockerfileDocument';
import { code, ours } from '../hover';
import type { DockerfileContext, Found } from './context';
import { keywordOf } from './context';
import { flagsOf } from '../../documents/dockerfileAstMemo';
import { FLAGS_BY_KEYWORD } from '../../knowledge/completion/dockerfile';

const MOUNT_TYPES = new Set(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
const OPTION_ALIASES: Record<string, string> = { dst: 'target', destination: 'target', readonly: 'ro', readwrite: 'rw' };

export function flagHover(ctx: DockerfileContext, instruction: Instruction, flag: Flag, pos: Position): Found {
  const keyword = keywordOf(instruction);
  const name = flag.getName().toLowerCase();
  const heading = `--${flag.getName()}`;
  if (!(FLAGS_BY_KEYWORD[keyword] ?? []).includes(name)) {
    return { topicId: 'dockerfile.flag.unknown', range: flag.getRange(), heading, facts: [ctx.say.t('dockerfile.flag.unknown', 'unknown', { flag: code(heading), keyword: code(keyword) })] };
  }
  if (name === 'mount') return mountHover(ctx, flag, pos);
  const topicId = `dockerfile.flag.${name}`;
  return { topicId, range: flag.getRange(), heading, facts: flagFacts(ctx, instruction, name, flag) };
}

function flagFacts(ctx: DockerfileContext, instruction: Instruction, name: string, flag: Flag): string[] {
  const say = ctx.say;
  const topic = `dockerfile.flag.${name}`;
  const raw = flag.getValue();
  const value = code(raw ?? '');
  switch (name) {
    case 'platform': {
      const facts = [say.t(topic, 'value', { value })];
      if ((raw ?? '').includes('BUILDPLATFORM')) facts.push(say.t(topic, 'buildPlatform'));
      return facts;
    }
    case 'from':
      return fromFlagFacts(ctx, instruction, raw ?? '');
    case 'chown':
      return chownFacts(ctx, instruction, raw ?? '');
    case 'chmod':
      return /^[0-7]{3,4}$/.test(raw ?? '')
        ? [say.t(topic, 'octal', { value, explain: ours(explainOctal(raw ?? '', ctx.say.lang === 'ko')) })]
        : [say.t(topic, 'symbolic', { value })];
    case 'link':
      return raw !== null && raw.toLowerCase() === 'false' ? [say.t(topic, 'disabled', { value: code(`--link=${raw}`) })] : [say.t(topic, 'effect')];
    case 'parents':
      return [say.t(topic, 'example')];
    case 'exclude':
      return [say.t(topic, 'pattern', { value })];
    case 'network':
    case 'security': {
      const v = (raw ?? '').toLowerCase();
      return [say.has(topic, v) && v !== 'other' ? say.t(topic, v) : say.t(topic, 'other', { value })];
    }
    case 'keep-git-dir':
      return [];
    default:
      return say.has(topic, 'value') ? [say.t(topic, 'value', { value })] : [];
  }
}

function fromFlagFacts(ctx: DockerfileContext, instruction: Instruction, raw: string): string[] {
  const say = ctx.say;
  const T = 'dockerfile.flag.from';
  const facts: string[] = [];
  // BuildKit never expands --from (dockerfile2llb/convert.go toCommand): the build stops.
  if (/\$(?:[A-Za-z_{])/.test(raw)) return [say.t(T, 'variable', { value: code(raw) })];
  const ref = raw;
  const stage = findStage(ctx.doc, ref);
  const here = ctx.stageOf(instruction);
  if (stage) {
    const values = { value: code(ref), stage: ctx.stageText(stage), line: ctx.line(stage.from.getRange()) };
    if (here && stage.index >= here.index) facts.push(say.t(T, 'laterStage', values));
    else if (stage.name !== undefined && stage.name.toLowerCase() === ref.toLowerCase()) facts.push(say.t(T, 'stage', values));
    else facts.push(say.t(T, 'stageIndex', values));
  } else {
    facts.push(say.t(T, 'image', { value: code(ref), image: code(ref.includes(':') || ref.includes('@') ? ref : `${ref}:latest`) }));
  }
  facts.push(say.t(T, 'absolute'));
  return facts;
}

function chownFacts(ctx: DockerfileContext, instruction: Instruction, raw: string): string[] {
  const say = ctx.say;
  const T = 'dockerfile.flag.chown';
  const [user, group] = raw.split(':');
  const facts = [group !== undefined ? say.t(T, 'value', { user: code(user), group: code(group) }) : say.t(T, 'userOnly', { user: code(user) })];
  const numeric = /^\d+$/.test(user) && (group === undefined || /^\d+$/.test(group));
  if (!numeric && !raw.includes('$')) {
    const linked = flagsOf(instruction).some((f) => f.getName().toLowerCase() === 'link' && (f.getValue() ?? 'true').toLowerCase() !== 'false');
    facts.push(linked ? say.t(T, 'withLink') : say.t(T, 'names'));
  }
  return facts;
}

/** `755` → "소유자 rwx, 그룹 r-x, 기타 사용자 r-x". */
export function explainOctal(mode: string, ko: boolean): string {
  const digits = mode.slice(-3).split('').map(Number);
  const rwx = (d: number) => `${d & 4 ? 'r' : '-'}${d & 2 ? 'w' : '-'}${d & 1 ? 'x' : '-'}`;
  const who = ko ? ['소유자', '그룹', '기타 사용자'] : ['owner', 'group', 'others'];
  return digits.map((d, i) => `${who[i]} \`${rwx(d)}\``).join(', ');
}

type FlagOption = ReturnType<Flag['getOptions']>[number];

function optionName(option: FlagOption): string {
  const raw = option.getName();
  // No option we know is longer than `destination`. dockerfile-ast names each option of
  // `--mount=,,,…` with all the commas before it, so lowercasing every name was quadratic
  // (review F9: over a minute for one hover); a long name is compared as it is.
  if (raw.length > 16) return raw;
  const n = raw.toLowerCase();
  return OPTION_ALIASES[n] ?? n;
}

const MAX_OPTIONS_READ = 16;

function mountHover(ctx: DockerfileContext, flag: Flag, pos: Position): Found {
  const say = ctx.say;
  const options = flag.getOptions();
  const typeOption = options.find((o) => optionName(o) === 'type');
  const type = (typeOption?.getValue() ?? 'bind').toLowerCase();
  const known = MOUNT_TYPES.has(type);
  const topicId = known ? `dockerfile.mount.${type}` : 'dockerfile.mount.unknown';
  const facts: string[] = [];
  if (!known) facts.push(say.t(topicId, 'type', { value: code(type) }));
  const under = options.find((o) => rangeContains(o.getRange(), pos));
  // The hover shows five facts: the option under the cursor and the first few others are read,
  // not all of them (review F9: `--mount=` + 100,000 commas took over a minute).
  const ordered = (under ? [under, ...options.filter((o) => o !== under)] : options).slice(0, MAX_OPTIONS_READ);
  for (const option of ordered) {
    const name = optionName(option);
    if (name === 'type') continue;
    const rawValue = option.getValue();
    const value = code(rawValue ?? '');
    if (!known) {
      facts.push(say.t(topicId, 'option', { name: code(name), value: rawValue === null ? '' : ours(` = ${value.markdown}`) }));
      continue;
    }
    if (name === 'sharing') {
      const v = (rawValue ?? '').toLowerCase();
      facts.push(say.t(topicId, 'opt.sharing', { value, explain: say.has(topicId, `sharing.${v}`) ? say.md(topicId, `sharing.${v}`) : value }));
    } else if (say.has(topicId, `opt.${name}`)) {
      facts.push(say.t(topicId, `opt.${name}`, { value, raw: rawValue ?? '' }));
    }
  }
  if (type === 'bind' && !options.some((o) => optionName(o) === 'rw')) facts.push(say.t(topicId, 'readOnly'));
  if (type === 'secret' && !options.some((o) => ['target', 'env'].includes(optionName(o)))) {
    const id = options.find((o) => optionName(o) === 'id')?.getValue();
    if (id) facts.push(say.t(topicId, 'defaultTarget', { path: code(`/run/secrets/${id}`) }));
  }
  if (type === 'ssh') facts.push(say.t(topicId, 'build'));
  return { topicId, range: flag.getRange(), heading: `--mount=type=${type}`, facts: facts.filter(Boolean).slice(0, 5) };
}
