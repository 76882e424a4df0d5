import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isConceptId } from '../../../src/core/knowledge/concepts';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}

describe('panel: walkthrough "Docker 처음 배우기"', () => {
  const manifest = read('package.json');
  const en = read('package.nls.json') as Record<string, string>;
  const ko = read('package.nls.ko.json') as Record<string, string>;
  const walkthrough = manifest.contributes.walkthroughs[0];
  const steps = walkthrough.steps as Step[];
  const commands = new Set((manifest.contributes.commands as { command: string }[]).map((c) => c.command));

  it('is titled in Korean and English', () => {
    assert.strictEqual(ko[walkthrough.title.slice(1, -1)], 'Docker 처음 배우기');
    assert.ok(en[walkthrough.title.slice(1, -1)].length > 0);
  });

  it('has media that exists for every step and texts in both languages', () => {
    assert.ok(steps.length >= 5);
    for (const step of steps) {
      assert.ok(step.media.markdown && fs.existsSync(path.join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown}`);
      for (const key of [step.title, step.description]) {
        assert.ok(ko[key.slice(1, -1)], `${key} in Korean`);
        assert.ok(en[key.slice(1, -1)], `${key} in English`);
      }
    }
  });

  it('links only to our own commands, with valid concept ids and example files', () => {
    const links = new Set<string>();
    for (const text of [...Object.values(ko), ...Object.values(en)]) for (const m of text.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) links.add(`${m[1]} ${m[2] ?? ''}`);
    const opened = { concept: new Set<string>(), example: new Set<string>() };
    for (const link of links) {
      const [command, query] = link.split(' ');
      assert.ok(commands.has(command), `${command} is contributed`);
      if (!query) continue;
      const args = JSON.parse(decodeURIComponent(query)) as unknown[];
      if (command === 'dockerExplain.openConcept') {
        assert.ok(isConceptId(args[0]), `concept ${String(args[0])}`);
        opened.concept.add(String(args[0]));
      }
      if (command === 'dockerExplain.openExample') {
        assert.ok(fs.existsSync(path.join(ROOT, 'examples', String(args[0]))), `examples/${String(args[0])}`);
        opened.example.add(String(args[0]));
      }
    }
    assert.deepStrictEqual([...opened.example].sort(), ['Dockerfile', 'compose.yaml']);
    assert.ok(opened.concept.size >= 5);
  });

  it('ships the example files it opens', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!examples/Dockerfile'));
    assert.ok(ignore.includes('!examples/compose.yaml'));
  });
});
