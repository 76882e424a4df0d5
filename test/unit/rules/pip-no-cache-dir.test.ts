import * as assert from 'assert';
import { pipNoCacheDir as rule } from '../../../src/core/lint/rules/pip-no-cache-dir';
import { assertClean, assertMessagesFilled, fixed, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('pip-no-cache-dir', () => {
  it('reports pip install, pip3 install and python -m pip install', () => {
    const text = df('FROM python:3.12', 'RUN pip install flask', 'RUN pip3 install -r requirements.txt', 'RUN python3 -m pip install uvicorn');
    assert.deepStrictEqual(hits(rule, text), [
      ['missing', 1, 4, 'pip install'],
      ['missing', 2, 4, 'pip3 install'],
      ['missing', 3, 4, 'python3 -m pip install'],
    ]);
    assertMessagesFilled(rule, text);
  });

  it('inserts --no-cache-dir after install', () => {
    assert.strictEqual(fixed(rule, df('FROM python:3.12', 'RUN pip install flask')), df('FROM python:3.12', 'RUN pip install --no-cache-dir flask'));
  });

  it('stays silent with a BuildKit cache mount on the pip cache', () => {
    assertClean(rule, df('FROM python:3.12', 'RUN --mount=type=cache,target=/root/.cache/pip \\', '    pip3 install -r requirements.txt'));
    assertClean(rule, df('FROM python:3.12', 'RUN --mount=type=cache,target=/root/.cache pip install flask'));
  });

  it('stays silent when PIP_NO_CACHE_DIR is set by ENV or on the command, or the flag is given', () => {
    assertClean(rule, df('FROM python:3.12', 'ENV PIP_NO_CACHE_DIR=1', 'RUN pip install flask'));
    assertClean(rule, df('FROM python:3.12', 'RUN PIP_NO_CACHE_DIR=1 pip install flask'));
    assertClean(rule, df('FROM python:3.12', 'RUN pip install --no-cache-dir flask'));
    assertClean(rule, df('FROM python:3.12', 'RUN pip install flask && rm -rf /root/.cache'));
  });

  it('stays silent when an earlier command of the same RUN exports PIP_NO_CACHE_DIR, not when another RUN did', () => {
    assertClean(rule, df('FROM python:3.12', 'RUN export PIP_NO_CACHE_DIR=1 && pip install flask'));
    assertClean(rule, df('FROM python:3.12', 'RUN PIP_NO_CACHE_DIR=1; export PIP_NO_CACHE_DIR; pip install flask'));
    assertClean(rule, df('FROM python:3.12', 'RUN declare -x PIP_NO_CACHE_DIR=off && pip install flask'));
    // Each RUN is a new shell: the export is gone by the next one.
    assert.deepStrictEqual(hits(rule, df('FROM python:3.12', 'RUN export PIP_NO_CACHE_DIR=1', 'RUN pip install flask')), [['missing', 2, 4, 'pip install']]);
    // Exported after pip ran, or a plain shell variable pip never sees.
    assert.deepStrictEqual(hits(rule, df('FROM python:3.12', 'RUN pip install flask && export PIP_NO_CACHE_DIR=1')), [['missing', 1, 4, 'pip install']]);
    assert.deepStrictEqual(hits(rule, df('FROM python:3.12', 'RUN PIP_NO_CACHE_DIR=1; pip install flask')), [['missing', 1, 24, 'pip install']]);
  });

  it('ignores stages copied from selectively, and uv/pipx', () => {
    assertClean(rule, df('FROM python:3.12 AS build', 'RUN pip install --prefix=/install flask', 'FROM python:3.12-slim', 'COPY --from=build /install /usr/local'));
    assertClean(rule, df('FROM python:3.12', 'RUN uv pip install flask && pipx install black'));
  });
});

describe('pip-no-cache-dir: build arguments', () => {
  it('accepts PIP_NO_CACHE_DIR given as an ARG with a value (ARGs are in the environment of RUN)', () => {
    assertClean(rule, df('FROM python:3.12', 'ARG PIP_NO_CACHE_DIR=1', 'RUN pip install flask'));
  });

  it('stays silent for PIP_NO_CACHE_DIR=0, false or no: pip turns the cache off for any valid value (cmdoptions.py _handle_no_cache_dir)', () => {
    for (const value of ['0', 'false', 'no']) assertClean(rule, df('FROM python:3.12', `ENV PIP_NO_CACHE_DIR=${value}`, 'RUN pip install flask'));
  });
});
