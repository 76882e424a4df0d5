import * as assert from 'assert';
import { parseDockerfile } from '../../../src/core/documents/dockerfileDocument';
import type { ContainerProcess, RunOptions } from '../../../src/core/model/containerProcess';
import { applyInstructions, containerProcess, pid1Of, simpleCommand } from '../../../src/core/model/containerProcess';
import { stageProcess } from '../../../src/core/model/dockerfileProcess';

// The container-process model, row by row. Each row is a Dockerfile (and maybe `docker run`
// arguments) and what Docker does with it; `source` says where that can be checked.
const REF = 'https://docs.docker.com/reference/dockerfile/';
const INTERACT = `${REF}#understand-how-cmd-and-entrypoint-interact`;
const RUN_EP = 'https://docs.docker.com/reference/cli/docker/container/run/#options';
const BUILDKIT_EP = 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go dispatchEntrypoint (`if !d.cmdSet { Cmd = nil }`)';
const DASH_PROBE = 'probe: Debian 12 dash 0.5.12-2, `sh -c "sleep 3"` keeps sh as the parent; Debian patch "Disable sh -c optimisation"';
const BASH_PROBE = 'probe: bash 5.2.15, `bash -c "sleep 3"` execs sleep';
const BUSYBOX_SRC = 'busybox shell/ash.c ash_main: evalstring(minusc, EV_EXIT)';

interface Row {
  what: string;
  source: string;
  file: string;
  run?: RunOptions;
  argv?: string[] | 'unknown';
  pid1: string; // `kind:program` or `kind`
  sigterm: ContainerProcess['appGetsSigterm'];
  cmd?: ContainerProcess['cmd'];
  runArgs?: ContainerProcess['runArgs'];
}

