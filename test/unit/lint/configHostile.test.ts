// A team config comes from a repository someone else wrote: security review findings F3, F4,
// F5 (config side), F11 and F12 (../shared/reviews/security-robustness.md), each rebuilt here
// from its description. Every resolution must stay linear in what the files say.
import * as assert from 'assert';
import { GlobMatcher } from '../../../src/core/lint/config/glob';
import { MAX_CONFIG_NESTING, parseConfigText } from '../../../src/core/lint/config/parseConfig';
import { isFileIgnored, MAX_CONFIG_FILES, resolveConfigForFile, resolveExplicitConfig } from '../../../src/core/lint/config/resolveConfig';
import type { ConfigReader } from '../../../src/core/lint/config/types';
import { allRules } from '../../../src/core/lint/rules';

const ids = new Set(allRules.map((r) => r.meta.id));

/** An in-memory workspace that counts how often each file is read. */
function countingReader(files: Record<string, string>): { read: ConfigReader; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    read: (p) => {
      reads.set(p, (reads.get(p) ?? 0) + 1);
      return files[p];
    },
  };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
}

describe('team config under hostile input: extends fan-out (F3)', () => {
  it('11 files that each extend the next four times resolve at once, each file read once', () => {
    // The review's shape: depth 10 took 30 s on main (×3.6 per level).
    const files: Record<string, string> = { '/w/.docker-explain.json': '{"extends":["./c1.json","./c1.json","./c1.json","./c1.json"]}' };
    for (let n = 1; n < 10; n++) files[`/w/c${n}.json`] = JSON.stringify({ extends: Array(4).fill(`./c${n + 1}.json`) });
    files['/w/c10.json'] = '{"rules":{"no-root-user":"off"}}';
    const { read, reads } = countingReader(files);
    const { value: config, ms } = timed(() => resolveConfigForFile('/w/Dockerfile', read, { workspaceRoot: '/w' }));
    assert.ok(ms < 500, `took ${ms.toFixed(0)} ms`);
    assert.strictEqual(config.rules['no-root-user'].severity, 'off');
    assert.deepStrictEqual(config.problems, []);
    for (const [file, n] of reads) assert.strictEqual(n, 1, `${file} was read ${n} times`);
  });

  it('a repeated file is applied where it is named, like before (later entries win)', () => {
    const files = {
      '/w/.docker-explain.json': '{"extends":["./a.json","./b.json","./a.json"]}',
      '/w/a.json': '{"rules":{"no-root-user":"off"}}',
      '/w/b.json': '{"rules":{"no-root-user":"error"}}',
    };
    const config = resolveConfigForFile('/w/Dockerfile', countingReader(files).read, { workspaceRoot: '/w' });
    assert.strictEqual(config.rules['no-root-user'].severity, 'off');
  });

  it(`more than ${MAX_CONFIG_FILES} distinct files: the rest are skipped with one problem at the entry where the cap was met`, () => {
    const files: Record<string, string> = { '/w/.docker-explain.json': JSON.stringify({ extends: Array.from({ length: 200 }, (_, i) => `./c${i}.json`) }) };
    for (let i = 0; i < 200; i++) files[`/w/c${i}.json`] = '{}';
    const { read, reads } = countingReader(files);
    const config = resolveConfigForFile('/w/Dockerfile', read, { workspaceRoot: '/w' });
    assert.strictEqual(config.problems.length, 1, JSON.stringify(config.problems));
    assert.match(config.problems[0].message.ko, /설정 파일을 64개까지만 읽어요/);
    assert.ok(config.files.length <= MAX_CONFIG_FILES, `${config.files.length} files`);
    assert.ok(reads.size <= MAX_CONFIG_FILES + 1, `${reads.size} files read`);
  });

  it('a cycle through several files is still reported once, where it closes', () => {
    const files = { '/w/.docker-explain.json': '{"extends":["./a.json","./a.json"]}', '/w/a.json': '{"extends":"./b.json"}', '/w/b.json': '{"extends":"./a.json"}' };
    const config = resolveConfigForFile('/w/Dockerfile', countingReader(files).read, { workspaceRoot: '/w' });
    assert.deepStrictEqual(
      config.problems.map((p) => p.file),
      ['/w/b.json'],
    );
    assert.match(config.problems[0].message.ko, /순환해요: \.docker-explain\.json → a\.json → b\.json → a\.json/);
  });
});

