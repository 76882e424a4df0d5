import type { Localized } from '../types';

// Sentences of the Compose hover's project line: the value `docker compose` uses for the entry
// under the cursor, and why (the project's `.env`, another file of the set). Markdown (hovers
// render it); values are filled by `fillMarkdown`, which puts file text in code spans.
// Sources:
// - merging: https://docs.docker.com/compose/how-tos/multiple-compose-files/merge/ and
//   compose-spec/compose-go v2.13.0 `override/merge.go` (mappings merged, sequences appended,
//   `command`/`entrypoint`/`healthcheck.test` replaced) and `override/uncity.go` (entries of
//   `ports`, `volumes`, `environment`, `secrets`, … with the same key: the later one is kept at
//   the earlier one's place);
// - `!reset` / `!override`: https://docs.docker.com/reference/compose-file/merge/#reset-value;
// - interpolation: https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/
//   (the shell's variables win over `.env`; an unset variable becomes an empty string);
// - include: compose-spec/compose-go v2.13.0 `loader/include.go` (each included file loaded as its
//   own model with its `project_directory` and `env_file`, then `importResource` merges it in);
// - `.env` / `env_file` reading: compose-spec/compose-go v2.13.0 `dotenv/env.go` `GetEnvFromFile`.

export const PROJECT_NOTE_TEXTS = {
  lead: { ko: '**Compose가 쓰는 값:** {value} — {why}', en: '**Compose uses:** {value} — {why}' },
  leadUnknown: { ko: '**Compose가 쓰는 값:** 알 수 없어요 — {why}', en: '**Compose uses:** unknown — {why}' },
  leadRemoved: { ko: '**Compose는 이 항목을 쓰지 않아요** — {why}', en: '**Compose does not use this entry** — {why}' },
  port: { ko: '호스트 {host} → 컨테이너 {container} ({protocol})', en: 'host {host} → container {container} ({protocol})' },
  portEphemeral: { ko: '호스트의 빈 포트 → 컨테이너 {container} ({protocol})', en: 'a free host port → container {container} ({protocol})' },
  mount: { ko: '{source} → 컨테이너 {target}', en: '{source} → container {target}' },
  anonymousMount: { ko: '새 익명 볼륨 → 컨테이너 {target}', en: 'a new anonymous volume → container {target}' },
  empty: { ko: '빈 값', en: 'an empty value' },
  envSet: { ko: '프로젝트의 `.env`에서 {name}은/는 {value}이에요/예요.', en: "The project's .env sets {name} to {value}." },
  envSetEmpty: { ko: '프로젝트의 `.env`에서 {name}은/는 빈 값이에요.', en: "The project's .env sets {name} to an empty value." },
  envUnset: { ko: '{name}은/는 프로젝트의 `.env`에 없어요.', en: "{name} is not in the project's .env." },
  unknown: {
    ko: '{names}은/는 프로젝트의 `.env`에 없어서 `docker compose`를 실행하는 셸의 환경 변수가 정해요.',
    en: "{names} is not in the project's .env, so the shell that runs docker compose decides.",
  },
  envSetIn: { ko: '{file}에서 {name}은/는 {value}이에요/예요.', en: '{file} sets {name} to {value}.' },
  envSetEmptyIn: { ko: '{file}에서 {name}은/는 빈 값이에요.', en: '{file} sets {name} to an empty value.' },
  envUnsetIncluded: { ko: '{name}은/는 프로젝트의 `.env`에도 {files}에도 없어요.', en: "{name} is in neither the project's .env nor {files}." },
  envShadows: { ko: '{file}에도 있지만 Compose는 프로젝트의 값을 써요.', en: 'Compose uses this over the value in {file}.' },
  unknownIncluded: {
    ko: '{names}은/는 프로젝트의 `.env`에도 {files}에도 없어서 `docker compose`를 실행하는 셸의 환경 변수가 정해요.',
    en: "{names} is in neither the project's .env nor {files}, so the shell that runs docker compose decides.",
  },
  envFileUnreadable: {
    ko: '{files}을/를 읽지 못했어요. 없는 파일이거나, 작업 영역 밖이라 이 확장이 읽지 않은 파일이에요. 파일이 없으면 `docker compose`는 include를 읽다가 오류를 내고 멈춰요.',
    en: 'Could not read {files}: it does not exist, or it is outside the workspace and the extension does not read it. If it does not exist, docker compose stops with an error while loading the include.',
  },
  unknownFallback: { ko: '셸에도 없으면 {value}이에요/예요.', en: 'If the shell does not set it either: {value}.' },
  unknownFallbackDescribed: { ko: '셸에도 없으면: {value}.', en: 'If the shell does not set it either: {value}.' },
  unknownRequired: {
    ko: '셸에도 없으면 Compose가 "required variable … is missing a value" 오류를 내고 멈춰요.',
    en: 'If the shell does not set it either, Compose stops with "required variable … is missing a value".',
  },
  replacedBy: { ko: '{file} {line}줄이 이 값을 바꿔요.', en: '{file} line {line} replaces this value.' },
  itemReplacedBy: {
    ko: '{file} {line}줄에 같은 항목이 있어서 Compose는 그 항목을 이 자리에 써요.',
    en: '{file} line {line} has the same entry, and Compose keeps that one in this place.',
  },
  listReplacedBy: {
    ko: '{file} {line}줄이 이 목록을 통째로 바꿔요.',
    en: '{file} line {line} replaces this whole list.',
  },
  resetAt: {
    ko: '{file} {line}줄의 `!reset`이 {key}을/를 지워요.',
    en: '`!reset` at {file} line {line} removes {key}.',
  },
  overrideAt: {
    ko: '{file} {line}줄의 `!override`가 {key}을/를 통째로 바꿔요.',
    en: '`!override` at {file} line {line} replaces {key} whole.',
  },
  replaces: {
    ko: '이 항목이 {file} {line}줄의 같은 항목 {value}을/를 대신해요.',
    en: 'This entry replaces the same entry {value} at {file} line {line}.',
  },
  valueReplaces: {
    ko: 'Compose는 {file} {line}줄의 {value} 대신 이 값을 써요.',
    en: 'Compose uses this value instead of {value} at {file} line {line}.',
  },
  valueSame: {
    ko: 'Compose는 이 값을 써요. {file} {line}줄에도 같은 값이 있어서 결과는 같아요.',
    en: 'Compose uses this value; {file} line {line} has the same value, so nothing changes.',
  },
  addsTo: {
    ko: '이 항목은 {file} {line}줄의 {key} 목록 뒤에 더해져요(합쳐서 {count}개).',
    en: 'This entry is appended to the {key} list at {file} line {line} ({count} in all).',
  },
  extended: {
    ko: '이 항목은 그대로 쓰여요. {who}이/가 이 {key} 목록 뒤에 {values}을/를 더해요(합쳐서 {count}개).',
    en: 'Compose keeps this entry; {who} appends {values} to this {key} list ({count} in all).',
  },
  alsoExtended: {
    ko: '{who}이/가 그 뒤에 {values}을/를 더해요.',
    en: '{who} appends {values} after it.',
  },
  place: { ko: '{file} {line}줄', en: '{file} line {line}' },
  andMore: { ko: '등', en: 'and more' },
  entries: { ko: '항목', en: 'entries' },
  othersAdd: {
    ko: '{file}도 이 목록에 항목을 더해요: {values}.',
    en: '{file} adds entries to this list too: {values}.',
  },
} satisfies Record<string, Localized>;
