import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { allRules } from '../../../src/core/lint/rules';
import { allTopics } from '../../../src/core/knowledge';
import { fill } from '../../../src/core/types';
import { parseDocument } from '../../../src/core/documents/parsedDocument';
import { lintDocument } from '../../../src/core/lint/engine';
import { repoRoot, listFiles } from '../../helpers/paths';

// After a value the particle must be the pair (`{name}은/는`) that `fill` resolves, never both
// forms written out ("은(는)") and never one fixed form that is wrong for half the values.
const CLOSERS = "[`'\")\\]}>”’」』]*";
const BOTH_FORMS = new RegExp(`\\{\\w+\\}${CLOSERS}(?:은\\(는\\)|는\\(은\\)|을\\(를\\)|를\\(을\\)|이\\(가\\)|가\\(이\\)|과\\(와\\)|와\\(과\\)|\\(으\\)로|\\(이\\)|\\(는\\)|\\(를\\)|\\(가\\))`, 'u');
const FIXED = new RegExp(`\\{\\w+\\}${CLOSERS}(?:은|는|이|가|을|를|과|와|으로|로|이에요|예요|이라는|라는)(?![가-힣/(])`, 'u');
// The same in code: a TypeScript `${value}` followed by both forms.
const BOTH_FORMS_IN_CODE = /\$\{[^}]+\}(?:\\`|[`'")\]])*(?:은\(는\)|을\(를\)|이\(가\)|과\(와\)|와\(과\)|\(으\)로|\(이\)에요)/u;

function problemsOf(where: string, ko: string): string[] {
  const out: string[] = [];
  const both = BOTH_FORMS.exec(ko);
  if (both) out.push(`${where}: both forms after a placeholder: ${both[0]}`);
  const fixed = FIXED.exec(ko);
  if (fixed) out.push(`${where}: a fixed particle after a placeholder: ${fixed[0]}`);
  return out;
}

describe('Korean templates write particle pairs after values', () => {
  it('the checks themselves catch each old style', () => {
    assert.strictEqual(problemsOf('t', '`{keyword}`은(는) 명령어가 아니에요').length, 1);
    assert.strictEqual(problemsOf('t', '`{name}`(으)로 정해요').length, 1);
    assert.strictEqual(problemsOf('t', '`{name}`(이)에요').length, 1);
    assert.strictEqual(problemsOf('t', '`{image}`는 태그가 없어요').length, 1);
    assert.strictEqual(problemsOf('t', '`{name}`(줄 {line})이에요').length, 1);
    assert.deepStrictEqual(problemsOf('t', '`{keyword}`은/는 `{x}`으로/로 `{y}`이에요/예요 {z}의 {n}개 `{a}`에 {b}도'), []);
    assert.ok(BOTH_FORMS_IN_CODE.test('ko: `규칙 \\`${id}\\`은(는) 없어요`'));
  });

  it('every lint rule message', () => {
    const problems: string[] = [];
    for (const rule of allRules) {
      for (const [id, message] of Object.entries(rule.meta.messages)) problems.push(...problemsOf(`${rule.meta.id}#${id}`, message.ko));
    }
    assert.deepStrictEqual(problems, []);
    assert.ok(allRules.length > 30, 'the rules were found');
  });

  it('every knowledge topic', () => {
    const problems: string[] = [];
    const topics = allTopics();
    for (const topic of topics) {
      const texts: [string, string][] = [['summary', topic.summary.ko], ['body', topic.body?.ko ?? ''], ['why', topic.why?.ko ?? '']];
      for (const [name, template] of Object.entries(topic.templates ?? {})) texts.push([name, template.ko]);
      for (const [name, ko] of texts) problems.push(...problemsOf(`${topic.id}#${name}`, ko));
    }
    assert.deepStrictEqual(problems, []);
    assert.ok(topics.length > 100, 'the topics were found');
  });

  it('no message built in code writes both forms after a value (config, engine, quick fixes)', () => {
    const problems: string[] = [];
    for (const file of listFiles(path.join(repoRoot, 'src', 'core')).filter((f) => f.endsWith('.ts'))) {
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (BOTH_FORMS_IN_CODE.test(line)) problems.push(`${path.relative(repoRoot, file)}:${i + 1}`);
      });
    }
    assert.deepStrictEqual(problems, []);
  });

  it('real messages read right: the particle follows the value', () => {
    const template = (ruleId: string, messageId: string) => allRules.find((r) => r.meta.id === ruleId)?.meta.messages[messageId]?.ko ?? '';
    const unknown = template('dockerfile-syntax', 'unknownInstruction');
    assert.ok(unknown.includes('‘{keyword}’은/는'), unknown);
    assert.ok(fill(unknown, { keyword: 'FORM' }).startsWith('‘FORM’은 Dockerfile 명령어가 아니에요'));
    assert.ok(fill(unknown, { keyword: 'COPPY' }).startsWith('‘COPPY’는 Dockerfile 명령어가 아니에요'));
  });

  it('the lint engine fills them: a Dockerfile and a Compose file in Korean', () => {
    const dockerfile = 'FROM alpine:3.20\nRUNN echo hi\nCOPPY . /app\nEXPOSE 70000\nEXPOSE 8080/xdp\n';
    const messages = lintDocument(parseDocument(dockerfile, 'dockerfile'), { language: 'ko' }).map((d) => d.message);
    assert.ok(messages.some((m) => m.startsWith('‘RUNN’은 Dockerfile 명령어가 아니에요')), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('‘COPPY’는 Dockerfile 명령어가 아니에요')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('포트 ‘70000’은 쓸 수 없어요')), messages.join('\n')); // 칠만
    assert.ok(messages.some((m) => m.includes('프로토콜 ‘xdp’는 없어요')), messages.join('\n'));
    const compose = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    networks: [backend]\n';
    const composeMessages = lintDocument(parseDocument(compose, 'compose'), { language: 'ko' }).map((d) => d.message);
    assert.ok(composeMessages.some((m) => m.includes('서비스 ‘db’가')), composeMessages.join('\n'));
    assert.ok(composeMessages.some((m) => m.includes('‘backend’가 최상위 ‘networks:’에 선언되지 않았어요')), composeMessages.join('\n'));
    // English stays as written.
    const english = lintDocument(parseDocument(dockerfile, 'dockerfile'), { language: 'en' }).map((d) => d.message);
    assert.ok(english.some((m) => m.startsWith('‘RUNN’ is not a Dockerfile instruction')), english.join('\n'));
  });
});
