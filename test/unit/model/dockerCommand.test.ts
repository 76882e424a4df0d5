import * as assert from 'assert';
import { findDockerCommands } from '../../../src/core/documents/commandsDocument';
import type { ParsedDockerCommand } from '../../../src/core/model/dockerCommand';

function parse(text: string): ParsedDockerCommand {
  const [first] = findDockerCommands(text);
  assert.ok(first, `no docker command in ${text}`);
  return first.parsed;
}

/** `name=value` (or just `name`) for each flag, `!` marking flags the subcommand does not have. */
function flagList(cmd: ParsedDockerCommand): string[] {
  return cmd.flags.map((f) => `${f.known ? '' : '!'}${f.name}${f.value !== undefined ? `=${f.value}` : ''}`);
}

describe('parseDockerCommand: subcommand path', () => {
  const cases: [string, string][] = [
    ['docker run nginx', 'run'],
    ['docker container run nginx', 'run'],
    ['docker build .', 'build'],
    ['docker image build .', 'build'],
    ['docker buildx build .', 'build'],
    ['docker compose up -d', 'compose up'],
    ['docker compose -f a.yml -p proj up', 'compose up'],
    ['docker-compose down -v', 'compose down'],
    ['docker volume create data', 'volume create'],
    ['docker volume ls', 'volume ls'],
    ['docker network inspect appnet', 'network inspect'],
    ['docker image ls', 'images'],
    ['docker container ls -a', 'ps'],
    ['docker -H tcp://10.0.0.1:2375 ps', 'ps'],
    ['docker --context remote run nginx', 'run'],
    ['docker image rm old', 'rmi'],
  ];
  for (const [text, key] of cases) {
    it(`${text} → ${key}`, () => assert.strictEqual(parse(text).key, key));
  }

  it('keeps docker global options apart from the subcommand flags', () => {
    const cmd = parse('docker -H tcp://10.0.0.1:2375 run -d nginx');
    assert.deepStrictEqual(cmd.globalFlags.map((f) => `${f.name}=${f.value}`), ['host=tcp://10.0.0.1:2375']);
    assert.deepStrictEqual(flagList(cmd), ['detach']);
  });

  it('reads compose global options before the compose subcommand', () => {
    const cmd = parse('docker compose -f a.yml -p proj up --build');
    assert.deepStrictEqual(cmd.globalFlags.map((f) => `${f.name}=${f.value}`), ['file=a.yml', 'project-name=proj']);
    assert.deepStrictEqual(flagList(cmd), ['build']);
  });

  it('marks docker-compose as the old standalone program', () => {
    const cmd = parse('docker-compose up -d');
    assert.strictEqual(cmd.program, 'docker-compose');
    assert.deepStrictEqual(flagList(cmd), ['detach']);
  });
});

