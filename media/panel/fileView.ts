// "이 파일": the live picture of the active Dockerfile or Compose file. Pure rendering of the
// FileView the host computed; clicks post `reveal` with a line of that same document.
import type { FileView, PortView, ServiceView, StageView, StepView } from '../../src/core/model/panelModel';
import type { PanelOrigin, ProjectPanelView, ProjectServiceView, ProjectValueView } from '../../src/core/model/composeProjectPanel';
import { actionable, fmt, h, icon } from './dom';
import { layoutComposePicture, pictureInput } from '../../src/core/model/composePicture';
import type { ComposePicture } from '../../src/core/model/composePicture';

/** The keyword has its own column; the code column shows the rest of the line. */
function withoutKeyword(text: string, keyword: string): string {
  return text.slice(0, keyword.length).toUpperCase() === keyword ? text.slice(keyword.length).trimStart() : text;
}

export type Text = Record<string, string>;
export type Reveal = (uri: string, line: number, character: number) => void;

/** What the effective-project section asks of the host. */
export interface ProjectActions {
  setProfiles(profiles: string[]): void;
  /** Opens a file of the project at a value's origin (0-based line). */
  openOrigin(path: string, line: number, character: number): void;
  /** "크게 보기": this picture in an editor-area panel; absent where the picture already is large. */
  openLarge?: () => void;
}

export function renderFileView(view: FileView, t: Text, reveal: Reveal, openExample: (file: 'Dockerfile' | 'compose.yaml') => void, project?: ProjectActions): HTMLElement {
  if (view.kind === 'empty') {
    const message = { 'no-editor': t.emptyNoEditor, unsupported: t.emptyUnsupported, 'too-large': t.emptyTooLarge, commands: t.emptyCommands }[view.reason];
    return h(
      'section',
      { class: 'file-empty', attrs: { 'aria-label': t.tabThisFile } },
      view.fileName ? h('p', { class: 'file-name' }, icon('file'), ' ', view.fileName) : null,
      h('p', {}, message),
      view.reason === 'commands' ? null : h('p', {}, button(t.openExampleDockerfile, () => openExample('Dockerfile'))),
    );
  }
  const header = h(
    'header',
    { class: 'file-header' },
    h('h2', { class: 'file-name' }, icon(view.kind === 'dockerfile' ? 'file-code' : 'layers'), ' ', view.fileName),
    h('p', { class: 'counts' }, fmt(t.problems, view.counts as unknown as Record<string, number>)),
  );
  if (view.kind === 'dockerfile') {
    return h('section', { class: 'file dockerfile', attrs: { 'aria-label': view.fileName } }, header, ...view.stages.map((s) => renderStage(s, view.uri, t, reveal)));
  }
  const services = view.services;
  return h(
    'section',
    { class: 'file compose', attrs: { 'aria-label': view.fileName } },
    header,
    view.yamlErrors > 0 ? h('p', { class: 'warning' }, icon('warning'), ' ', t.yamlBroken) : null,
    services.length === 0 ? h('p', {}, t.noServices) : composeDiagram(view, t, reveal),
    services.length > 0 && project?.openLarge ? largeButton(t, project.openLarge) : null,
    h('h3', {}, t.services),
    ...services.map((s) => renderService(s, view, t, reveal)),
    view.volumes.length ? h('h3', {}, t.volumes) : null,
    view.volumes.length ? h('ul', { class: 'plain' }, ...view.volumes.map((v) => volumeItem(v, view.uri, t, reveal))) : null,
    h('h3', {}, t.networks),
    h('ul', { class: 'plain' }, ...view.networks.map((n) => networkItem(n, view.uri, t, reveal))),
    // A file alone without profiles is already all above: the project adds nothing to it.
    view.project && project && (view.project.files.length > 1 || view.project.profiles.length > 0) ? renderProject(view.project, t, project) : null,
  );
}

/**
 * The effective project: the files `docker compose` reads together, a switch per profile, and
 * each service as it runs after merging, with the values another file set marked by their
 * origin (click to open it there) and the host-port clashes among the services that run.
 */