const ROWS: Row[] = [
  { what: 'exec CMD only', source: INTERACT, file: 'FROM scratch\nCMD ["/app"]\n', argv: ['/app'], pid1: 'program:/app', sigterm: 'yes', cmd: 'command', runArgs: 'replace-command' },
  { what: 'finding 5/14: exec ENTRYPOINT + exec CMD: CMD are arguments, python is PID 1', source: INTERACT, file: 'FROM python:3.12-slim\nENTRYPOINT ["python", "/app/app.py"]\nCMD ["--port", "8000"]\n', argv: ['python', '/app/app.py', '--port', '8000'], pid1: 'program:python', sigterm: 'yes', cmd: 'arguments', runArgs: 'entrypoint-arguments' },
  { what: 'finding 14: run arguments replace CMD after the entrypoint', source: INTERACT, file: 'FROM python:3.12-slim\nENTRYPOINT ["python", "/app/app.py"]\nCMD ["--port", "8000"]\n', run: { args: ['--port', '9000'] }, argv: ['python', '/app/app.py', '--port', '9000'], pid1: 'program:python', sigterm: 'yes', cmd: 'arguments' },
  { what: 'finding 6: shell ENTRYPOINT ignores CMD and run arguments', source: `${REF}#entrypoint`, file: 'FROM alpine\nENTRYPOINT top -b\nCMD ["x"]\n', pid1: 'program:top', sigterm: 'yes', cmd: 'ignored', runArgs: 'ignored' },
  { what: 'finding 7: `ENTRYPOINT exec myapp` makes myapp PID 1 (Debian dash too)', source: `${REF}#entrypoint`, file: 'FROM debian:bookworm\nENTRYPOINT exec myapp --serve\n', pid1: 'program:myapp', sigterm: 'yes', runArgs: 'ignored' },
  { what: 'shell CMD on Debian: dash stays PID 1', source: DASH_PROBE, file: 'FROM debian:bookworm\nCMD nginx -g "daemon off;"\n', argv: ['/bin/sh', '-c', 'nginx -g "daemon off;"'], pid1: 'shell:nginx', sigterm: 'no', cmd: 'command' },
  { what: 'shell CMD on Ubuntu: dash', source: DASH_PROBE, file: 'FROM ubuntu:24.04\nCMD myapp\n', pid1: 'shell:myapp', sigterm: 'no' },
  { what: 'shell CMD on Alpine: BusyBox ash execs one command', source: BUSYBOX_SRC, file: 'FROM alpine:3.20\nCMD myapp --port 80\n', pid1: 'program:myapp', sigterm: 'yes' },
  { what: 'SHELL bash: one command is exec\'d', source: BASH_PROBE, file: 'FROM debian\nSHELL ["/bin/bash", "-c"]\nCMD myapp\n', argv: ['/bin/bash', '-c', 'myapp'], pid1: 'program:myapp', sigterm: 'yes' },
  { what: 'compound shell CMD on Debian: the shell stays', source: DASH_PROBE, file: 'FROM debian\nCMD cd /app && ./run\n', pid1: 'shell:cd', sigterm: 'no' },
  { what: 'compound shell CMD on Alpine: depends (the last command may be exec\'d)', source: BUSYBOX_SRC, file: 'FROM alpine\nCMD cd /app && ./run\n', pid1: 'shell-dependent', sigterm: 'depends' },
  { what: 'shell CMD on an image whose /bin/sh we cannot tell', source: 'model: unknown image', file: 'FROM example.com/team/base:1\nENTRYPOINT myapp\n', pid1: 'shell-dependent', sigterm: 'depends' },
  { what: 'exec ["sh","-c",…] reads the same as shell form', source: DASH_PROBE, file: 'FROM debian\nCMD ["sh", "-c", "myapp"]\n', pid1: 'shell:myapp', sigterm: 'no' },
  { what: 'finding 34: exec CMD on an image with a possible ENTRYPOINT', source: INTERACT, file: 'FROM nginx\nCMD ["nginx", "-g", "daemon off;"]\n', argv: 'unknown', pid1: 'base-entrypoint:program:nginx', sigterm: 'depends', cmd: 'maybe-arguments', runArgs: 'maybe-entrypoint-arguments' },
  { what: 'ENTRYPOINT resets the inherited CMD', source: BUILDKIT_EP, file: 'FROM scratch AS a\nCMD ["--help"]\nFROM a\nENTRYPOINT ["/app"]\n', argv: ['/app'], pid1: 'program:/app', sigterm: 'yes', cmd: 'none' },
  { what: 'CMD before ENTRYPOINT in the same stage survives', source: BUILDKIT_EP, file: 'FROM scratch\nCMD ["--help"]\nENTRYPOINT ["/app"]\n', argv: ['/app', '--help'], pid1: 'program:/app', sigterm: 'yes', cmd: 'arguments' },
  { what: 'child stage inherits ENTRYPOINT and CMD', source: INTERACT, file: 'FROM scratch AS a\nENTRYPOINT ["/app"]\nCMD ["--help"]\nFROM a\nRUN true\n', argv: ['/app', '--help'], pid1: 'program:/app', sigterm: 'yes', cmd: 'arguments' },
  { what: '--entrypoint replaces the entrypoint and clears CMD', source: RUN_EP, file: 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--help"]\n', run: { entrypoint: '/bin/other' }, argv: ['/bin/other'], pid1: 'program:/bin/other', sigterm: 'yes', cmd: 'cleared' },
  { what: '--entrypoint "" with run arguments: they are the command', source: RUN_EP, file: 'FROM scratch\nENTRYPOINT ["/app"]\nCMD ["--help"]\n', run: { entrypoint: '', args: ['/bin/sh'] }, argv: ['/bin/sh'], pid1: 'program:/bin/sh', sigterm: 'yes', cmd: 'command', runArgs: 'replace-command' },
  { what: 'exec ENTRYPOINT ["sh", "-c"] takes its script from CMD: PID 1 follows the script', source: `${INTERACT}; ${BUSYBOX_SRC}`, file: 'FROM alpine\nENTRYPOINT ["sh", "-c"]\nCMD ["exec myapp"]\n', argv: ['sh', '-c', 'exec myapp'], pid1: 'program:myapp', sigterm: 'yes', cmd: 'arguments' },
  { what: 'docker run --entrypoint sh IMAGE -c "sleep 1" on Debian: dash stays PID 1', source: `${RUN_EP}; ${DASH_PROBE}`, file: 'FROM debian:bookworm\nCMD ["bash"]\n', run: { entrypoint: 'sh', args: ['-c', 'sleep 1'] }, argv: ['sh', '-c', 'sleep 1'], pid1: 'shell:sleep', sigterm: 'no', cmd: 'arguments' },
  { what: 'docker run --entrypoint bash IMAGE -c "sleep 1": bash execs sleep', source: `${RUN_EP}; ${BASH_PROBE}`, file: 'FROM debian:bookworm\nCMD ["bash"]\n', run: { entrypoint: 'bash', args: ['-c', 'sleep 1'] }, argv: ['bash', '-c', 'sleep 1'], pid1: 'program:sleep', sigterm: 'yes' },
  { what: 'nothing to run from scratch', source: INTERACT, file: 'FROM scratch\nCOPY a /a\n', argv: [], pid1: 'none', sigterm: 'no', cmd: 'none' },
  { what: 'shell CMD on node (Debian): whatever the base ENTRYPOINT, the shell part stays', source: DASH_PROBE, file: 'FROM node:20\nCMD node server.js\n', pid1: 'base-entrypoint:shell:node', sigterm: 'depends', cmd: 'maybe-arguments' },
  { what: 'nothing set on an external image: the base decides', source: INTERACT, file: 'FROM node:20\nRUN true\n', argv: 'unknown', pid1: 'base-entrypoint', sigterm: 'depends' },
];

function pid1Key(p: ContainerProcess['pid1']): string {
  if (p.kind === 'program' || p.kind === 'shell') return `${p.kind}:${p.program}`;
  if (p.kind === 'base-entrypoint' && p.otherwise) return `${p.kind}:${pid1Key(p.otherwise)}`;
  return p.kind;
}

describe('container process model', () => {
  for (const row of ROWS) {
    it(`${row.what} (${row.source})`, () => {
      const doc = parseDockerfile(row.file);
      const stage = doc.stages[doc.stages.length - 1];
      const { process } = stageProcess(doc, stage, row.run);
      assert.strictEqual(pid1Key(process.pid1), row.pid1, JSON.stringify(process));
      assert.strictEqual(process.appGetsSigterm, row.sigterm);
      if (row.argv === 'unknown') assert.strictEqual(process.argv, undefined);
      else if (row.argv) assert.deepStrictEqual(process.argv, row.argv);
      if (row.cmd) assert.strictEqual(process.cmd, row.cmd);
      if (row.runArgs) assert.strictEqual(process.runArgs, row.runArgs);
    });
  }

  it('reads simple commands and `exec` prefixes', () => {
    assert.deepStrictEqual(simpleCommand('exec myapp --x'), { program: 'myapp', execPrefix: true });
    assert.deepStrictEqual(simpleCommand('FOO=1 node server.js'), { program: 'node', execPrefix: false });
    assert.deepStrictEqual(simpleCommand('nginx -g "daemon off;"'), { program: 'nginx', execPrefix: false });
    for (const compound of ['a && b', 'a; b', 'a | b', 'a > log', 'echo $(date)', '(a)', 'a &']) assert.strictEqual(simpleCommand(compound), undefined, compound);
  });

  it('asks the shell only when argv[0] is a shell run with -c', () => {
    assert.deepStrictEqual(pid1Of(['/usr/bin/python3', '-c', 'print(1)'], 'dash'), { kind: 'program', program: '/usr/bin/python3', how: 'direct' });
    assert.strictEqual(pid1Of(['bash', '-c', 'exec app'], 'unknown').kind, 'program');
    assert.strictEqual(pid1Of(['zsh', '-c', 'app'], 'dash').kind, 'program');
  });

  it('keeps a CMD set before ENTRYPOINT in the same stage, clears an inherited one', () => {
    const cmd = { form: 'exec' as const, argv: ['x'] };
    const ep = { form: 'exec' as const, argv: ['e'] };
    assert.deepStrictEqual(applyInstructions({ entrypoint: null, cmd }, [{ keyword: 'ENTRYPOINT', setting: ep }]), { entrypoint: ep, cmd: null });
    assert.deepStrictEqual(applyInstructions({ entrypoint: 'unknown', cmd: 'unknown' }, [{ keyword: 'CMD', setting: cmd }, { keyword: 'ENTRYPOINT', setting: ep }]), { entrypoint: ep, cmd });
    assert.strictEqual(containerProcess({ entrypoint: null, cmd: null }, 'unknown').pid1.kind, 'none');
  });
});
