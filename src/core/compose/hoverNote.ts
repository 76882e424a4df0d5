import { isScalar } from 'yaml';
import type { ComposeDocument } from '../documents/composeDocument';
import type { Language, Position } from '../types';
import { fill } from '../types';
import type { ComposeProject } from './loadProject';
import { lget } from './located';

// One line under a Compose hover about the value as the project sees it: a later file of the
// set replaces it ("compose.override.yaml 7줄이 이 값을 `9090:80`으로 바꿔요"), or `.env` fills
// its `${VAR}` ("`.env`로 채우면 `9090:80`이에요"), or the value is unknown (a variable `.env`
// does not set: the shell decides). Nothing is guessed.

export function projectHoverNote(project: ComposeProject, file: string, doc: ComposeDocument, position: Position, language: Language): string | undefined {
  const offset = doc.lines.offsetAt(position);
  for (const service of doc.services) {
    if (!service.map) continue;
    for (const pair of service.map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const value = pair.value as { range?: [number, number, number] } | null;
      const start = (pair.key as { range?: [number, number, number] } | null)?.range?.[0];
      const end = value?.range?.[1];
      if (key === undefined || start === undefined || end === undefined || offset < start || offset > end) continue;
      const effective = lget(lget(lget(project.model, 'services'), service.name), key);
      if (!effective || effective.kind !== 'scalar' || !isScalar(pair.value)) return undefined;
      const shown = effective.unknown ? effective.source : String(effective.value);
      const rel = relative(project.directory, effective.origin.file);
      if (effective.origin.file !== file) {
        const line = effective.origin.range.start.line + 1;
        return language === 'ko'
          ? fill('{file} {line}줄이 이 값을 `{value}`으로/로 바꿔요.', { file: rel, line, value: shown })
          : `${rel} line ${line} changes this value to \`${shown}\`.`;
      }
      if (!effective.variables?.length) return undefined;
      const names = effective.variables.map((v) => `\`${v}\``).join(', ');
      if (effective.unknown) {
        const missing = effective.variables.filter((v) => !project.variables.has(v)).map((v) => `\`${v}\``).join(', ');
        return language === 'ko'
          ? fill('{names}은/는 프로젝트의 `.env`에 없어서 이 값은 알 수 없어요. `docker compose`를 실행하는 셸의 환경 변수가 정해요.', { names: missing || names })
          : `${missing || names} is not in the project's .env, so this value is unknown: the shell that runs docker compose decides.`;
      }
      return language === 'ko' ? fill('프로젝트의 `.env`로 채우면 `{value}`이에요/예요.', { value: shown }) : `With the project's .env this is \`${shown}\`.`;
    }
  }
  return undefined;
}

function relative(dir: string, file: string): string {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}