function renderProject(p: ProjectPanelView, t: Text, actions: ProjectActions): HTMLElement {
  const active = new Set(p.active);
  const switches = p.profiles.map((name) => {
    const box = h('input', { attrs: { type: 'checkbox', id: `profile-${name}` }, dataset: { profile: name } }) as HTMLInputElement;
    box.checked = active.has(name) || active.has('*');
    box.addEventListener('change', () => {
      const chosen = [...(box.closest('fieldset')?.querySelectorAll<HTMLInputElement>('input[data-profile]') ?? [])].filter((b) => b.checked).map((b) => b.dataset.profile ?? '');
      actions.setProfiles(chosen.filter(Boolean));
    });
    return h('label', { class: 'profile', attrs: { for: `profile-${name}` } }, box, ' ', name);
  });
  return h(
    'section',
    { class: 'project', attrs: { 'aria-label': t.projectTitle } },
    h('h3', {}, icon('combine'), ' ', t.projectTitle),
    h('p', { class: 'note' }, t.projectIntro),
    h('p', { class: 'project-files' }, fmt(t.projectFiles, { list: p.files.map((f) => f.file).join(' + ') })),
    p.projectName.name !== undefined ? h('p', { class: 'project-name' }, fmt(t.projectName, { name: p.projectName.name, from: projectNameFrom(p.projectName.from, t) })) : null,
    p.incomplete ? h('p', { class: 'warning' }, icon('warning'), ' ', t.projectIncomplete) : null,
    switches.length
      ? h(
          'fieldset',
          { class: 'profiles' },
          h('legend', {}, t.projectProfiles),
          ...switches,
          // Where the switches' first state came from, until the reader changes them.
          p.activeFrom ? h('p', { class: 'note profiles-from', dataset: { from: p.activeFrom } }, p.activeFrom === 'config' ? t.projectProfilesFromConfig : t.projectProfilesFromEnv) : null,
          h('p', { class: 'note' }, t.projectProfilesNote),
        )
      : null,
    ...p.services.map((s) => projectService(s, t, actions)),
  );
}

function originLink(o: PanelOrigin, t: Text, actions: ProjectActions): HTMLElement {
  const text = fmt(t.projectOrigin, { file: o.file, line: o.line });
  return actionable(h('small', { class: 'origin', dataset: { file: o.file, line: String(o.line) } }, ` ← ${text}`), text, () => actions.openOrigin(o.path, o.line - 1, o.character));
}

function projectService(s: ProjectServiceView, t: Text, actions: ProjectActions): HTMLElement {
  const conflict = s.ports.some((p) => p.conflicts.length > 0);
  const status = s.runs ? t.projectRuns : s.profiles === undefined ? t.projectUnknownProfiles : fmt(t.projectNotRunning, { list: s.profiles.join(', ') });
  const head = h('h4', { class: 'service-name' }, icon(s.runs ? 'server' : 'circle-slash'), ' ', s.name, h('small', { class: 'run-state' }, ` · ${status}`), originLink(s.origin, t, actions));
  // What an override's value took the place of: "(compose.yaml 3줄의 nginx:1.27 대신)".
  const replaced = (r: ProjectValueView['replaces']) => (r ? [h('small', { class: 'replaces' }, ` (${fmt(t.projectReplaces, { text: r.empty ? t.projectEmpty : r.text, file: r.origin.file, line: r.origin.line })})`)] : []);
  const value = (v: ProjectValueView, cls: string, ic: string) =>
    h('li', { class: `${cls}${v.fromOtherFile ? ' from-other-file' : ''}` }, icon(ic), ' ', h('code', {}, v.text), ...(v.fromOtherFile ? [h('small', { class: 'from-note' }, ` ${t.projectFromOther}`), originLink(v.origin, t, actions), ...replaced(v.replaces)] : []));
  const rows: HTMLElement[] = [];
  if (s.runs) {
    if (s.image) rows.push(value(s.image, 'image', 'package'));
    for (const port of s.ports) {
      const li = value(port, `port${port.conflicts.length ? ' conflict' : ''}`, port.conflicts.length ? 'error' : 'plug');
      li.dataset.port = port.text;
      for (const c of port.conflicts) li.appendChild(h('small', { class: 'diag error' }, ' ', fmt(t.projectConflict, { service: c.service, text: c.text })));
      rows.push(li);
    }
    for (const v of s.volumes) rows.push(value(v, 'mount', 'database'));
    for (const o of s.overridden) rows.push(h('li', { class: 'overridden from-other-file' }, icon('edit'), ' ', h('code', {}, `${o.key}: ${o.text}`), h('small', { class: 'from-note' }, ` ${t.projectFromOther}`), originLink(o.origin, t, actions), ...replaced(o.replaces)));
  }
  return h(
    'article',
    { class: `project-service${s.runs ? '' : ' not-running'}${conflict ? ' has-conflict' : ''}`, dataset: { service: s.name, runs: String(s.runs) } },
    head,
    rows.length ? h('ul', { class: 'plain rows' }, ...rows) : null,
  );
}

