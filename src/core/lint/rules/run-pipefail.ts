import type { DockerfileDocument, DockerfileStage } from '../../documents/dockerfileDocument';
import { dockerfileRule } from './dockerfile/defineRule';
import { lineage, shellBefore } from './dockerfile/stages';
import { runScripts } from './dockerfile/runScript';
import { resolveCommand } from './dockerfile/shell';
import type { ShellCommand } from './dockerfile/shell';
import { stageBase } from './dockerfile/baseImage';

// A pipeline's status is its last command's. `curl -fsSL URL | sh` whose download fails feeds sh
// nothing, sh exits 0, and the build goes on without what the script should have installed. The
// Dockerfile best practices say to prepend `set -o pipefail`, and warn that not every shell has
// it: /bin/sh of the Debian and Ubuntu images is dash, which rejects it ("set: Illegal option -o
// pipefail", checked with dash 0.5.12 of Debian 12), so there the shell must be changed with
// SHELL. We report pipes fed by a download (curl, wget), where a hidden failure is common, and a
// `set -o pipefail` that dash will refuse. hadolint's DL4006 reports every pipe.

const FETCHERS = new Set(['curl', 'wget']);

export const runPipefail = dockerfileRule(
  {
    id: 'run-pipefail',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: '다운로드를 파이프로 넘길 때는 pipefail을 켜요', en: 'Use pipefail when a download is piped' },
    sources: [
      'https://docs.docker.com/build/building/best-practices/#using-pipes',
      'https://docs.docker.com/reference/dockerfile/#shell',
    ],
    messages: {
      missingBash: {
        ko: '‘{fetcher}’의 출력을 ‘{consumer}’에 파이프로 넘기는데 pipefail이 없어요. 다운로드가 실패해도 파이프의 결과는 마지막 명령의 것이라 빌드가 그대로 성공해요. 이 이미지의 /bin/sh(dash)는 pipefail을 몰라서, 이 RUN 앞에 ‘SHELL ["/bin/bash", "-o", "pipefail", "-c"]’를 쓰세요.',
        en: '‘{fetcher}’ is piped into ‘{consumer}’ without pipefail: if the download fails the pipe still reports the last command\'s status and the build goes on. /bin/sh here is dash, which has no pipefail, so put ‘SHELL ["/bin/bash", "-o", "pipefail", "-c"]’ before this RUN.',
      },
      missingSet: {
        ko: '‘{fetcher}’의 출력을 ‘{consumer}’에 파이프로 넘기는데 pipefail이 없어요. 다운로드가 실패해도 파이프의 결과는 마지막 명령의 것이라 빌드가 그대로 성공해요. 명령 앞에 ‘set -o pipefail &&’를 붙이세요.',
        en: '‘{fetcher}’ is piped into ‘{consumer}’ without pipefail: if the download fails the build still goes on. Prepend ‘set -o pipefail &&’.',
      },
      missingUnknownShell: {
        ko: '‘{fetcher}’의 출력을 ‘{consumer}’에 파이프로 넘기는데 pipefail이 없어요. 다운로드가 실패해도 파이프의 결과는 마지막 명령의 것이라 빌드가 그대로 성공해요. 셸이 pipefail을 알면 ‘set -o pipefail &&’를, dash처럼 모르면 ‘SHELL ["/bin/bash", "-o", "pipefail", "-c"]’를 쓰세요.',
        en: '‘{fetcher}’ is piped into ‘{consumer}’ without pipefail: if the download fails the build still goes on. Prepend ‘set -o pipefail &&’ if the shell has it, or use ‘SHELL ["/bin/bash", "-o", "pipefail", "-c"]’ (dash has no pipefail).',
      },
      dashRejects: {
        ko: '이 이미지의 /bin/sh는 dash라서 ‘{command}’을/를 모르고 "Illegal option -o pipefail"로 RUN이 실패해요. 이 RUN 앞에 ‘SHELL ["/bin/bash", "-o", "pipefail", "-c"]’를 쓰세요.',
        en: '/bin/sh here is dash, which rejects ‘{command}’ ("Illegal option -o pipefail") and fails the RUN. Put ‘SHELL ["/bin/bash", "-o", "pipefail", "-c"]’ before this RUN.',
      },
    },
    equivalents: { hadolint: ['DL4006'] },
  },
  (doc, report) => {
    for (const script of runScripts(doc)) {
      if (script.exec || !script.posix) continue;
      const line = script.instruction.getRange().start.line;
      const shell = shellAt(doc, script.stage, line);
      if (shell === 'pipefail' || shell === 'other') continue;
      const { facts } = stageBase(doc, script.stage);
      const dash = shell === 'default' && (facts.distro === 'debian' || facts.distro === 'ubuntu');
      const knowsPipefail = shell === 'supports' || (shell === 'default' && facts.distro === 'alpine');
      // A here-document may run under its own shebang (#!/bin/bash): leave its `set` alone.
      const hasHeredoc = script.commands.some((c) => c.heredocs.length > 0);
      let pipefailSet = false;
      for (const command of script.commands) {
        const setsPipefail = isSetPipefail(command);
        if (setsPipefail) {
          if (dash && !hasHeredoc) {
            const first = command.words[0];
            const last = command.words[command.words.length - 1];
            report({ range: doc.lines.range(first.start, last.end), messageId: 'dashRejects', data: { command: doc.text.slice(first.start, last.end) } });
          }
          pipefailSet = true;
          continue;
        }
        if (pipefailSet || !command.input) continue;
        const fetcher = producer(command);
        if (!fetcher) continue;
        const consumer = resolveCommand(command);
        if (consumer.programIndex < 0) continue;
        const word = command.words[consumer.programIndex];
        const messageId = dash ? 'missingBash' : knowsPipefail ? 'missingSet' : 'missingUnknownShell';
        report({ range: doc.lines.range(word.start, word.end), messageId, data: { fetcher, consumer: consumer.program }, maxSeverity: 'info' });
      }
    }
  },
);

/** The download program somewhere up the pipe into `command`, if any. */
function producer(command: ShellCommand): string | undefined {
  for (let up = command.input; up; up = up.input) {
    const program = resolveCommand(up).program;
    if (FETCHERS.has(program)) return program;
  }
  return undefined;
}

/** `set -o pipefail`, `set -eo pipefail`, `set -euxo pipefail`. */
function isSetPipefail(command: ShellCommand): boolean {
  const words = command.words.map((w) => w.text);
  if (words[0] !== 'set') return false;
  return words.some((w, i) => w === 'pipefail' && /^-[a-z]*o$/.test(words[i - 1] ?? ''));
}

const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ksh', 'mksh', 'ash', 'busybox']);

/**
 * The shell RUN uses on this line: the default (or `sh`), one started with pipefail, one that
 * knows `set -o pipefail` (bash, zsh, ksh, busybox ash), or another one.
 */
function shellAt(doc: DockerfileDocument, stage: DockerfileStage, line: number): 'default' | 'pipefail' | 'supports' | 'other' {
  const last = shellBefore(doc, lineage(doc, stage), line);
  if (!last) return 'default';
  const args = last.getArgumentsContent() ?? '';
  if (/pipefail/.test(args)) return 'pipefail';
  const program = (/^\s*\[\s*"([^"]*)"/.exec(args)?.[1] ?? '').split('/').pop() ?? '';
  if (PIPEFAIL_SHELLS.has(program)) return 'supports';
  return program === 'sh' ? 'default' : 'other';
}
