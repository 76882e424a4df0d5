// The panel's Markdown renderer (media/panel/markdown.ts, review F7), bundled the way
// scripts/build.mjs bundles the webview (same esbuild aliases) and run against a small fake DOM:
// what it builds is what the webview shows. Links only to the allow-list, no images, no HTML,
// and the review's command explanations (double-backtick code spans) give no link.
import * as assert from 'assert';
import * as path from 'path';
import * as vm from 'vm';
import { buildSync } from 'esbuild';
import { explainCommandLine } from '../../../src/core';
import { MARKER, PAYLOADS } from './markdownSafety';

const ROOT = path.resolve(__dirname, '../../../..');

class FakeText {
  constructor(readonly text: string) {}
}

class FakeElement {
  readonly children: (FakeElement | FakeText)[] = [];
  readonly attrs: Record<string, string> = {};
  readonly dataset: Record<string, string> = {};
  className = '';
  constructor(readonly tag: string) {}
  appendChild<T extends FakeElement | FakeText>(child: T): T {
    this.children.push(child);
    return child;
  }
  setAttribute(name: string, value: string): void {
    this.attrs[name] = value;
  }
  addEventListener(): void {}
  get lastChild(): FakeElement | FakeText | null {
    return this.children[this.children.length - 1] ?? null;
  }
}

function* elements(node: FakeElement | FakeText): Generator<FakeElement> {
  if (node instanceof FakeText) return;
  yield node;
  for (const c of node.children) yield* elements(c);
}

function textOf(node: FakeElement | FakeText): string {
  return node instanceof FakeText ? node.text : node.children.map(textOf).join('');
}

type Renderer = { renderMarkdown(md: string): FakeElement; inline(el: FakeElement, text: string): FakeElement };

function loadRenderer(): Renderer {
  const bundle = buildSync({
    entryPoints: [path.join(ROOT, 'media/panel/markdown.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'panelMarkdown',
    platform: 'browser',
    absWorkingDir: ROOT,
    alias: { entities: './media/panel/slim/entities.ts', 'linkify-it': './media/panel/slim/linkify.ts' },
    logLevel: 'silent',
  });
  const document = {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
    createDocumentFragment: () => new FakeElement('#fragment'),
  };
  const sandbox: Record<string, unknown> = { document };
  vm.runInNewContext(`${bundle.outputFiles[0].text}\nthis.panelMarkdown = panelMarkdown;`, sandbox);
  return sandbox.panelMarkdown as Renderer;
}

describe('security: the panel renders Markdown with markdown-it, links only to the allow-list (F7)', function () {
  this.timeout(30000);
  let r: Renderer;
  before(() => {
    r = loadRenderer();
  });

  it('keeps our own Markdown: headings one level down, lists, code, tables, Docker links', () => {
    const root = r.renderMarkdown('# 제목\n\n- `a` 와 **b**\n- [문서](https://docs.docker.com/engine/)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sh\ndocker ps\n```\n');
    const tags = [...elements(root)].map((e) => e.tag);
    for (const tag of ['h2', 'ul', 'li', 'code', 'strong', 'a', 'table', 'td', 'pre']) assert.ok(tags.includes(tag), `${tag} in ${tags.join(' ')}`);
    const link = [...elements(root)].find((e) => e.tag === 'a');
    assert.strictEqual(link?.attrs.href, 'https://docs.docker.com/engine/');
    const item = [...elements(root)].find((e) => e.tag === 'li');
    assert.ok(item && item.children.every((c) => c instanceof FakeText || c.tag !== 'p'), 'tight list items hold their text directly');
  });

  it('makes no link to another site, no command: or file: link, no image, no HTML element', () => {
    const markdown = [
      '[x](https://evil.example/a) [y](command:workbench.action.terminal.new) [z](file:///etc/passwd) [w](javascript:alert(1))',
      '![p](https://evil.example/pixel.png) <img src=x onerror=alert(1)> <a href="https://evil.example/h">h</a>',
      '<https://evil.example/auto> https://evil.example/bare www.evil.example',
      '[ok](https://github.com/moby/buildkit/blob/v0.20.0/README.md) [no](https://github.com/evil/x) [no2](https://docs.docker.com.evil.example/)',
    ].join('\n\n');
    const root = r.renderMarkdown(markdown);
    const hrefs = [...elements(root)].filter((e) => e.tag === 'a').map((e) => e.attrs.href);
    assert.deepStrictEqual(hrefs, ['https://github.com/moby/buildkit/blob/v0.20.0/README.md']);
    const tags = new Set([...elements(root)].map((e) => e.tag));
    for (const tag of ['img', 'script', 'iframe']) assert.ok(!tags.has(tag), tag);
    assert.ok(textOf(root).includes('<img src=x onerror=alert(1)>'), 'raw HTML is shown as text');
  });

  it('the review’s command explanations give no link (double-backtick code spans)', () => {
    const commands = [
      "docker run --name 'a`[이름안내](https://evil.example/n)`b' nginx:1.27",
      "docker run -e 'X=``[환경](https://evil.example/e)``' nginx:1.27",
      "docker build -t '`[태그](https://evil.example/t)`' .",
    ];
    for (const command of commands) {
      const explained = explainCommandLine(command, { language: 'ko' });
      assert.ok(explained, command);
      const root = r.renderMarkdown(explained.markdown);
      const evil = [...elements(root)].filter((e) => e.tag === 'a' && (e.attrs.href ?? '').includes('evil'));
      assert.deepStrictEqual(evil, [], command);
      assert.ok([...elements(root)].some((e) => e.tag === 'code' && textOf(e).includes('evil.example')), `${command}: the value shows as code`);
    }
  });

  it('every payload, as Markdown of its own and inside a command explanation, gives no link, image or HTML', () => {
    for (const payload of PAYLOADS) {
      for (const markdown of [payload, explainCommandLine(`docker run --name '${payload}' nginx`, { language: 'ko' })?.markdown ?? '']) {
        const root = r.renderMarkdown(markdown);
        const bad = [...elements(root)].filter((e) => e.tag === 'img' || (e.tag === 'a' && !/^https:\/\/(docs\.docker\.com|github\.com\/(moby|docker|compose-spec))\//.test(e.attrs.href ?? '')));
        assert.deepStrictEqual(bad.map((e) => `${e.tag} ${e.attrs.href ?? ''}`), [], JSON.stringify(payload));
      }
    }
    assert.ok(PAYLOADS.every((p) => p.includes(MARKER)));
  });
});