function largeButton(t: Text, open: () => void): HTMLElement {
  const b = h('vscode-button', { class: 'open-large', attrs: { secondary: '', 'aria-label': t.openLarge } }, icon('screen-full'), ' ', t.openLarge);
  b.addEventListener('click', open);
  return b;
}

function button(text: string, action: () => void): HTMLElement {
  const b = h('vscode-button', { attrs: { secondary: '' } }, text);
  b.addEventListener('click', action);
  return b;
}

function renderStage(stage: StageView, uri: string, t: Text, reveal: Reveal): HTMLElement {
  const steps = [...stage.steps];
  const from = steps.shift();
  const stack = h('ol', { class: 'stack', attrs: { 'aria-label': fmt(t.stage, { label: stage.label }), reversed: '' } });
  // Drawn top-down: the writable layer (final stage), the last instruction … down to the base.
  if (stage.final) {
    stack.appendChild(h('li', { class: 'step writable', attrs: { 'aria-label': `${t.writableLayer}. ${t.writableLayerNote}` } }, h('span', { class: 'kw' }, icon('edit')), h('span', { class: 'what' }, h('strong', {}, t.writableLayer), h('small', {}, t.writableLayerNote))));
  }
  for (const step of steps.reverse()) stack.appendChild(stepItem(step, uri, t, reveal));
  if (from) {
    const baseText =
      stage.base.kind === 'stage' ? fmt(t.baseStage, { label: stage.base.stageLabel ?? stage.base.text }) : stage.base.kind === 'scratch' ? t.baseScratch : stage.base.kind === 'unresolved' ? t.baseUnresolved : t.baseImage;
    const li = h('li', { class: `step base base-${stage.base.kind}`, dataset: { line: String(from.line) } }, h('span', { class: 'kw' }, 'FROM'), h('span', { class: 'what' }, h('code', {}, stage.base.text), h('small', {}, baseText)), h('span', { class: 'line' }, String(from.line + 1)));
    stack.appendChild(actionable(li, `FROM ${stage.base.text}. ${baseText}. ${fmt(t.revealLine, { line: from.line + 1 })}`, () => reveal(uri, from.line, from.range.start.character)));
  }
  return h(
    'article',
    { class: `stage${stage.final ? ' final' : ''}`, dataset: { stage: stage.label } },
    h(
      'h3',
      {},
      icon('package'),
      ' ',
      fmt(t.stage, { label: stage.label }),
      stage.final ? h('vscode-badge', { class: 'final-badge' }, t.stageFinal) : null,
    ),
    h('p', { class: 'stage-meta' }, fmt(t.stageLayers, { count: stage.layerCount }), stage.inheritedLayers ? ` · ${fmt(t.stageInherited, { count: stage.inheritedLayers })}` : ''),
    stage.final ? h('p', { class: 'note' }, t.readOnlyNote) : null,
    stack,
  );
}

