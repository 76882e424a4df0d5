import * as assert from 'assert';
import { copyBeforeInstall as rule } from '../../../src/core/lint/rules/copy-before-install';
import { assertClean, assertMessagesFilled, hits, reportsOf } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('copy-before-install', () => {
  it('reports `COPY . .` before npm ci, on the `.` source, naming the install', () => {
    const text = df('FROM node:20', 'WORKDIR /app', 'COPY . .', 'RUN npm ci', 'CMD ["node", "server.js"]');
    assert.deepStrictEqual(hits(rule, text), [['copyFirst', 2, 5, '.']]);
    assert.deepStrictEqual(reportsOf(rule, text)[0].data, { copy: 'COPY . .', install: 'npm ci', installLine: 4, manifests: 'package.json, package-lock.json' });
    assertMessagesFilled(rule, text);
  });

  it('knows the common package managers', () => {
    for (const install of ['yarn install --frozen-lockfile', 'yarn', 'pnpm install', 'pip install -r requirements.txt', 'python -m pip install -r requirements.txt', 'poetry install --no-root', 'bundle install', 'go mod download', 'composer install', 'mvn -B dependency:go-offline', 'dotnet restore']) {
      assert.strictEqual(reportsOf(rule, df('FROM x', 'COPY ./ /src', `RUN ${install}`)).length, 1, install);
    }
  });

  it('accepts manifests copied first, installs of named tools, builds, and copies from stages', () => {
    assertClean(rule, df('FROM node', 'COPY package.json package-lock.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build'));
    assertClean(rule, df('FROM node', 'COPY . .', 'RUN npm install -g serve', 'RUN yarn global add @vue/cli', 'RUN pip install gunicorn'));
    assertClean(rule, df('FROM node AS build', 'FROM node', 'COPY --from=build . .', 'RUN npm ci'));
    assertClean(rule, df('FROM node', 'COPY . .', 'FROM node', 'RUN npm ci'));
  });

  it('ignores an optional install hook guarded by a test', () => {
    assertClean(rule, df('FROM python', 'COPY . /usr/src/app', 'RUN if [ -s /usr/src/app/requirements.txt ]; then \\', '    pip install -r /usr/src/app/requirements.txt; \\', '    fi'));
    assertClean(rule, df('FROM python', 'COPY . /usr/src/app', 'RUN [ -f requirements.txt ] && pip install -r requirements.txt'));
  });
});
