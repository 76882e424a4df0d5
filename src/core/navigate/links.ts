import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Localized, Range } from '../types';
import { fill } from '../types';
import type { DockerfileDocument } from '../documents/dockerfileDocument';
import type { ComposeDocument } from '../documents/composeDocument';
import { getPair, nodeRange, scalarText, seqItems } from '../documents/composeDocument';
import { flagsOf } from '../documents/dockerfileAstMemo';
import { parentStage } from '../model/dockerfileStages';
import { resolveFromImage } from '../model/dockerfileVariables';
import { LINK_TEXTS } from '../knowledge/navigation';
import { dirname, joinPath } from '../compose/paths';
import { registryPage } from './registryPages';
import { unquoted } from './composeOccurrences';
import type { DocumentLinkTarget } from './types';

// Document links: an image opens its registry page; a Compose value that names a file opens
// it. A value with a variable the file cannot resolve gets no link (it would be a guess).

export function dockerfileLinks(doc: DockerfileDocument): DocumentLinkTarget[] {
  const out: DocumentLinkTarget[] = [];
  const stageNames = new Set(doc.stages.flatMap((s) => (s.name === undefined ? [] : [s.name.toLowerCase()])));
  for (const stage of doc.stages) {
    const image = stage.from.getImage();
    const range = stage.from.getImageRange();
    if (image && range && !parentStage(doc, stage)) {
      const resolved = resolveFromImage(doc, image, stage.from.getRange().start.line);
      if (resolved !== undefined) pushImage(out, resolved, range);
    }
    for (const instruction of stage.instructions) {
      for (const flag of flagsOf(instruction)) {
        const n = flag.getName().toLowerCase();
        const option = n === 'mount' ? flag.getOption('from') : undefined;
        const value = n === 'from' ? flag.getValue() : option?.getValue();
        const valueRange = n === 'from' ? flag.getValueRange() : option?.getValueRange();
        // BuildKit reads a name or an index of this file's stages first; anything else is an image.
        if (!value || !valueRange || /^\d+$/.test(value) || stageNames.has(value.toLowerCase())) continue;
        pushImage(out, value, valueRange);
      }
    }
  }
  return out;
}

function pushImage(out: DocumentLinkTarget[], image: string, range: Range): void {
  const page = registryPage(image);
  if (!page) return;
  const tooltip = page.registry === 'Docker Hub' ? text(LINK_TEXTS.dockerHub, { image: page.image }) : text(LINK_TEXTS.registry, { image: page.image, registry: page.registry });
  out.push({ range, target: { kind: 'url', url: page.url }, tooltip });
}

function text(t: Localized, values: Record<string, string>): Localized {
  return { ko: fill(t.ko, values), en: fill(t.en, values) };
}

/** Links of a Compose file; `path` is its core path (file links need it: none without). */
export function composeLinks(doc: ComposeDocument, path: string | undefined): DocumentLinkTarget[] {
  const out: DocumentLinkTarget[] = [];
  const dir = path === undefined ? undefined : dirname(path);
  const file = (node: Node | null | undefined, relative: string | undefined, tooltip: Localized = LINK_TEXTS.file, target?: string) => {
    if (dir === undefined || relative === undefined || relative === '' || relative.includes('$') || !isScalar(node)) return;
    const range = nodeRange(node, doc.lines);
    if (!range) return;
    const resolved = target ?? joinPath(dir, relative);
    out.push({ range: unquoted(doc, range), target: { kind: 'file', path: resolved }, tooltip: text(tooltip, { path: relative }) });
  };
  for (const service of doc.services) {
    const map = service.map;
    if (!map) continue;
    const imageNode = getPair(map, 'image')?.value;
    const image = scalarText(imageNode);
    const imageRange = nodeRange(imageNode, doc.lines);
    if (image !== undefined && imageRange) pushImage(out, image, unquoted(doc, imageRange));
    const build = getPair(map, 'build')?.value;
    if (isScalar(build)) {
      const context = scalarText(build);
      if (context !== undefined && isLocal(context) && dir !== undefined) file(build, context, LINK_TEXTS.contextDockerfile, joinPath(joinPath(dir, context), 'Dockerfile'));
    } else if (isMap(build) && dir !== undefined) {
      const contextNode = getPair(build, 'context')?.value;
      const context = scalarText(contextNode) ?? '.';
      const dockerfileNode = getPair(build, 'dockerfile')?.value;
      const dockerfile = scalarText(dockerfileNode) ?? 'Dockerfile';
      if (isLocal(context) && !context.includes('$') && !dockerfile.includes('$') && !getPair(build, 'dockerfile_inline')) {
        const target = joinPath(joinPath(dir, context), dockerfile);
        file(contextNode, context, LINK_TEXTS.contextDockerfile, target);
        file(dockerfileNode, dockerfile, LINK_TEXTS.file, target);
      }
    }
    const envFile = getPair(map, 'env_file')?.value;
    for (const item of isScalar(envFile) ? [envFile] : seqItems(envFile)) {
      const node = isMap(item) ? getPair(item, 'path')?.value : item;
      file(node, scalarText(node));
    }
    const ext = getPair(map, 'extends')?.value;
    if (isMap(ext)) {
      const node = getPair(ext, 'file')?.value;
      file(node, scalarText(node));
    }
  }
  for (const document of doc.documents) {
    const root = document.contents;
    if (!isMap(root)) continue;
    for (const item of seqItems(getPair(root, 'include')?.value)) {
      if (isScalar(item)) file(item, scalarText(item));
      else if (isMap(item)) {
        const p = getPair(item, 'path')?.value;
        for (const node of isSeq(p) ? (p.items as Node[]) : [p]) file(node, scalarText(node));
        const env = getPair(item, 'env_file')?.value;
        for (const node of isSeq(env) ? (env.items as Node[]) : [env]) file(node, scalarText(node));
      }
    }
    for (const section of ['secrets', 'configs']) {
      const map = getPair(root, section)?.value;
      if (!isMap(map)) continue;
      for (const pair of map.items) {
        const body = pair.value;
        if (!isMap(body)) continue;
        const node = getPair(body, 'file')?.value;
        file(node, scalarText(node));
      }
    }
  }
  return out;
}

/** A build context that is a folder here, not a Git URL or a remote tarball. */
function isLocal(context: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.startsWith('git@') && !/\.git(#|$)/.test(context);
}
