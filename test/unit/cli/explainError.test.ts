import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';

// `docker-explain explain --error`: the built CLI, run as a process in a project folder, as a
// user or a CI step would after `docker build` or `docker compose up` failed.
const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-error-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface ErrorJson {
  error: string | null;
  title: string | null;
  markdown: string | null;
  sources: string[];
  locations: { file: string; line: number; column: number }[];
}

describe('CLI: explain --error', function () {
  before(function () {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
  });

  it('a port clash: JSON with the id, Markdown, sources, and the Compose and script lines that publish the port', () => {
    const dir = project({
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n  api:\n    image: node:20\n    ports:\n      - "3000:3000"\n',
      'scripts/dev.sh': '#!/bin/sh\ndocker run -d -p 8080:80 --name web nginx:1.27\n',
    });
    const r = run(['explain', '--error', 'docker: Error response from daemon: driver failed programming external connectivity on endpoint web (1b2c): Bind for 0.0.0.0:8080 failed: port is already allocated.', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ErrorJson;
    assert.deepStrictEqual(Object.keys(out).sort(), ['error', 'locations', 'markdown', 'sources', 'title']);
    assert.strictEqual(out.error, 'port-already-allocated');
    assert.match(out.markdown ?? '', /^### 호스트 포트 8080을 다른 컨테이너가 이미 쓰고 있어요/);
    assert.ok(out.sources.length > 0 && out.sources.every((u) => u.startsWith('https://')));
    assert.deepStrictEqual(out.locations, [
      { file: 'compose.yaml', line: 5, column: 9 },
      { file: 'scripts/dev.sh', line: 2, column: 18 },
    ]);
  });

  it('a COPY source left out by .dockerignore: the COPY line and the pattern', () => {
    const dir = project({
      Dockerfile: 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nCOPY dist/ ./dist/\nCMD ["node", "dist/index.js"]\n',
      '.dockerignore': 'node_modules\n# build output\ndist\n',
      'dist/index.js': 'console.log(1)\n',
    });
    const r = run(['explain', '--format', 'json', '--error', 'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 1f2e::3d4c: "/dist": not found'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ErrorJson;
    assert.strictEqual(out.error, 'copy-source-not-found');
    assert.deepStrictEqual(out.locations, [
      { file: 'Dockerfile', line: 4, column: 1 },
      { file: '.dockerignore', line: 3, column: 1 },
    ]);
    assert.match(out.markdown ?? '', /`\.dockerignore` 3번 줄: 이 패턴 `dist`가 `dist`를 빌드 컨텍스트에서 빼요/);
  });

  it('an exception (!) puts the file back: only the COPY line is named', () => {
    const dir = project({ Dockerfile: 'FROM alpine:3.20\nCOPY app.jar /app.jar\n', '.dockerignore': '*\n!app.jar\n' });
    const out = JSON.parse(run(['explain', '--format', 'json', '--error', '"/app.jar": not found failed to calculate checksum of ref x: "/app.jar": not found'], dir).stdout) as ErrorJson;
    assert.deepStrictEqual(out.locations, [{ file: 'Dockerfile', line: 2, column: 1 }]);
  });

  it('Markdown by default, in Korean, with the Docker docs link', () => {
    const r = run(['explain', '--error', 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?'], os.tmpdir());
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^### Docker 데몬이 실행 중이 아니거나 `unix:\/\/\/var\/run\/docker\.sock`에 연결할 수 없어요/);
    assert.match(r.stdout, /https:\/\/docs\.docker\.com\/engine\/daemon\/troubleshoot\/#unable-to-connect-to-the-docker-daemon/);
  });

  it('reads standard input with --error - (a piped build log)', () => {
    const log = '#8 [3/4] RUN npm ci\n#8 1.873 npm ERR! code EUSAGE\nERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1\n';
    const dir = project({ Dockerfile: 'FROM node:20\nWORKDIR /app\nRUN npm ci\n' });
    const r = run(['explain', '--error', '-', '--format', 'json'], dir, log);
    const out = JSON.parse(r.stdout) as ErrorJson;
    assert.strictEqual(out.error, 'run-step-failed');
    assert.deepStrictEqual(out.locations, [{ file: 'Dockerfile', line: 3, column: 1 }]);
  });

  it('exit 1 for a text that holds no known message (JSON: error null), with a Korean hint', () => {
    const json = run(['explain', '--error', 'everything is fine', '--format', 'json'], os.tmpdir());
    assert.strictEqual(json.code, 1);
    assert.deepStrictEqual(JSON.parse(json.stdout), { error: null, title: null, markdown: null, sources: [], locations: [] });
    const md = run(['explain', '--error', 'everything is fine'], os.tmpdir());
    assert.strictEqual(md.code, 1);
    assert.match(md.stderr, /아는 Docker 오류 메시지를 찾지 못했어요/);
  });

  it('exit 2 for usage mistakes, and the help names --error', () => {
    assert.strictEqual(run(['explain', '--error', ''], os.tmpdir()).code, 2);
    assert.strictEqual(run(['explain', 'Dockerfile', '--error', 'x'], os.tmpdir()).code, 2);
    assert.match(run(['--help'], os.tmpdir()).stdout, /explain --error/);
  });
});
