// The analysis worker reads team configs from disk with the same bounded reader as the CLI
// (src/worker/main.ts wires readConfigFile and realPathOf). Review F2 and F11 on the worker's
// side: a huge or non-regular config is a Korean problem on that file, never an unbounded read,
// and `extends` through a symlink cannot leave the workspace. The pipe case runs in the real
// editor (test/integration/suite/lint.test.ts), where a regression cannot block this process.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readConfigFile, realPathOf } from '../../../src/node/readBounded';
import { AnalysisService } from '../../../src/worker/service';

const COMPOSE = 'services:\n  web:\n    image: nginx\n';

describe('analysis worker: config files read from disk', () => {
  let root: string;
  before(() => {
    root = realPathOf(fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-worker-config-'))) as string;
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const lint = (dir: string) =>
    new AnalysisService(readConfigFile, realPathOf).handle('lint', {
      doc: { uri: `file://${dir}/compose.yaml`, version: 1, kind: 'compose', text: COMPOSE },
      target: { path: `${dir}/compose.yaml`, workspaceRoot: dir, language: 'ko' },
    });

  it('a 200 MB .docker-explain.json (sparse) is refused by its size; lint goes on with the defaults', () => {
    const dir = path.join(root, 'huge');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '.docker-explain.json'), '{"rules":{"require-image-tag":"off"}}');
    fs.truncateSync(path.join(dir, '.docker-explain.json'), 200 * 1024 * 1024);
    const started = Date.now();
    const outcome = lint(dir);
    assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
    assert.ok(outcome.diagnostics.some((d) => d.rule === 'require-image-tag'), 'the defaults apply');
    assert.deepStrictEqual(outcome.config?.problems.map((p) => [p.file, p.severity]), [[`${dir}/.docker-explain.json`, 'error']]);
    assert.match(outcome.config?.problems[0].message.ko ?? '', /파일이 너무 커서\(200\.0MB\).*설정 파일은 빼고 검사해요/);
  });

  it('a .docker-explain.json that links to /dev/zero is refused at once', () => {
    const dir = path.join(root, 'zero');
    fs.mkdirSync(dir);
    fs.symlinkSync('/dev/zero', path.join(dir, '.docker-explain.json'));
    const outcome = lint(dir);
    assert.match(outcome.config?.problems[0]?.message.ko ?? '', /일반 파일이 아니에요/);
  });

  it('extends a symlink to a file outside the workspace: refused, not applied (F11)', () => {
    const outside = path.join(root, 'outside');
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(outside, 'base.json'), '{"rules":{"require-image-tag":"off"}}');
    const dir = path.join(root, 'ws');
    fs.mkdirSync(dir);
    fs.symlinkSync(path.join(outside, 'base.json'), path.join(dir, 'base.json'));
    fs.writeFileSync(path.join(dir, '.docker-explain.json'), '{"extends":["./base.json"]}');
    const outcome = lint(dir);
    assert.ok(outcome.diagnostics.some((d) => d.rule === 'require-image-tag'), 'the outside file was applied');
    assert.match(outcome.config?.problems[0]?.message.ko ?? '', /작업 영역\(.*\) 밖을 가리켜요/);
  });
});
