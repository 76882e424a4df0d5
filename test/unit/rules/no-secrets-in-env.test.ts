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
      'ENV REQUIRE_PASSWORD=false',
      'ENV API_TOKEN=',
      'ARG CACHE_KEY=v2',
      'ENV PUBLIC_KEY=abc',
      'ENV KEYCLOAK_URL=http://kc',
    ));
  });

  it('classifies names by their words', () => {
    assert.deepStrictEqual(
      ['DB_PASSWORD', 'API_KEY', 'SSH_PRIVATE_KEY', 'NPM_AUTH', 'secret', 'MONKEY', 'SECRET_NAME', 'TOKEN_TTL'].map(looksLikeSecretName),
      [true, true, true, true, true, false, false, false],
    );
  });

  // BuildKit v0.32.2 dockerfile2llb/validations.go getSecretsRegex: apikey, auth, credential(s), key,
  // password, pword, passwd, secret, token as whole '_' words; public, file, version allow the name.
  it('knows the words BuildKit knows (ACCESS_KEY, APP_KEY, AUTH, PWORD) and the access key ID', () => {
    const names = ['MINIO_ACCESS_KEY', 'APP_KEY', 'STRIPE_KEY', 'KEY', 'AUTH', 'BASIC_AUTH', 'DB_PWORD', 'AWS_ACCESS_KEY_ID', 'ACCESSKEY', 'super_duper_secret_token', 'SUPER_Secret'];
    assert.deepStrictEqual(names.filter((n) => !looksLikeSecretName(n)), []);
  });

  it('and leaves alone the names BuildKit allows or that name no secret', () => {
    const names = ['PUBLIC_KEY', 'SECRET_PASSPHRASE_FILE', 'AUTH_MODULE_VERSION', 'GPG_KEY', 'CACHE_KEY', 'SORT_KEY', 'KMS_KEY_ID', 'AUTH_DOMAIN', 'public_token', 'password_file'];
    assert.deepStrictEqual(names.filter((n) => looksLikeSecretName(n)), []);
  });

  it('reports a stage ARG without a default: a --build-arg value lands in the history of every later RUN', () => {
    // dockerfile2llb/convert.go runCommandString writes '|1 NPM_TOKEN=…' into each RUN's created_by.
    const text = df('FROM node:22', 'ARG NPM_TOKEN', 'ARG AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY', 'RUN npm ci');
    assert.deepStrictEqual(hits(rule, text), [
      ['buildArg', 1, 4, 'NPM_TOKEN'],
      ['buildArg', 2, 4, 'AWS_ACCESS_KEY_ID'],
      ['buildArg', 2, 22, 'AWS_SECRET_ACCESS_KEY'],
    ]);
    assertMessagesFilled(rule, text);
  });

  it('leaves a global ARG without a default alone (it only feeds FROM), and the non-secret ARGs', () => {
    assertClean(rule, df('ARG REGISTRY_TOKEN', 'FROM node:22', 'ARG NODE_VERSION', 'ARG public_token'));
  });

  it('reports an ENV that copies a secret from a variable: ENV values are stored in the image config', () => {
    const text = df('FROM node:22', 'ARG NPM_TOKEN', 'ENV NPM_TOKEN=${NPM_TOKEN}');
    assert.deepStrictEqual(hits(rule, text), [['buildArg', 1, 4, 'NPM_TOKEN'], ['envFromVariable', 2, 4, 'NPM_TOKEN=${NPM_TOKEN}']]);
    assertMessagesFilled(rule, text);
  });
});
