import * as assert from 'assert';
import { ignoredBy, matchSegment, parseDockerignore } from '../../../src/core/explain/errors/dockerignore';
import { explainDockerError } from '../../../src/core/explain/errors/explainError';
import { normalizeImage } from '../../../src/core/explain/errors/locate';
import { AnalysisService } from '../../../src/worker/service';

// Pointing at the cause: the .dockerignore reading BuildKit does (moby/patternmatcher rules,
// https://docs.docker.com/build/concepts/context/#dockerignore-files) and the workspace lines
// an explanation names.

describe('errors: .dockerignore as BuildKit reads it', () => {
  const rows: [string, string, boolean, string?][] = [
    // patterns, path, excluded, deciding pattern
    ['dist\n', 'dist', true, 'dist'],
    ['dist\n', 'dist/index.js', true, 'dist'], // a folder pattern leaves out what is inside
    ['/dist\n', 'dist/index.js', true, '/dist'], // a leading / is the context root
    ['./dist/\n', 'dist', true, './dist/'], // cleaned like filepath.Clean
    ['*.md\n', 'README.md', true, '*.md'],
    ['*.md\n', 'docs/README.md', false], // * stays within one segment
    ['**/*.md\n', 'docs/README.md', true, '**/*.md'],
    ['**/*.md\n', 'README.md', true, '**/*.md'], // ** matches no segment too
    ['*\n!app.jar\n', 'app.jar', false, '!app.jar'], // the last match decides
    ['*\n!src\n', 'src/main.go', false, '!src'],
    ['node_modules\n# comment\n\n', 'node_modules/x/y.js', true, 'node_modules'],
    ['temp?\n', 'temp1', true, 'temp?'],
    ['temp?\n', 'temp12', false],
    ['[a-c]at\n', 'bat', true, '[a-c]at'],
    ['[!a-c]at\n', 'bat', false],
    ['.env*\n!.env.example\n', '.env.local', true, '.env*'],
    ['.env*\n!.env.example\n', '.env.example', false, '!.env.example'],
    ['', 'anything', false],
  ];
  for (const [patterns, path, excluded, by] of rows) {
    it(`${JSON.stringify(patterns)} ${excluded ? 'excludes' : 'keeps'} ${path}`, () => {
      const verdict = ignoredBy(parseDockerignore(patterns), path);
      assert.strictEqual(verdict.excluded, excluded);
      assert.strictEqual(verdict.pattern?.text, by);
    });
  }
  it('a segment with many stars answers at once', () => {
    assert.strictEqual(matchSegment(`${'*a'.repeat(200)}b`, 'a'.repeat(5_000)), false);
  });
});