describe('parseDockerCommand: flags and values', () => {
  const cases: [string, string[]][] = [
    ['docker run -it ubuntu', ['interactive', 'tty']],
    ['docker run -p 8080:80 nginx', ['publish=8080:80']],
    ['docker run -p8080:80 nginx', ['publish=8080:80']],
    ['docker run -p=8080:80 nginx', ['publish=8080:80']],
    ['docker run --publish 8080:80 nginx', ['publish=8080:80']],
    ['docker run --publish=8080:80 nginx', ['publish=8080:80']],
    ['docker run --name=web nginx', ['name=web']],
    ['docker run -dp 3000:3000 app', ['detach', 'publish=3000:3000']],
    ['docker run -e "A=b c" nginx', ['env=A=b c']],
    ['docker run -m 512m --cpus 1.5 nginx', ['memory=512m', 'cpus=1.5']],
    ['docker run --rm --init --privileged nginx', ['rm', 'init', 'privileged']],
    ['docker build -t app:1 -f docker/Dockerfile --build-arg V=1 --no-cache .', ['tag=app:1', 'file=docker/Dockerfile', 'build-arg=V=1', 'no-cache']],
    ['docker build . -t app', ['tag=app']],
    ['docker exec -it web sh', ['interactive', 'tty']],
    ['docker compose exec -T db psql', ['no-TTY']],
    ['docker logs -f --tail 100 web', ['follow', 'tail=100']],
    ['docker network create -d bridge appnet', ['driver=bridge']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepStrictEqual(flagList(parse(text)), expected));
  }

  it('gives each letter of a cluster its own span', () => {
    const text = 'docker run -it ubuntu';
    const [i, t] = parse(text).flags;
    assert.deepStrictEqual([text.slice(i.span.start, i.span.end), text.slice(t.span.start, t.span.end)], ['i', 't']);
  });

  it('puts the value span on the value word, and inside the word for -p8080:80', () => {
    const a = 'docker run -p 8080:80 nginx';
    const pa = parse(a).flags[0];
    assert.strictEqual(a.slice(pa.valueSpan?.start, pa.valueSpan?.end), '8080:80');
    const b = 'docker run --publish=127.0.0.1:8080:80 nginx';
    const pb = parse(b).flags[0];
    assert.strictEqual(b.slice(pb.valueSpan?.start, pb.valueSpan?.end), '127.0.0.1:8080:80');
    assert.strictEqual(b.slice(pb.span.start, pb.span.end), '--publish');
  });
});

describe('parseDockerCommand: image, command and other arguments', () => {
  it('splits image and the command after it; flags after the image belong to the command', () => {
    const cmd = parse('docker run --rm -v /data:/data alpine ls -la /data');
    assert.strictEqual(cmd.image?.value, 'alpine');
    assert.deepStrictEqual(cmd.commandWords.map((w) => w.value), ['ls', '-la', '/data']);
    assert.deepStrictEqual(flagList(cmd), ['rm', 'volume=/data:/data']);
  });

  it('reads the build context even after flags', () => {
    const cmd = parse('docker build -t app .');
    assert.deepStrictEqual(cmd.positionals.map((p) => `${p.role}:${p.word.value}`), ['context:.']);
  });

  it('reads exec container and command', () => {
    const cmd = parse('docker exec -u root web cat /etc/os-release');
    assert.deepStrictEqual(cmd.positionals.map((p) => `${p.role}:${p.word.value}`), ['container:web']);
    assert.deepStrictEqual(cmd.commandWords.map((w) => w.value), ['cat', '/etc/os-release']);
  });

  it('reads tag source and target', () => {
    const cmd = parse('docker tag app:1 registry.example.com/team/app:1');
    assert.deepStrictEqual(cmd.positionals.map((p) => `${p.role}:${p.word.value}`), ['image:app:1', 'target-image:registry.example.com/team/app:1']);
  });

  it('stops reading flags at --', () => {
    const cmd = parse('docker rm -f -- -weird');
    assert.deepStrictEqual(flagList(cmd), ['force']);
    assert.deepStrictEqual(cmd.positionals.map((p) => p.word.value), ['-weird']);
  });
});

describe('parseDockerCommand: flags of another subcommand (seed 002)', () => {
  it('docker build -d -p 80 img: -d and -p belong to docker run, img is the context', () => {
    const cmd = parse('docker build -d -p 80 img');
    assert.deepStrictEqual(flagList(cmd), ['!detach', '!publish=80']);
    assert.ok(cmd.flags[0].belongsTo.includes('run'));
    assert.ok(cmd.flags[1].belongsTo.includes('run'));
    assert.deepStrictEqual(cmd.positionals.map((p) => `${p.role}:${p.word.value}`), ['context:img']);
  });

  it('an option no subcommand has stays unknown without owners', () => {
    const cmd = parse('docker run --frobnicate nginx');
    assert.strictEqual(cmd.flags[0].known, false);
    assert.deepStrictEqual(cmd.flags[0].belongsTo, []);
  });
});
