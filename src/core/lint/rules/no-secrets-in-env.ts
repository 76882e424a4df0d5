import { dockerfileRule } from './dockerfile/defineRule';
import { declarations, isGlobalScopeLine } from '../../model/dockerfileVariables';
import { keywordOf } from './dockerfile/stages';

// A secret in ARG or ENV reaches people who only have the image:
// - an ENV value is stored in the image config, so ‘docker inspect’ shows it, whether it was
//   written literally or copied from an ARG (‘ENV NPM_TOKEN=$NPM_TOKEN’);
// - an ARG value, the default or one given with ‘--build-arg’, is written into the history entry
//   of every later RUN of the stage: dockerfile2llb/convert.go runCommandString prefixes
//   ‘|1 NPM_TOKEN=…’ to the RUN's ‘created_by’, which ‘docker history’ shows. So an ARG without a
//   default is reported too (BuildKit's SecretsUsedInArgOrEnv reports it: dockerfile_check_test.go
//   ‘ARG SECRET_PASSPHRASE’).
// Names follow BuildKit's words (dockerfile2llb/validations.go getSecretsRegex: apikey, auth,
// credential(s), key, password, pword, passwd, secret, token, as whole ‘_’-separated words;
// public, file, version allow the name). We differ where the name says it is not the secret:
// ‘GPG_KEY’ (a public key fingerprint, in every official Python image), a last word like
// ‘_PATH’, ‘_URL’, ‘_ID’, ‘_METHOD’ (where or how, not the secret), keys that are not secrets
// (‘CACHE_KEY’, ‘SORT_KEY’), and values that are no secret (booleans, paths, empty).

const SECRET_WORDS = new Set([
  'PASSWORD', 'PASSWD', 'PWORD', 'PASS', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'AUTH',
  'PRIVATEKEY', 'ACCESSKEY', 'SECRETKEY', 'AUTHTOKEN', 'ACCESSTOKEN', 'APITOKEN',
]);
/** Words before KEY that make it something other than a secret. */
const NOT_SECRET_KEYS = new Set(['CACHE', 'SORT', 'PARTITION', 'PRIMARY', 'FOREIGN', 'HOST', 'ROUTING', 'LOOKUP', 'INDEX', 'MAP', 'IDEMPOTENCY', 'DEDUP', 'SHARD', 'HASH']);
const NOT_THE_SECRET = new Set([
  'FILE', 'PATH', 'DIR', 'URL', 'URI', 'ID', 'NAME', 'LENGTH', 'METHOD', 'TYPE', 'POLICY', 'EXPIRY', 'TTL', 'TIMEOUT', 'HEADER',
  'ENABLED', 'REQUIRED', 'MODE', 'HOST', 'PORT', 'USER', 'USERNAME', 'LOCATION', 'FORMAT', 'ALGORITHM', 'VERSION', 'SERVER',
  'PROVIDER', 'PREFIX', 'COMMAND', 'CMD', 'SIZE', 'ENV', 'VAR', 'DOMAIN', 'ENDPOINT', 'REALM', 'SCOPE', 'SCOPES', 'MODULE',
]);
const NEVER = new Set(['PUBLIC', 'PUB', 'GPG', 'PGP', 'FINGERPRINT', 'KEYRING', 'KEYSERVER']);

export function looksLikeSecretName(name: string): boolean {
  const words = name.toUpperCase().split(/[_.-]+/).filter(Boolean);
  if (!words.length || words.some((w) => NEVER.has(w))) return false;
  const last = words[words.length - 1];
  // The ID of an access key is half of the credential pair (AWS_ACCESS_KEY_ID); other key IDs name a key.
  if (last === 'ID' && words.length >= 3 && words[words.length - 2] === 'KEY' && words[words.length - 3] === 'ACCESS') return true;
  if (NOT_THE_SECRET.has(last)) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  return words.some((w, i) => (w === 'KEY' || w === 'KEYS') && !(i > 0 && NOT_SECRET_KEYS.has(words[i - 1])));
}

