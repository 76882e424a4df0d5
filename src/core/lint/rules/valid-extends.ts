import { isMap } from '../../documents/yamlNodes';
import type { Rule } from '../types';
import type { ComposeDocument } from '../../documents/composeDocument';
import { getPair, nodeRange, scalarText } from '../../documents/composeDocument';
import { dirname, joinPath } from '../../compose/paths';
import { hasInterpolation } from '../../model/portMapping';
import { closestName, topLevelPair } from '../compose/composeFile';
import { projectViewOf } from '../compose/projectView';
import type { ProjectView } from '../compose/projectView';

// `extends` must name a service that exists: in this file (with what it includes) for
// `extends: base`, or in the named file for `extends: {file: base.yaml, service: base}`, and
// that file must exist. compose-go v2.13.0 `loader/extends.go`: "cannot extend service "web"
// in compose.yaml: service "bse" not found" (same file), "… service "bse" not found in
// base.yaml" (other file), and a file it cannot open stops the load.
export const validExtends: Rule = {
  meta: {
    id: 'valid-extends',
    kinds: ['compose'],
    severity: 'error',
    title: {
      ko: '‘extends’는 있는 파일의 있는 서비스를 가리켜요',
      en: '‘extends’ names an existing service in an existing file',
    },
    sources: [
      'https://docs.docker.com/reference/compose-file/services/#extends',
      'https://github.com/compose-spec/compose-go/blob/v2.13.0/loader/extends.go',
    ],
    messages: {
      missingService: {
        ko: '서비스 ‘{service}’이/가 물려받을 ‘{base}’이/가 이 파일에 없어요. Compose가 "cannot extend service "{service}" … service "{base}" not found" 오류를 내고 멈춰요.',
        en: 'Service ‘{service}’ extends ‘{base}’, which this file does not define; Compose stops with "cannot extend service "{service}" … service "{base}" not found".',
      },
      missingServiceSimilar: {
        ko: '서비스 ‘{service}’이/가 물려받을 ‘{base}’이/가 이 파일에 없어요. ‘{suggestion}’을/를 뜻했나요? 이대로면 Compose가 "service "{base}" not found" 오류를 내요.',
        en: 'Service ‘{service}’ extends ‘{base}’, which this file does not define. Did you mean ‘{suggestion}’?',
      },
      missingServiceInFile: {
        ko: '서비스 ‘{service}’이/가 물려받을 ‘{base}’이/가 ‘{file}’에 없어요. Compose가 "service "{base}" not found in {file}" 오류를 내고 멈춰요.',
        en: 'Service ‘{service}’ extends ‘{base}’, which ‘{file}’ does not define; Compose stops with "service "{base}" not found in {file}".',
      },
      missingServiceInFileSimilar: {
        ko: '서비스 ‘{service}’이/가 물려받을 ‘{base}’이/가 ‘{file}’에 없어요. ‘{suggestion}’을/를 뜻했나요? 이대로면 Compose가 "service "{base}" not found in {file}" 오류를 내요.',
        en: 'Service ‘{service}’ extends ‘{base}’, which ‘{file}’ does not define. Did you mean ‘{suggestion}’?',
      },
      missingFile: {
        ko: '‘{file}’ 파일을 읽을 수 없어요(없는 파일이에요). 서비스 ‘{service}’이/가 여기서 ‘{base}’을/를 물려받아서, Compose가 파일을 열지 못한다는 오류를 내고 멈춰요. 경로는 이 파일이 있는 폴더 기준이에요.',
        en: 'The file ‘{file}’ cannot be read (it does not exist); service ‘{service}’ extends ‘{base}’ from it, so Compose stops. The path is relative to this file’s folder.',
      },
    },
  },
  check({ doc, report, project }) {
    if (doc.kind !== 'compose') return;
    let view: ProjectView | undefined;
    let local: Set<string> | undefined | null;
    for (const service of doc.services) {
      const ext = getPair(service.map, 'extends')?.value;
      if (!ext) continue;
      const baseNode = isMap(ext) ? getPair(ext, 'service')?.value : ext;
      const fileNode = isMap(ext) ? getPair(ext, 'file')?.value : undefined;
      const base = scalarText(baseNode);
      const baseRange = nodeRange(baseNode, doc.lines);
      if (base === undefined || !baseRange || hasInterpolation(base)) continue;
      view ??= projectViewOf({ doc, project });
      if (fileNode === undefined) {
        if (local === undefined) local = localServices(doc, view);
        if (local === null || local.has(base)) continue;
        const suggestion = closestName(base, local);
        report({ range: baseRange, messageId: suggestion ? 'missingServiceSimilar' : 'missingService', data: { service: service.name, base, ...(suggestion ? { suggestion } : {}) } });
        continue;
      }
      const file = scalarText(fileNode);
      const fileRange = nodeRange(fileNode, doc.lines);
      // Other files are known only when the project was loaded from disk.
      if (file === undefined || !fileRange || hasInterpolation(file) || view.alone) continue;
      const path = joinPath(dirname(view.file), file);
      if (path === view.file) {
        if (local === undefined) local = localServices(doc, view);
        if (local === null || local.has(base)) continue;
      }
      const loaded = view.project.files.find((f) => f.path === path);
      if (!loaded) continue;
      if (!loaded.doc) {
        report({ range: fileRange, messageId: 'missingFile', data: { file, service: service.name, base } });
        continue;
      }
      const names = new Set(loaded.doc.services.map((s) => s.name));
      if (names.has(base)) continue;
      const suggestion = closestName(base, names);
      report({ range: baseRange, messageId: suggestion ? 'missingServiceInFileSimilar' : 'missingServiceInFile', data: { service: service.name, base, file, ...(suggestion ? { suggestion } : {}) } });
    }
  },
};

// The services an `extends: name` can see: this file's, and those of the files it includes
// (compose-go v2.13.0 applies `include` before `extends`). Null when an included file is unknown.
function localServices(doc: ComposeDocument, view: ProjectView): Set<string> | null {
  const names = new Set(doc.services.map((s) => s.name));
  if (!topLevelPair(doc, 'include')) return names;
  if (view.alone) return null;
  const included = new Set([view.file]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const f of view.project.files) {
      if (f.role !== 'include' || !f.via || !included.has(f.via) || included.has(f.path)) continue;
      if (!f.doc) return null;
      included.add(f.path);
      for (const s of f.doc.services) names.add(s.name);
      grew = true;
    }
  }
  return names;
}