function stepItem(step: StepView, uri: string, t: Text, reveal: Reveal): HTMLElement {
  const effect = step.effect === 'layer' ? fmt(t.effectLayer, { n: step.layerNumber ?? '' }) : step.effect === 'metadata' ? t.effectMetadata : t.effectBuild;
  const worst = step.diagnostics.find((d) => d.severity === 'error') ?? step.diagnostics.find((d) => d.severity === 'warning') ?? step.diagnostics[0];
  const li = h(
    'li',
    { class: `step ${step.effect}${worst ? ` has-${worst.severity}` : ''}`, dataset: { line: String(step.line), keyword: step.keyword } },
    h('span', { class: 'kw' }, step.keyword),
    h(
      'span',
      { class: 'what' },
      h('code', {}, withoutKeyword(step.text, step.keyword)),
      h('small', {}, effect, step.copyFrom ? ` · ${fmt(t.copyFrom, { from: step.copyFrom })}` : ''),
      // Diagnostic messages quote the file: plain text, as in the Problems view (review F7).
      ...step.diagnostics.map((d) => h('small', { class: `diag ${d.severity}` }, icon(d.severity === 'info' ? 'info' : d.severity), ' ', `${d.rule}: `, d.message)),
    ),
    h('span', { class: 'line' }, String(step.line + 1)),
  );
  return actionable(li, `${step.text}. ${effect}. ${fmt(t.revealLine, { line: step.line + 1 })}`, () => reveal(uri, step.line, step.range.start.character));
}

function portText(p: PortView, t: Text): string {
  if (p.variable || p.containerPort === undefined) return p.text;
  const host = p.hostPort ?? t.portRandom;
  const ip = p.hostIp ? `${p.hostIp}:` : '';
  return `${ip}${host} → ${p.containerPort}/${p.protocol ?? 'tcp'}`;
}

function renderService(s: ServiceView, view: Extract<FileView, { kind: 'compose' }>, t: Text, reveal: Reveal): HTMLElement {
  const deps = view.dependsOn.filter((e) => e.from === s.name);
  const vfrom = view.volumesFrom.filter((e) => e.from === s.name);
  const conflict = s.ports.some((p) => p.conflicts.length > 0);
  const title = actionable(
    h('h4', { class: 'service-name', dataset: { service: s.name } }, icon('server'), ' ', s.name, conflict ? h('span', { class: 'conflict-flag' }, ' ', icon('error', t.portConflict)) : null),
    `${fmt(t.service, { name: s.name })}. ${fmt(t.revealLine, { line: s.keyRange.start.line + 1 })}`,
    () => reveal(view.uri, s.keyRange.start.line, s.keyRange.start.character),
  );
  const rows: (HTMLElement | null)[] = [];
  if (s.image) rows.push(h('li', {}, icon('package'), ' ', fmt(t.serviceImage, { image: s.image })));
  if (s.build) rows.push(h('li', {}, icon('tools'), ' ', fmt(t.serviceBuild, { context: s.build })));
  for (const p of s.ports) {
    const note = p.variable ? t.portVariable : p.loopback ? t.portLoopback : p.hostIp ? '' : t.portAllInterfaces;
    const li = h(
      'li',
      { class: `port${p.conflicts.length ? ' conflict' : ''}`, dataset: { port: p.text } },
      icon(p.conflicts.length ? 'error' : 'plug'),
      ' ',
      h('code', {}, portText(p, t)),
      note ? h('small', {}, ` ${note}`) : null,
      ...p.conflicts.map((m) => h('small', { class: 'diag error' }, `${t.portConflict}: `, m)),
    );
    rows.push(actionable(li, `${t.ports} ${portText(p, t)}${p.conflicts.length ? `. ${t.portConflict}` : ''}`, () => reveal(view.uri, p.range.start.line, p.range.start.character)));
  }
  for (const m of s.mounts) {
    const kind = t[`mount_${m.type}`] ?? m.type;
    const li = h('li', { class: `mount mount-${m.type}` }, icon(m.type === 'bind' ? 'folder' : m.type === 'tmpfs' ? 'flame' : 'database'), ' ', h('code', {}, m.text), h('small', {}, ` ${kind}${m.readOnly ? ` · ${t.readOnly}` : ''}`));
    rows.push(actionable(li, `${kind} ${m.text}`, () => reveal(view.uri, m.range.start.line, m.range.start.character)));
  }
  if (deps.length) rows.push(h('li', { class: 'edge' }, icon('arrow-right'), ' ', fmt(t.dependsOn, { list: deps.map((d) => d.to + (d.detail && d.detail !== 'service_started' ? ` (${d.detail})` : '')).join(', ') })));
  if (vfrom.length) rows.push(h('li', { class: 'edge' }, icon('references'), ' ', fmt(t.volumesFrom, { list: vfrom.map((d) => d.to + (d.detail ? `:${d.detail}` : '')).join(', ') })));
  if (s.networkMode) rows.push(h('li', {}, icon('globe'), ' ', fmt(t.networkMode, { mode: s.networkMode })));
  else rows.push(h('li', {}, icon('globe'), ' ', s.networks.join(', ')));
  return h('article', { class: `service${conflict ? ' has-conflict' : ''}`, dataset: { service: s.name } }, title, h('ul', { class: 'plain rows' }, ...rows));
}

