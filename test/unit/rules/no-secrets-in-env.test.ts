import * as assert from 'assert';
import { looksLikeSecretName, noSecretsInEnv as rule } from '../../../src/core/lint/rules/no-secrets-in-env';
import { assertClean, assertMessagesFilled, hits } from './dockerfileRuleHarness';

const df = (...lines: string[]) => lines.join('\n');

describe('no-secrets-in-env', () => {
  it('reports ENV/ARG with a secret-looking name and a literal value, on name=value', () => {
    const text = df('FROM postgres:16', 'ENV POSTGRES_PASSWORD=supersecret', 'ARG GITHUB_TOKEN=ghp_abc123', 'ENV AWS_SECRET_ACCESS_KEY wJalrXUtn');
    assert.deepStrictEqual(hits(rule, text), [
      ['secret', 1, 4, 'POSTGRES_PASSWORD=supersecret'],
      ['secret', 2, 4, 'GITHUB_TOKEN=ghp_abc123'],
      ['secret', 3, 4, 'AWS_SECRET_ACCESS_KEY wJalrXUtn'],
    ]);
    assertMessagesFilled(rule, text);
  });

  it('does not report what is not a secret value', () => {
    assertClean(rule, df(
      'FROM python:3.12',
      'ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305',
      'ENV POSTGRES_PASSWORD_FILE=/run/secrets/db',
      'ENV POSTGRES_HOST_AUTH_METHOD=trust',
      'ARG NPM_TOKEN',
      'ENV NPM_TOKEN=${NPM_TOKEN}',
      'ENV REQUIRE_PASSWORD=false',
      'ENV PUBLIC_KEY=abc',
      'ENV KEYCLOAK_URL=http://kc',
    ));
  });

  it('classifies names by their words', () => {
    assert.deepStrictEqual(
      ['DB_PASSWORD', 'API_KEY', 'SSH_PRIVATE_KEY', 'NPM_AUTH', 'secret', 'MONKEY', 'KEY', 'SECRET_NAME', 'TOKEN_TTL', 'AWS_ACCESS_KEY_ID'].map(looksLikeSecretName),
      [true, true, true, true, true, false, false, false, false, false],
    );
  });
});
