import { getConcept } from './concepts';
import type { ConceptDiagram, ConceptId, Diagram } from './concepts';
import { L, arrow, box, text } from './concepts/diagramKit';

// The pictures of the walkthrough "Docker 처음 배우기" (package.json `walkthroughs`), one per
// step, as diagram data. scripts/gen-walkthrough-media.mjs writes each to
// media/walkthrough/<step>.svg with diagramToSvg, and a unit test checks the files are current.
// Steps about a concept show that concept's own diagram, so the walkthrough and the panel
// never draw the same idea two ways; the two steps about the extension itself get their own.

const panel: Diagram = {
  width: 320,
  height: 170,
  description: L(
    '왼쪽 활동 표시줄의 Docker 해설 아이콘을 누르면 패널이 열리고, 패널에는 개념, 이 파일, 규칙, 용어집 탭이 있는 그림이에요.',
    'The Docker 해설 icon in the activity bar opens the panel, with the tabs Concepts, This file, Rules and Glossary.',
  ),
  shapes: [
    box(4, 8, 100, 34, 'accent', L('활동 표시줄', 'Activity bar'), { sub: L('Docker 해설 아이콘', 'Docker 해설 icon') }),
    box(124, 4, 192, 162, 'host', L('Docker 해설 패널', 'Docker 해설 panel'), { dashed: true }),
    box(136, 24, 168, 30, 'image', L('개념', 'Concepts'), { sub: L('그림이 있는 주제 14개', '14 topics with pictures') }),
    box(136, 58, 168, 30, 'container', L('이 파일', 'This file'), { sub: L('편집 중인 파일의 그림', 'a picture of the file you edit') }),
    box(136, 92, 168, 30, 'muted', L('규칙', 'Rules'), { sub: L('검사 규칙과 설명', 'lint rules and their docs') }),
    box(136, 126, 168, 30, 'volume', L('용어집', 'Glossary'), { sub: L('Docker 용어 한국어·영어', 'Docker terms, Korean and English') }),
    arrow(104, 25, 124, 25),
    text(8, 70, L('검색창 하나로', 'One search box'), { small: true }),
    text(8, 84, L('개념과 규칙을', 'finds concepts'), { small: true }),
    text(8, 98, L('함께 찾아요', 'and rules'), { small: true }),
  ],
};

const dockerfile: Diagram = {
  width: 320,
  height: 140,
  description: L(
    '예제 Dockerfile의 줄에 마우스를 올리면 그 줄이 하는 일을 설명하고, ADD 줄에는 경고와 COPY로 바꾸는 빠른 수정이 있는 그림이에요.',
    'Hovering a line of the example Dockerfile explains it; the ADD line has a warning and a quick fix that changes it to COPY.',
  ),
  shapes: [
    box(4, 8, 150, 22, 'muted', L('FROM node:20-… AS build', 'FROM node:20-… AS build')),
    box(4, 36, 150, 22, 'writable', L('ADD package.json …', 'ADD package.json …')),
    box(4, 64, 150, 22, 'image', L('RUN --mount=type=cache …', 'RUN --mount=type=cache …')),
    box(4, 92, 150, 22, 'image', L('RUN <<EOF … EOF', 'RUN <<EOF … EOF')),
    box(172, 4, 144, 40, 'accent', L('마우스를 올리면', 'Hover'), { sub: L('이 줄이 하는 일을 설명해요', 'explains what the line does') }),
    box(172, 52, 144, 40, 'danger', L('경고: ADD 대신 COPY', 'Warning: COPY, not ADD'), { sub: L('Ctrl+. → COPY로 바꾸기', 'Ctrl+. → Change to COPY') }),
    arrow(154, 19, 172, 19),
    arrow(154, 47, 172, 70),
    text(160, 130, L('캐시 마운트와 heredoc 줄에도 마우스를 올려 보세요', 'Hover the cache mount and the heredoc too'), { anchor: 'middle', small: true, tone: 'accent' }),
  ],
};

/** Step id → its picture: a concept's diagram or one of the two above. */
const CONCEPT_OF_STEP: Record<string, ConceptId> = {
  images: 'images-containers',
  layers: 'layers',
  compose: 'ports',
  network: 'networks',
};

export function walkthroughPictures(): { step: string; diagram: Diagram | ConceptDiagram }[] {
  const fromConcepts = Object.entries(CONCEPT_OF_STEP).map(([step, id]) => {
    const concept = getConcept(id);
    if (!concept) throw new Error(`walkthrough step ${step}: no concept ${id}`);
    return { step, diagram: concept.diagram };
  });
  return [{ step: 'panel', diagram: panel }, { step: 'dockerfile', diagram: dockerfile }, ...fromConcepts];
}