function volumeItem(v: Extract<FileView, { kind: 'compose' }>['volumes'][number], uri: string, t: Text, reveal: Reveal): HTMLElement {
  const users = v.usedBy.length === 0 ? t.volumeUnused : fmt(v.usedBy.length > 1 ? t.volumeShared : t.volumeUsedBy, { list: v.usedBy.join(', ') });
  const li = h('li', { class: `volume${v.usedBy.length > 1 ? ' shared' : ''}` }, icon('database'), ' ', h('code', {}, v.name), v.external ? h('small', {}, ` ${t.external}`) : null, h('small', {}, ` ${users}`), v.declared ? null : h('small', { class: 'diag warning' }, ` ${t.volumeUndeclared}`));
  const range = v.range;
  return range ? actionable(li, `${t.volumes} ${v.name}. ${users}`, () => reveal(uri, range.start.line, range.start.character)) : li;
}

function networkItem(n: Extract<FileView, { kind: 'compose' }>['networks'][number], uri: string, t: Text, reveal: Reveal): HTMLElement {
  const li = h('li', { class: 'network' }, icon('globe'), ' ', h('code', {}, n.name), n.implicit ? h('small', {}, ` ${t.networkDefault}`) : null, n.external ? h('small', {}, ` ${t.external}`) : null, h('small', {}, ` · ${n.services.join(', ')}`));
  const range = n.range;
  return range ? actionable(li, `${t.networks} ${n.name}`, () => reveal(uri, range.start.line, range.start.character)) : li;
}

/**
 * The Compose picture, laid out by the core for the width it is drawn at
 * (src/core/model/composePicture.ts) and drawn again when that width changes, so its text
 * stays at its size (11 px and up) and the cards stack when the sidebar is narrow. Clicking a
 * card reveals the service's line.
 */
function composeDiagram(view: Extract<FileView, { kind: 'compose' }>, t: Text, reveal: Reveal): HTMLElement {
  const input = pictureInput(view, { random: t.portRandom, tmpfs: 'tmpfs', anonymous: t.mount_anonymous ?? 'anonymous', networkDefault: t.networkDefault });
  const legend = h('p', { class: 'legend' }, h('span', { class: 'legend-dep' }, '→ depends_on'), view.volumesFrom.length ? h('span', { class: 'legend-vf' }, '  ⇢ volumes_from') : null, '  ', h('span', { class: 'legend-mount' }, `▭ → ${t.mountLegend}`));
  const figure = h('figure', { class: 'compose-figure' }, legend);
  let drawnWidth = 0;
  const draw = (width: number) => {
    const w = Math.max(200, Math.floor(width));
    if (Math.abs(w - drawnWidth) < 4) return;
    drawnWidth = w;
    const svg = drawPicture(layoutComposePicture(input, w), view, t, reveal);
    const old = figure.querySelector('svg.compose-diagram');
    if (old) old.replaceWith(svg);
    else figure.prepend(svg);
  };
  // Before the figure is in the page its width is unknown: the page's width is a close guess.
  draw(document.documentElement.clientWidth - 24);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver((entries) => draw(entries[0].contentRect.width)).observe(figure);
  return figure;
}