describe('team config under hostile input: nesting and size (F5)', () => {
  it('a rule option nested 5,000 and 50,000 levels deep: a config problem at the place, no stack overflow', () => {
    for (const depth of [5_000, 50_000]) {
      const text = `{"rules":{"no-privileged":["warning",{"allow":${'['.repeat(depth)}${']'.repeat(depth)}}]}}`;
      const { data, problems } = parseConfigText(text, '/w/.docker-explain.json', ids);
      assert.strictEqual(data, undefined);
      assert.strictEqual(problems.length, 1);
      assert.match(problems[0].message.ko, /100단계보다 깊게 중첩/);
      assert.strictEqual(problems[0].range.start.character, text.indexOf("[", text.indexOf("allow")) + MAX_CONFIG_NESTING - 4);
      // Discovery's `root` check reads the same text: no overflow there either.
      const config = resolveConfigForFile('/w/Dockerfile', countingReader({ '/w/.docker-explain.json': text }).read, { workspaceRoot: '/w' });
      assert.strictEqual(config.problems.length, 1);
    }
  });

  it('brackets inside strings and comments do not count as nesting', () => {
    const deep = '['.repeat(500);
    const { data, problems } = parseConfigText(`// ${deep}\n/* ${deep} */\n{"ignore": ["${deep}"]}`, '/w/c.json', ids);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(data?.ignore, [deep]);
  });

  it('130,000 ignore entries (1.3 MB): resolved without a call-stack overflow (push(...spread) on main)', () => {
    const text = JSON.stringify({ ignore: Array.from({ length: 130_000 }, (_, i) => `vendor${i}/**`) });
    const config = resolveConfigForFile('/w/Dockerfile', countingReader({ '/w/.docker-explain.json': text }).read, { workspaceRoot: '/w' });
    assert.strictEqual(config.ignore.length, 130_000);
    assert.ok(isFileIgnored(config, '/w/vendor129999/Dockerfile'));
  });
});

describe('team config under hostile input: a BOM and refused files (F12, F2)', () => {
  it('a config saved with a UTF-8 BOM is read (Windows editors write one)', () => {
    const { data, problems } = parseConfigText('\uFEFF{ "rules": { "no-root-user": "off" } }', '/w/.docker-explain.json', ids);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(data?.rules, { 'no-root-user': { severity: 'off' } });
    const config = resolveConfigForFile('/w/Dockerfile', countingReader({ '/w/.docker-explain.json': '\uFEFF{"root": true, "rules": {"no-root-user": "off"}}', '/.docker-explain.json': '{"rules": {"no-sudo": "off"}}' }).read);
    assert.strictEqual(config.rules['no-root-user'].severity, 'off');
    assert.strictEqual(config.rules['no-sudo'], undefined, 'the BOM file is still a root');
  });

  it('a refused file (pipe, device, too large, UTF-16) is a config problem with the reason, and the defaults apply', () => {
    const read: ConfigReader = (p) => (p === '/w/.docker-explain.json' ? { refused: { reason: 'not-regular' } } : p === '/.docker-explain.json' ? '{"rules":{"no-sudo":"off"}}' : undefined);
    const config = resolveConfigForFile('/w/Dockerfile', read);
    assert.deepStrictEqual(config.files, ['/w/.docker-explain.json', '/.docker-explain.json']);
    assert.strictEqual(config.problems.length, 1);
    assert.strictEqual(config.problems[0].severity, 'error');
    assert.match(config.problems[0].message.ko, /일반 파일이 아니에요.*설정 파일은 빼고 검사해요/);
    assert.strictEqual(config.rules['no-sudo'].severity, 'off', 'the parent config still applies');
    const explicit = resolveExplicitConfig('/dev/zero', () => ({ refused: { reason: 'not-regular' } }));
    assert.match(explicit.problems[0].message.ko, /읽을 수 없어요\. 일반 파일이 아니에요/);
  });
});

