import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../helpers/paths';

// Issue 14 item 3: VS Code takes package.json strings from package.nls.<display language>.json,
// and many Korean developers run VS Code in English. The README names commands in Korean
// ("Docker 해설: 명령어 설명"), so the English file carries the Korean name first and the English
// one in parentheses: the palette finds the command by either. package.nls.ko.json is the
// Korean display, where the English second name would only be noise.

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, unknown>;
const en = read('package.nls.json') as Record<string, string>;
const ko = read('package.nls.ko.json') as Record<string, string>;
const manifest = read('package.json') as { contributes: Record<string, unknown> };

/** Every `%key%` the manifest uses for a name a user searches for or reads as a title. */
function titleKeys(): string[] {
  const c = manifest.contributes as {
    commands: { title: string }[];
    views: Record<string, { name: string }[]>;
    viewsContainers: Record<string, { title: string }[]>;
    walkthroughs: { title: string; steps: { title: string }[] }[];
  };
  const refs = [
    ...c.commands.map((x) => x.title),
    ...Object.values(c.views).flat().map((v) => v.name),
    ...Object.values(c.viewsContainers).flat().map((v) => v.title),
    ...c.walkthroughs.flatMap((w) => [w.title, ...w.steps.map((s) => s.title)]),
  ];
  return refs.map((r) => /^%(.+)%$/.exec(r)?.[1]).filter((k): k is string => k !== undefined);
}

describe('manifest titles in Korean whatever the display language (issue 14 item 3)', () => {
  const keys = titleKeys();

  it('finds the command, view and walkthrough titles', () => {
    assert.ok(keys.length >= 15, `only ${keys.length} title keys`);
    assert.ok(keys.includes('command.explainCommand'));
  });

  it('English display: the Korean title first, then the English one in parentheses', () => {
    for (const key of keys) {
      const korean = ko[key];
      const english = en[key];
      assert.ok(korean && english, `${key}: missing`);
      if (korean === english) continue; // a name that is the same in both (the product name "Docker 해설")
      assert.ok(english.startsWith(`${korean} (`) && english.endsWith(')'), `${key}: "${english}" should read "${korean} (English title)"`);
      assert.match(english.slice(korean.length + 2, -1), /^[A-Za-z][\x20-\x7e]*$/, `${key}: the part in parentheses is English`);
    }
  });

  it('Korean display: pure Korean, no English second title', () => {
    for (const [key, korean] of Object.entries(ko)) {
      assert.match(korean, /[\uac00-\ud7a3]/, `${key} has Korean text`);
      assert.doesNotMatch(korean, /\([A-Z][a-z]+(?: [A-Za-z]+)+\)/, `${key}: "${korean}" carries an English title in parentheses`);
    }
  });

  it('the README\'s name for the explain command is what the English palette shows', () => {
    const command = (manifest.contributes.commands as { command: string; title: string; category: string }[]).find((x) => x.command === 'dockerExplain.explainCommand');
    assert.ok(command);
    assert.strictEqual(`${command.category}: ${en[command.title.slice(1, -1)]}`, 'Docker 해설: 명령어 설명 (Explain a Docker Command)');
  });

  it('setting descriptions point a team to .docker-explain.json and the presets, in both languages', () => {
    for (const nls of [en, ko]) {
      assert.match(nls['config.lint.enabled'], /\.docker-explain\.json/);
      assert.match(nls['config.lint.enabled'], /docker-explain:recommended/);
    }
  });
});
