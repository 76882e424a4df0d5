import * as assert from 'assert';
import { fill } from '../../../src/core/types';
import { finalSound, particle, withParticle } from '../../../src/core/text/particles';

describe('Korean particles: how a value ends when read aloud', () => {
  const cases: [string, ReturnType<typeof finalSound>][] = [
    // Hangul: the syllable's own final consonant.
    ['스테이지', 'none'], ['볼륨', 'other'], ['파일', 'rieul'], ['스테이지 1번', 'other'],
    // Digits as Sino-Korean numerals.
    ['8080', 'other'], ['80', 'other'], ['443', 'other'], ['22', 'none'], ['1', 'rieul'], ['27017', 'rieul'],
    ['1000', 'other'], ['20000', 'other'], ['100000000', 'other'], ['1000000000000', 'none'], ['0', 'other'],
    ['04', 'none'], ['127.0.0.1', 'rieul'], ['ubuntu:22.04', 'none'], ['8080:80', 'other'], ['pip3', 'other'],
    // Latin spelled letter by letter: no vowel letter, one letter, two capitals.
    ['npm', 'other'], ['html', 'rieul'], ['CMD', 'none'], ['tcp', 'none'], ['SQL', 'rieul'], ['z', 'none'],
    ['IP', 'none'], ['conf.d', 'none'], ['rw', 'none'],
    // Latin read as a word.
    ['FROM', 'other'], ['FORM', 'other'], ['RUNN', 'other'], ['RUN', 'other'], ['COPY', 'none'], ['web', 'other'],
    ['SHELL', 'rieul'], ['Dockerfile', 'rieul'], ['volume', 'other'], ['alpine', 'other'], ['node', 'none'],
    ['build', 'none'], ['docker', 'none'], ['redis', 'none'], ['nginx', 'none'], ['root', 'none'], ['host', 'none'],
    ['HEALTHCHECK', 'none'], ['github', 'none'], ['apt-get', 'other'], ['exec', 'other'], ['app', 'other'],
    ['stack', 'other'], ['string', 'other'], ['SIGTERM', 'other'], ['SIGINT', 'none'], ['NET_ADMIN', 'other'],
    ['tree', 'none'], ['image', 'none'], ['timeout', 'other'], ['group', 'other'], ['secret', 'other'], ['lib', 'other'],
    ['ip', 'none'], ['ok', 'none'], ['up', 'other'], ['sync', 'none'], ['config', 'none'], ['yaml', 'rieul'], ['requirements.txt', 'none'],
    // K22: a unit right after a number is read as the unit (기비바이트, 메가바이트, 초, 밀리초, 시간), not as letters.
    ['`1GiB`', 'none'], ['512MB', 'none'], ['1 GiB', 'none'], ['2048k', 'none'], ['1g', 'none'], ['30s', 'none'],
    ['500ms', 'none'], ['1m30s', 'none'], ['2h', 'other'], ['512m', 'unknown'], ['2t', 'none'],
    // Not read: code marks, quotes, closing brackets, a trailing parenthetical, a path's last slash.
    ['`FROM`', 'other'], ['"web"', 'other'], ['`on-failure[:5]`', 'none'], ['`web`(줄 3)', 'other'],
    ['`db`(줄 12)', 'none'], ['호스트 포트 8080/tcp (127.0.0.1)', 'none'], ['`/app/`', 'other'], ['(없음)', 'other'],
    // Unreadable: symbols, an empty value, another script.
    ['`/`', 'unknown'], ['`.`', 'unknown'], ['lists/*', 'unknown'], ['`# syntax=…`', 'unknown'], ['', 'unknown'],
    ['``', 'unknown'], ['Ωmega!', 'unknown'], ['漢', 'unknown'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.strictEqual(finalSound(text), expected));
  }
});