describe('team config under hostile input: extends through a symbolic link (F11)', () => {
  // The core never touches the disk: the CLI and the worker pass `realPath` (fs.realpathSync).
  const files = { '/w/.docker-explain.json': '{"extends":["./base.json"]}', '/w/base.json': '{"rules":{"no-root-user":"off"}}', '/w/inner.json': '{"rules":{"no-sudo":"off"}}' };
  it('a link inside the workspace to a file outside it is refused like `../`', () => {
    const realPath = (p: string) => (p === '/w/base.json' ? '/home/other/base.json' : p);
    const config = resolveConfigForFile('/w/Dockerfile', countingReader(files).read, { workspaceRoot: '/w', realPath });
    assert.strictEqual(config.rules['no-root-user'], undefined, 'the outside file is not applied');
    assert.strictEqual(config.problems.length, 1);
    assert.match(config.problems[0].message.ko, /작업 영역\(\/w\) 밖을 가리켜요/);
  });

  it('a link that stays inside, and a workspace that is itself reached through a link, are fine', () => {
    const inside = resolveConfigForFile('/w/Dockerfile', countingReader(files).read, { workspaceRoot: '/w', realPath: (p) => (p === '/w/base.json' ? '/w/inner.json' : p) });
    assert.deepStrictEqual(inside.problems, []);
    const linkedRoot = resolveConfigForFile('/w/Dockerfile', countingReader(files).read, { workspaceRoot: '/w', realPath: (p) => p.replace(/^\/w/, '/real/w') });
    assert.deepStrictEqual(linkedRoot.problems, []);
    assert.strictEqual(linkedRoot.rules['no-root-user'].severity, 'off');
  });
});