describe('errors: the workspace lines behind an error', () => {
  const locations = (line: string, files: Record<string, string>) =>
    (explainDockerError(line, { language: 'ko', files: Object.entries(files).map(([path, text]) => ({ path, text })) })?.locations ?? []).map((l) => `${l.file}:${l.range.start.line + 1}:${l.range.start.character + 1}`);

  it('a port: short and long syntax in Compose, ranges, and -p in a script; not other ports or a variable', () => {
    const compose = ['services:', '  a:', '    ports:', '      - "8080:80"', '  b:', '    ports:', '      - target: 80', '        published: "8080"', '  c:', '    ports:', '      - "8000-8090:8000-8090"', '  d:', '    ports:', '      - "${PORT}:80"', '      - "9090:8080"', ''].join('\n');
    const script = 'docker run -d --publish=127.0.0.1:8080:80 nginx\ndocker run -p 8081:80 nginx\n';
    assert.deepStrictEqual(locations('Bind for 0.0.0.0:8080 failed: port is already allocated', { 'compose.yaml': compose, 'run.sh': script }), [
      'compose.yaml:4:9',
      'compose.yaml:8:9',
      'compose.yaml:11:9',
      'run.sh:1:25',
    ]);
  });
  it('a container name: container_name in Compose and --name in a script', () => {
    const line = 'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "0123abcd". You have to remove (or rename) that container to be able to reuse that name.';
    assert.deepStrictEqual(locations(line, { 'compose.yaml': 'services:\n  app:\n    image: nginx\n    container_name: web\n', 'run.sh': 'docker run --name web nginx\ndocker run --name web2 nginx\n' }), ['compose.yaml:4:21', 'run.sh:1:19']);
  });
  it('the RUN that failed, shell and exec form; the FROM whose image was not found', () => {
    const dockerfile = 'FROM node:99 AS build\nRUN npm ci\nRUN ["npm", "run", "build"]\nFROM nginx:1.27\n';
    assert.deepStrictEqual(locations('process "/bin/sh -c npm ci" did not complete successfully: exit code: 1', { Dockerfile: dockerfile }), ['Dockerfile:2:1']);
    assert.deepStrictEqual(locations('process "npm run build" did not complete successfully: exit code: 2', { Dockerfile: dockerfile }), ['Dockerfile:3:1']);
    assert.deepStrictEqual(locations('ERROR: failed to solve: node:99: failed to resolve source metadata for docker.io/library/node:99: not found', { Dockerfile: dockerfile }), ['Dockerfile:1:1']);
  });
  it('a COPY --from source is not blamed on the build context', () => {
    const dockerfile = 'FROM alpine AS a\nFROM alpine\nCOPY --from=a /usr/share/zoneinfo /usr/share/zoneinfo\n';
    assert.deepStrictEqual(locations('failed to calculate checksum of ref abc::def: "/usr/share/zoneinfo": not found', { Dockerfile: dockerfile }), []);
  });
  it('the .dockerignore next to a Dockerfile in a subfolder, or <Dockerfile>.dockerignore first', () => {
    const files = { 'svc/Dockerfile': 'FROM alpine\nCOPY config.yaml /etc/app/\n', 'svc/.dockerignore': '*.yaml\n', 'svc/Dockerfile.dockerignore': '# nothing left out\n' };
    assert.deepStrictEqual(locations('failed to calculate checksum of ref x: "/config.yaml": not found', files), ['svc/Dockerfile:2:1']);
    delete (files as Record<string, string>)['svc/Dockerfile.dockerignore'];
    assert.deepStrictEqual(locations('failed to calculate checksum of ref x: "/config.yaml": not found', files), ['svc/Dockerfile:2:1', 'svc/.dockerignore:1:1']);
  });
  it('the Markdown lists the places right after the meaning, unless the caller shows them as links (the panel)', () => {
    const files = [{ path: 'compose.yaml', text: 'services:\n  web:\n    ports:\n      - "8080:80"\n' }];
    const line = 'Bind for 0.0.0.0:8080 failed: port is already allocated';
    const listed = explainDockerError(line, { language: 'ko', files })?.markdown ?? '';
    assert.ok(listed.indexOf('**이 작업 공간에서 찾은 곳**') > 0 && listed.indexOf('**이 작업 공간에서 찾은 곳**') < listed.indexOf('**흔한 원인**'), listed);
    assert.match(listed, /- `compose\.yaml` 4번 줄: 서비스 `web`이 호스트 포트 8080을 게시해요 \(`8080:80`\)\./);
    const linked = explainDockerError(line, { language: 'ko', files, listLocations: false });
    assert.ok(!linked?.markdown.includes('이 작업 공간에서 찾은 곳'));
    assert.strictEqual(linked?.locations.length, 1);
  });
  it('names images the way BuildKit prints them', () => {
    assert.strictEqual(normalizeImage('node:20'), 'docker.io/library/node:20');
    assert.strictEqual(normalizeImage('acme/api'), 'docker.io/acme/api:latest');
    assert.strictEqual(normalizeImage('ghcr.io/acme/api:1'), 'ghcr.io/acme/api:1');
    assert.strictEqual(normalizeImage('localhost:5000/x'), 'localhost:5000/x:latest');
  });
});

describe('errors: the worker requests', () => {
  const s = new AnalysisService(() => undefined);
  it('errorLine: the span and a plain title for a terminal line, null for other output', () => {
    const line = 'Error response from daemon: No such container: web';
    const m = s.handle('errorLine', { line, language: 'ko' });
    assert.deepStrictEqual(m && { ...m, span: line.slice(m.start, m.end) }, { error: 'no-such-container', start: 28, end: 50, title: '‘web’이라는 컨테이너가 없어요', span: 'No such container: web' });
    assert.strictEqual(s.handle('errorLine', { line: 'Step 1/4 : FROM node:20', language: 'ko' }), null);
  });
  it('explainError: Markdown and locations by the paths the host gave', () => {
    const answer = s.handle('explainError', { text: 'Bind for 0.0.0.0:8080 failed: port is already allocated', language: 'en', files: [{ path: 'compose.yaml', text: 'services:\n  web:\n    ports:\n      - "8080:80"\n' }] });
    assert.strictEqual(answer?.error, 'port-already-allocated');
    assert.match(answer?.markdown ?? '', /^### Host port 8080 is already taken/);
    assert.ok(!answer?.markdown.includes('In this workspace'), 'the panel shows the places as links, not twice');
    assert.deepStrictEqual(answer?.locations, [{ path: 'compose.yaml', line: 3, character: 8, endLine: 3, endCharacter: 17, label: 'compose.yaml:4' }]);
    assert.strictEqual(s.handle('explainError', { text: 'fine', language: 'ko', files: [] }), null);
  });
});