describe('Korean particles: the particle of a pair', () => {
  it('K22: `1GiB`는, not `1GiB`은', () => {
    assert.strictEqual(fill('`{value}`은/는 바이트 값 형식이 아니에요.', { value: '1GiB' }), '`1GiB`는 바이트 값 형식이 아니에요.');
    assert.strictEqual(fill('`{value}`은/는', { value: '512m' }), '`512m`은(는)');
  });
  it('picks by final consonant, with ㄹ only special for 으로/로', () => {
    assert.strictEqual(particle('`FROM`', '은/는'), '은');
    assert.strictEqual(particle('`COPY`', '은/는'), '는');
    assert.strictEqual(particle('`8080`', '을/를'), '을');
    assert.strictEqual(particle('`22`', '이/가'), '가');
    assert.strictEqual(particle('파일', '으로/로'), '로');
    assert.strictEqual(particle('파일', '은/는'), '은');
    assert.strictEqual(particle('`html`', '으로/로'), '로');
    assert.strictEqual(particle('`npm`', '으로/로'), '으로');
    assert.strictEqual(particle('`127.0.0.1`', '으로/로'), '로');
    assert.strictEqual(particle('`0.0.0.0`', '으로/로'), '으로');
    assert.strictEqual(particle('`db`', '이에요/예요'), '예요');
    assert.strictEqual(particle('`web`', '이에요/예요'), '이에요');
    assert.strictEqual(particle('`build`', '이라는/라는'), '라는');
    assert.strictEqual(particle('`api`', '과/와'), '와');
  });
  it('writes both forms when the last character cannot be read', () => {
    assert.strictEqual(particle('`/`', '은/는'), '은(는)');
    assert.strictEqual(particle('`.`', '이/가'), '이(가)');
    assert.strictEqual(particle('`*`', '을/를'), '을(를)');
    assert.strictEqual(particle('`~`', '과/와'), '과(와)');
    assert.strictEqual(particle('`-`', '으로/로'), '(으)로');
    assert.strictEqual(particle('`-`', '이에요/예요'), '(이)에요');
    assert.strictEqual(particle('`-`', '이라는/라는'), '(이)라는');
    assert.strictEqual(withParticle('`$`', '은/는'), '`$`은(는)');
  });
});

describe('Korean particles in fill', () => {
  it('fills the particle pair after a placeholder, also after a closing code mark, quote or bracket', () => {
    assert.strictEqual(fill('`{keyword}`은/는 명령어가 아니에요', { keyword: 'FORM' }), '`FORM`은 명령어가 아니에요');
    assert.strictEqual(fill('`{keyword}`은/는 명령어가 아니에요', { keyword: 'COPPY' }), '`COPPY`는 명령어가 아니에요');
    assert.strictEqual(fill('"{v}"을/를', { v: '8080' }), '"8080"을');
    assert.strictEqual(fill('({v})이/가', { v: 'db' }), '(db)가');
    assert.strictEqual(fill('{s}을/를 시작해요', { s: '스테이지 1번' }), '스테이지 1번을 시작해요');
    assert.strictEqual(fill('{s}을/를 시작해요', { s: '스테이지 `build`' }), '스테이지 `build`를 시작해요');
    assert.strictEqual(fill('{p}으로/로', { p: '`/bin/sh`' }), '`/bin/sh`로');
    assert.strictEqual(fill('{n}이에요/예요', { n: '2' }), '2예요');
  });
  it('reads the word before a parenthetical and skips an empty value', () => {
    assert.strictEqual(fill('`{name}`(줄 {line})이에요/예요.', { name: 'db', line: 3 }), '`db`(줄 3)예요.');
    assert.strictEqual(fill('`{name}`(줄 {line})이에요/예요.', { name: 'web', line: 3 }), '`web`(줄 3)이에요.');
    assert.strictEqual(fill('포트 {port}/{protocol}{address}을/를 게시해요', { port: 80, protocol: 'tcp', address: '' }), '포트 80/tcp를 게시해요');
    assert.strictEqual(fill('포트 {port}/{protocol}{address}을/를 게시해요', { port: 80, protocol: 'tcp', address: ' (127.0.0.1)' }), '포트 80/tcp (127.0.0.1)를 게시해요');
  });
  it('a particle may go on: 으로/로는 gives 로는', () => {
    assert.strictEqual(fill('`{x}`으로/로는 안 돼요', { x: 'file' }), '`file`로는 안 돼요');
  });
  it('keeps both forms for a value it cannot read', () => {
    assert.strictEqual(fill('`{p}`은/는 절대 경로예요', { p: '/' }), '`/`은(는) 절대 경로예요');
  });
  it('leaves English, plain slashes and unknown placeholders alone', () => {
    assert.strictEqual(fill('`{keyword}` is not an instruction', { keyword: 'FORM' }), '`FORM` is not an instruction');
    assert.strictEqual(fill('{port}/{protocol}', { port: 80, protocol: 'tcp' }), '80/tcp');
    assert.strictEqual(fill('`{missing}`은/는 없어요', {}), '`{missing}`은/는 없어요');
    assert.strictEqual(fill('{a}{b}', { a: '1', b: '2' }), '12');
  });
});