/** The glob semantics written as a (backtracking) regular expression: the reference for short inputs only. */
function referenceRegExp(glob: string): RegExp {
  const anchored = glob.startsWith('/') || glob.replace(/\/$/, '').includes('/');
  const g = glob.replace(/^\//, '').replace(/\/$/, '');
  const body = (from: number, to: number): string => {
    let out = '';
    for (let i = from; i < to; i++) {
      const c = g[i];
      if (c === '*') {
        if (g[i + 1] === '*' && i + 1 < to) {
          const slashAfter = g[i + 2] === '/' && i + 2 < to;
          out += slashAfter ? '(?:.*/)?' : '.*';
          i += slashAfter ? 2 : 1;
        } else out += '[^/]*';
      } else if (c === '?') out += '[^/]';
      else if (c === '[' && g.indexOf(']', i + 2) >= 0 && g.indexOf(']', i + 2) < to) {
        const close = g.indexOf(']', i + 2);
        const inner = g.slice(i + 1, close);
        const negated = inner[0] === '!';
        const members = (negated ? inner.slice(1) : inner).replace(/[\\\]^]/g, '\\$&');
        out += negated ? `(?![/])[^${members}]` : `(?![/])[${members}]`;
        i = close;
      } else if (c === '{' && closing(i) < to && closing(i) >= 0) {
        const close = closing(i);
        const alts: string[] = [];
        let start = i + 1;
        let depth = 0;
        for (let k = i + 1; k < close; k++) {
          if (g[k] === '{') depth++;
          else if (g[k] === '}') depth--;
          else if (g[k] === ',' && depth === 0) {
            alts.push(body(start, k));
            start = k + 1;
          }
        }
        alts.push(body(start, close));
        out += `(?:${alts.join('|')})`;
        i = close;
      } else out += c.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
    }
    return out;
  };
  function closing(open: number): number {
    let depth = 0;
    for (let k = open; k < g.length; k++) {
      if (g[k] === '{') depth++;
      else if (g[k] === '}' && --depth === 0) return k;
    }
    return -1;
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body(0, g.length)}(?:/.*)?$`);
}

/** A small deterministic generator (mulberry32), so a failure prints a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('team config under hostile input: ignore globs (F4)', () => {
  it('32 stars before `x`, and other backtracking shapes, match in linear time', () => {
    const path = 'services/api/Dockerfile';
    const shapes = ['*'.repeat(32) + 'x', '**/'.repeat(200) + 'x', '{a,*}'.repeat(200) + 'x', '*a'.repeat(500) + 'x', '?*'.repeat(500), '{'.repeat(5000) + '}'.repeat(5000), '['.repeat(5000)];
    for (const glob of shapes) {
      for (const target of [path, 'a/'.repeat(1000) + 'Dockerfile', 'a'.repeat(2000)]) {
        const { value, ms } = timed(() => new GlobMatcher(glob).matches(target));
        assert.strictEqual(typeof value, 'boolean');
        assert.ok(ms < 1000, `${glob.slice(0, 20)}… on ${target.slice(0, 20)}…: ${ms.toFixed(0)} ms`);
      }
    }
  });

  it('the review file: ignore ["********************************x"] lints at once and ignores nothing', () => {
    const config = resolveConfigForFile('/w/services/api/Dockerfile', countingReader({ '/w/.docker-explain.json': '{"ignore":["********************************x"]}' }).read, { workspaceRoot: '/w' });
    const { value, ms } = timed(() => isFileIgnored(config, '/w/services/api/Dockerfile'));
    assert.strictEqual(value, false);
    assert.ok(ms < 100, `${ms.toFixed(0)} ms`);
  });

  it('classes and nested choices', () => {
    const cases: [string, string, boolean][] = [
      ['Dockerfile.[ab]', 'x/Dockerfile.a', true],
      ['Dockerfile.[!ab]', 'Dockerfile.a', false],
      ['Dockerfile.[!ab]', 'Dockerfile.c', true],
      ['Dockerfile.[a-c]', 'Dockerfile.b', true],
      ['a[/]b', 'a/b', false],
      ['[', '[', true],
      ['compose.{dev,{ci,test}}.yaml', 'compose.ci.yaml', true],
      ['{*.yaml,Dockerfile}', 'deep/compose.yaml', true],
      ['{a,b', '{a,b', true],
    ];
    for (const [glob, path, expected] of cases) assert.strictEqual(new GlobMatcher(glob).matches(path), expected, `${glob} on ${path}`);
  });

  it('agrees with a regular-expression reference on 20,000 random short globs and paths (property)', () => {
    const atoms = ['a', 'b', '/', '*', '**', '**/', '?', '[ab]', '[!a]', '{a,b}', '{a,*}', '{,b/}', '.', '{a,{b,ab}}'];
    const pathAtoms = ['a', 'b', '/', '.', 'ab'];
    for (let seed = 1; seed <= 20_000; seed++) {
      const r = random(seed);
      const pick = (list: string[], n: number) => Array.from({ length: n }, () => list[Math.floor(r() * list.length)]).join('');
      const glob = pick(atoms, 1 + Math.floor(r() * 5));
      const path = pick(pathAtoms, 1 + Math.floor(r() * 6));
      if (path.startsWith('/') || path.endsWith('/') || path.includes('//')) continue; // paths relative to a folder have no empty segment
      assert.strictEqual(new GlobMatcher(glob).matches(path), referenceRegExp(glob).test(path), `seed ${seed}: ${JSON.stringify(glob)} on ${JSON.stringify(path)}`);
    }
  });
});