/** A value that cannot be a secret: a boolean, a path, nothing. */
function harmlessValue(value: string): boolean {
  const v = value.trim();
  if (!v) return true;
  if (/^(?:true|false|yes|no|on|off|0|1|none|null)$/i.test(v)) return true;
  return v.startsWith('/') || v.startsWith('./');
}

export const noSecretsInEnv = dockerfileRule(
  {
    id: 'no-secrets-in-env',
    kinds: ['dockerfile'],
    severity: 'warning',
    title: { ko: 'ARG/ENV에 시크릿 값을 적지 않아요', en: 'Do not put secrets in ARG or ENV' },
    sources: [
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/linter/docs/SecretsUsedInArgOrEnv.md',
      'https://docs.docker.com/reference/cli/docker/buildx/build/#secret',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/validations.go',
      'https://github.com/moby/buildkit/blob/v0.32.2/frontend/dockerfile/dockerfile2llb/convert.go',
      'https://docs.docker.com/build/building/secrets/#secret-mounts',
    ],
    messages: {
      secret: {
        ko: '‘{keyword} {name}’에 값이 그대로 적혀 있어요. 이 값은 Dockerfile과 이미지에 남아서 ‘docker history’나 ‘docker inspect’로 누구나 볼 수 있어요. 빌드 중에 필요하면 ‘RUN --mount=type=secret’을, 실행 중에 필요하면 ‘docker run -e’나 Compose ‘secrets:’를 쓰세요.',
        en: '‘{keyword} {name}’ holds a literal value that stays in the Dockerfile and the image (‘docker history’, ‘docker inspect’). Use ‘RUN --mount=type=secret’ at build time, ‘docker run -e’ or Compose secrets at run time.',
      },
      buildArg: {
        ko: '‘ARG {name}’에 ‘--build-arg {name}=…’로 값을 주면, 이 스테이지에서 뒤에 오는 RUN마다 이미지 기록에 ‘{name}=값’이 남아서 ‘docker history’로 누구나 볼 수 있어요. 빌드 중에만 필요한 시크릿은 ‘RUN --mount=type=secret,id={id},env={name}’으로/로 받으세요.',
        en: 'A value given with ‘--build-arg {name}=…’ is recorded as ‘{name}=value’ in the history of every later RUN of this stage, visible with ‘docker history’. Pass build-time secrets with ‘RUN --mount=type=secret,id={id},env={name}’.',
      },
      envFromVariable: {
        ko: '‘ENV {name}’의 값은 이미지 설정에 저장돼서 ‘docker inspect’로 누구나 볼 수 있어요. 변수에서 가져와도 마찬가지예요. 실행 중에 필요하면 ‘docker run -e’나 Compose ‘secrets:’로 주세요.',
        en: 'The value of ‘ENV {name}’ is stored in the image config, visible with ‘docker inspect’, even when it comes from a variable. Pass it at run time with ‘docker run -e’ or Compose secrets.',
      },
    },
    equivalents: { buildkit: 'SecretsUsedInArgOrEnv', hadolint: ['DL3064'] },
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      const keyword = keywordOf(instruction);
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      for (const d of declarations(instruction)) {
        if (!looksLikeSecretName(d.name)) continue;
        const value = d.value;
        if (value === null) {
          // Only ARG may be declared without a value (ENV without one is dockerfile-syntax's). A
          // global ARG without a default feeds FROM lines only: no RUN records it.
          if (keyword === 'ARG' && !isGlobalScopeLine(doc, instruction.getRange().start.line)) report({ range: d.range, messageId: 'buildArg', data: { name: d.name, id: d.name.toLowerCase() } });
          continue;
        }
        if (harmlessValue(value)) continue;
        if (!value.includes('$')) report({ range: d.range, messageId: 'secret', data: { keyword, name: d.name } });
        else if (keyword === 'ENV') report({ range: d.range, messageId: 'envFromVariable', data: { name: d.name } });
        else report({ range: d.range, messageId: 'buildArg', data: { name: d.name, id: d.name.toLowerCase() } });
      }
    }
  },
);
