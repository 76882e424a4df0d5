import { dockerfileRule } from './dockerfile/defineRule';
import { allCommands } from './dockerfile/commands';
import type { RunScript } from './dockerfile/runScript';
import { removesPath } from './dockerfile/runScript';
import { variablesInScope } from '../../model/dockerfileVariables';
import type { ShellWord } from './dockerfile/shell';
import { shippedStageIndexes } from './dockerfile/stages';

// pip keeps every downloaded wheel in ~/.cache/pip; in an image that cache is dead weight.
// Silent when the cache cannot land in the layer or is already off: a BuildKit cache mount on
// the pip cache (`--mount=type=cache,target=/root/.cache/pip` — there the cache is the point,
// hadolint #943), PIP_NO_CACHE_DIR set by ENV/ARG or on the command, the cache removed in the
// same RUN, or a stage that does not end up in the final image.

const PIP = /^pip(?:\d+(?:\.\d+)?)?$/;
const PYTHON = /^python(?:\d+(?:\.\d+)?)?$/;

export const pipNoCacheDir = dockerfileRule(
  {
    id: 'pip-no-cache-dir',
    kinds: ['dockerfile'],
    severity: 'info',
    title: { ko: '‘pip install’에 --no-cache-dir를 붙여요', en: 'Use pip install --no-cache-dir' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://docs.docker.com/reference/dockerfile/#run---mounttypecache',
    ],
    messages: {
      missing: {
        ko: '‘{command}’은/는 내려받은 패키지를 ~/.cache/pip에 남겨서 레이어가 커져요. --no-cache-dir를 붙이거나, BuildKit 캐시 마운트(‘RUN --mount=type=cache,target=/root/.cache/pip’)를 쓰세요.',
        en: '‘{command}’ keeps downloads in ~/.cache/pip inside the layer. Add --no-cache-dir, or use a BuildKit cache mount on /root/.cache/pip.',
      },
    },
    equivalents: { hadolint: ['DL3042'] },
    fixable: true,
  },
  (doc, report) => {
    const shipped = shippedStageIndexes(doc);
    for (const { script, command, resolved, position } of allCommands(doc)) {
      if (!shipped.has(script.stage.index)) continue;
      const install = pipInstall(resolved.program, resolved.args);
      if (!install) continue;
      if (resolved.args.some((a) => a.text === '--no-cache-dir' || a.text.startsWith('--no-cache-dir='))) continue;
      if (resolved.assignments.some((a) => a.text.startsWith('PIP_NO_CACHE_DIR='))) continue;
      if (exportedEarlier(script, position, 'PIP_NO_CACHE_DIR')) continue;
      // ENV, or an ARG with a value: both are in the environment of RUN.
      const setting = variablesInScope(doc, script.instruction.getRange().start.line).get('PIP_NO_CACHE_DIR');
      if (setting && (setting.kind === 'ENV' || setting.value !== null)) continue;
      if (pipCacheMounted(script) || removesPath(script, ['/root/.cache', '~/.cache', '$HOME/.cache'])) continue;
      const program = command.words[resolved.programIndex];
      const at = doc.lines.positionAt(install.end);
      report({
        range: doc.lines.range(program.start, install.end),
        messageId: 'missing',
        data: { command: doc.text.slice(program.start, install.end) },
        fixes: [{ title: { ko: '--no-cache-dir 붙이기', en: 'Add --no-cache-dir' }, edits: [{ range: { start: at, end: at }, newText: ' --no-cache-dir' }] }],
      });
    }
  },
);

/**
 * Whether an earlier command of the same RUN exports the variable (`export NAME=1 && pip …`,
 * `NAME=1; export NAME`, `declare -x NAME=1`): the shell passes it to every later command of that
 * RUN. It does not outlive the RUN (each RUN starts a new shell), so only this script counts.
 */
function exportedEarlier(script: RunScript, position: number, name: string): boolean {
  for (let i = 0; i < position; i++) {
    const words = script.commands[i].words;
    const head = words[0]?.text;
    const exporting = head === 'export' || ((head === 'declare' || head === 'typeset') && words.some((w) => /^-[a-zA-Z]*x/.test(w.text)));
    if (exporting && words.slice(1).some((w) => w.text === name || w.text.startsWith(`${name}=`))) return true;
  }
  return false;
}

/** The `install` word of `pip install …` or `python -m pip install …`. */
function pipInstall(program: string, args: ShellWord[]): ShellWord | undefined {
  if (PIP.test(program)) return args.find((a) => !a.text.startsWith('-'))?.text === 'install' ? args.find((a) => !a.text.startsWith('-')) : undefined;
  if (PYTHON.test(program)) {
    const m = args.findIndex((a) => a.text === '-m');
    if (m >= 0 && PIP.test(args[m + 1]?.text ?? '') && args[m + 2]?.text === 'install') return args[m + 2];
  }
  return undefined;
}

function pipCacheMounted(script: RunScript): boolean {
  return script.mounts.some((m) => (m.type === 'cache' || m.type === 'tmpfs') && /(?:^|\/)\.cache(?:\/pip)?\/?$|^\/root\/?$/.test(m.target ?? ''));
}