export function drawPicture(picture: ComposePicture, view: Extract<FileView, { kind: 'compose' }>, t: Text, reveal: Reveal): SVGElement {
  const SVG = 'http://www.w3.org/2000/svg';
  const mk = (tag: string, attrs: Record<string, string | number>) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    return n;
  };
  const svg = mk('svg', { width: picture.width, height: picture.height, viewBox: `0 0 ${picture.width} ${picture.height}`, class: 'diagram compose-diagram', role: 'group', 'aria-label': t.diagram, 'data-columns': picture.columns });
  const defs = mk('defs', {});
  const marker = mk('marker', { id: 'dep-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.appendChild(mk('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }));
  defs.appendChild(marker);
  svg.appendChild(defs);
  const groups = new Map<string, SVGElement>();
  for (const b of picture.boxes) {
    if (b.kind === 'network') {
      const band = mk('g', { class: 'network-band' });
      band.appendChild(mk('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 8 }));
      svg.appendChild(band);
      continue;
    }
    if (b.kind === 'service' && b.service) {
      const service = view.services.find((s) => s.name === b.service);
      const g = mk('g', { class: `box service-box tone-container${b.conflict ? ' conflict' : ''}`, tabindex: 0, role: 'button', 'data-service': b.service });
      g.appendChild(mk('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 4 }));
      if (service) {
        g.setAttribute('aria-label', `${fmt(t.service, { name: service.name })}. ${fmt(t.revealLine, { line: service.keyRange.start.line + 1 })}`);
        const go = () => reveal(view.uri, service.keyRange.start.line, service.keyRange.start.character);
        g.addEventListener('click', go);
        g.addEventListener('keydown', (e) => {
          const key = (e as KeyboardEvent).key;
          if (key === 'Enter' || key === ' ') {
            e.preventDefault();
            go();
          }
        });
      }
      groups.set(b.service, g);
      svg.appendChild(g);
      continue;
    }
    const g = mk('g', { class: `box mount-source tone-${b.tone}${b.dashed ? ' dashed' : ''}` });
    g.appendChild(mk('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 9 }));
    ((b.service ? groups.get(b.service) : undefined) ?? svg).appendChild(g);
  }
  for (const a of picture.arrows) {
    const d = a.points.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ');
    const cls = a.kind === 'depends_on' ? 'dep-edge' : a.kind === 'volumes_from' ? 'vf-edge' : 'mount-edge';
    svg.appendChild(mk('path', { d, class: cls, fill: 'none', 'marker-end': 'url(#dep-arrow)', 'data-from': a.from, 'data-to': a.to }));
  }
  for (const x of picture.texts) {
    const node = mk('text', { x: x.x, y: x.y, 'font-size': x.size, 'text-anchor': x.anchor, 'dominant-baseline': 'middle', class: `label tone-${x.tone}${x.bold ? ' bold' : ''}` });
    node.textContent = x.text;
    svg.appendChild(node);
  }
  return svg;
}

/** Where the project name comes from, in words (compose-go: -p, COMPOSE_PROJECT_NAME, name:, the folder). */
function projectNameFrom(from: ProjectPanelView['projectName']['from'], t: Text): string {
  return from === 'environment' ? t.projectNameFromEnvironment : from === 'file' ? t.projectNameFromFile : from === 'option' ? t.projectNameFromOption : t.projectNameFromDirectory;
}
