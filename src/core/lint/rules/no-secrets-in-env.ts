import { dockerfileRule } from './dockerfile/defineRule';
import { declarations } from '../../model/dockerfileVariables';
import { keywordOf } from './dockerfile/stages';

// An ARG default or ENV value is written into the Dockerfile (and so into git) and into the
// image: `docker history` and `docker inspect` show it to anyone who pulls the image. We report
// names that say "secret" and carry a literal value. Unlike BuildKit's name-only check, we skip
// what is not a secret: `GPG_KEY` (a public key fingerprint, in every official Python image),
// `*_FILE`/`*_PATH` (where a secret is, not the secret), `*_AUTH_METHOD`, booleans, `$VARS`.

const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'SECRET', 'SECRETS', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS', 'PRIVATEKEY']);
const KEY_QUALIFIERS = new Set(['API', 'ACCESS', 'PRIVATE', 'SECRET', 'SSH', 'ENCRYPTION', 'MASTER', 'SIGNING', 'SESSION', 'JWT', 'AUTH', 'CLIENT', 'LICENSE']);
const NOT_THE_SECRET = new Set([
  'FILE', 'PATH', 'DIR', 'URL', 'URI', 'ID', 'NAME', 'LENGTH', 'METHOD', 'TYPE', 'POLICY', 'EXPIRY', 'TTL', 'TIMEOUT', 'HEADER',
  'ENABLED', 'REQUIRED', 'MODE', 'HOST', 'PORT', 'USER', 'USERNAME', 'LOCATION', 'FORMAT', 'ALGORITHM', 'VERSION', 'SERVER',
  'PROVIDER', 'PREFIX', 'COMMAND', 'CMD', 'SIZE', 'ENV', 'VAR', 'KEY_ID',
]);
const NEVER = new Set(['PUBLIC', 'PUB', 'GPG', 'PGP', 'FINGERPRINT', 'KEYRING', 'KEYSERVER']);

export function looksLikeSecretName(name: string): boolean {
  const words = name.toUpperCase().split(/[_.-]+/).filter(Boolean);
  if (!words.length || words.some((w) => NEVER.has(w))) return false;
  if (NOT_THE_SECRET.has(words[words.length - 1])) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  const last = words[words.length - 1];
  if (last === 'AUTH' && words.length > 1) return true;
  return words.some((w, i) => w === 'KEY' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]));
}

function literalSecretValue(value: string | null): boolean {
  if (value === null) return false;
  const v = value.trim();
  if (!v || v.includes('$')) return false;
  if (/^(?:true|false|yes|no|on|off|0|1|none|null)$/i.test(v)) return false;
  return !v.startsWith('/') && !v.startsWith('./');
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
    ],
    messages: {
      secret: {
        ko: '‘{keyword} {name}’에 값이 그대로 적혀 있어요. 이 값은 Dockerfile과 이미지에 남아서 ‘docker history’나 ‘docker inspect’로 누구나 볼 수 있어요. 빌드 중에 필요하면 ‘RUN --mount=type=secret’을, 실행 중에 필요하면 ‘docker run -e’나 Compose ‘secrets:’를 쓰세요.',
        en: '‘{keyword} {name}’ holds a literal value that stays in the Dockerfile and the image (‘docker history’, ‘docker inspect’). Use ‘RUN --mount=type=secret’ at build time, ‘docker run -e’ or Compose secrets at run time.',
      },
    },
    equivalents: { buildkit: 'SecretsUsedInArgOrEnv' },
  },
  (doc, report) => {
    for (const instruction of doc.ast.getInstructions()) {
      const keyword = keywordOf(instruction);
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      for (const d of declarations(instruction)) {
        if (!looksLikeSecretName(d.name) || !literalSecretValue(d.value)) continue;
        report({ range: d.range, messageId: 'secret', data: { keyword, name: d.name } });
      }
    }
  },
);
