import type { Localized } from '../types';

// Plain-text sentences of navigation: why a rename is refused, and the tooltips of document
// links. Plain text (notifications and tooltips render no Markdown): a value is quoted ‘so’.
// Sources of the name rules:
// - stage names: moby/buildkit v0.32.2 frontend/dockerfile/instructions/parse.go
//   `parseBuildStageName` lower-cases the name and requires `^[a-z][a-z0-9-_.]*$`
//   ("invalid name for build stage"); dockerfile2llb/validations.go `reservedStageNames`
//   (`context`, `scratch`: the ReservedStageName check);
// - service names: compose-spec/compose-go v2.13.0 schema/compose-spec.json, `services`
//   patternProperties `^[a-zA-Z0-9._-]+$`.

export const RENAME_TEXTS = {
  notRenamable: {
    ko: '여기에는 이름을 바꿀 수 있는 스테이지나 서비스가 없어요.',
    en: 'There is no stage or service name here to rename.',
  },
  variableNotRenamed: {
    ko: '‘{name}’은/는 빌드 인자(ARG)나 환경 변수예요. --build-arg와 Compose의 build.args도 이 이름을 쓰기 때문에 이름 바꾸기는 하지 않아요.',
    en: '‘{name}’ is a build argument or environment variable; --build-arg and Compose build.args use the name too, so it is not renamed here.',
  },
  otherNotRenamed: {
    ko: '이름 바꾸기는 스테이지와 서비스 이름만 해요. ‘{name}’은/는 바꾸지 않아요.',
    en: 'Only stage and service names are renamed; ‘{name}’ is left as it is.',
  },
  stageIndex: {
    ko: '‘{name}’은/는 스테이지 번호예요. 이름을 바꾸려면 FROM … AS 뒤의 이름에서 바꾸세요.',
    en: '‘{name}’ is a stage index. Rename the stage at its FROM … AS name.',
  },
  throughVariable: {
    ko: '{line}번 줄이 이 스테이지를 변수(‘{text}’)로 가리켜요. 이름을 바꾸면 그 줄은 옛 이름을 가리키게 돼서 바꾸지 않았어요.',
    en: 'Line {line} names this stage through a variable (‘{text}’); a rename would leave it pointing at the old name, so nothing was changed.',
  },
  emptyName: {
    ko: '새 이름이 비어 있어요.',
    en: 'The new name is empty.',
  },
  invalidStage: {
    ko: '‘{name}’은/는 스테이지 이름으로 쓸 수 없어요. BuildKit은 소문자로 바꾼 이름이 영문 소문자로 시작하고 영문 소문자, 숫자, -, _, .만 담기를 요구해요(빌드가 "invalid name for build stage" 오류로 멈춰요).',
    en: '‘{name}’ cannot be a stage name: BuildKit requires the lower-cased name to start with a letter and hold only letters, digits, -, _ and . (the build stops with "invalid name for build stage").',
  },
  reservedStage: {
    ko: '‘{name}’은/는 BuildKit이 예약한 이름이에요. FROM {name}이/가 스테이지가 아닌 다른 것을 뜻하게 되니 다른 이름을 쓰세요.',
    en: '‘{name}’ is a name BuildKit reserves; FROM {name} would mean something else. Choose another name.',
  },
  stageTaken: {
    ko: '‘{name}’ 스테이지가 이미 있어요({line}번 줄). 스테이지 이름은 대소문자를 가리지 않아서 두 스테이지가 한 이름을 쓰게 돼요.',
    en: 'A stage ‘{name}’ already exists (line {line}); stage names ignore case, so two stages would share one name.',
  },
  imageTaken: {
    ko: '{line}번 줄의 ‘{name}’은/는 지금 이미지 이름이에요. 스테이지 이름을 ‘{name}’으로/로 바꾸면 그 줄이 이미지 대신 이 스테이지를 가리키게 돼요.',
    en: '‘{name}’ on line {line} is an image today; renaming the stage to ‘{name}’ would make that line use this stage instead.',
  },
  invalidService: {
    ko: '‘{name}’은/는 서비스 이름으로 쓸 수 없어요. Compose는 영문자, 숫자, ., _, -만 받아요.',
    en: '‘{name}’ cannot be a service name: Compose accepts only letters, digits, ., _ and -.',
  },
  serviceTaken: {
    ko: '‘{name}’ 서비스가 이미 있어요({file} {line}번 줄). 같은 파일이면 YAML 키가 겹쳐서 Compose가 파일을 읽지 못하고, 다른 파일이면 두 서비스가 하나로 합쳐져요.',
    en: 'A service ‘{name}’ already exists ({file} line {line}); in the same file the duplicate YAML key stops Compose from reading it, across files the two services would merge.',
  },
} satisfies Record<string, Localized>;

export const LINK_TEXTS = {
  dockerHub: { ko: 'Docker Hub에서 ‘{image}’ 이미지 페이지 열기', en: 'Open the ‘{image}’ image page on Docker Hub' },
  registry: { ko: '{registry}에서 ‘{image}’ 이미지 페이지 열기', en: 'Open the ‘{image}’ image page on {registry}' },
  file: { ko: '‘{path}’ 파일 열기', en: 'Open the file ‘{path}’' },
  contextDockerfile: { ko: '빌드 컨텍스트의 Dockerfile ‘{path}’ 열기', en: 'Open the build context’s Dockerfile ‘{path}’' },
} satisfies Record<string, Localized>;
