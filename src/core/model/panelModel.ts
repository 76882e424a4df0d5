// What the panel's "이 파일" (this file) view shows, computed in the core from a parsed
// document and its lint diagnostics. The result is plain JSON: the extension posts it to the
// webview unchanged, and the webview only draws it. Layer stacks come from ./layers and the
// Compose picture from ./composeTopology; this module joins them with the diagnostics.

import type { Range } from '../types';
import type { ParsedDocument } from '../documents/parsedDocument';
import type { LintDiagnostic, Severity } from '../lint/types';
import { layerStacks } from './layers';
import type { LayerEffect, LayerStack, StackBase } from './layers';
import { composeTopology } from './composeTopology';
import type { ComposeTopology, TopologyPort, TopologyService } from './composeTopology';
import type { ProjectPanelView } from './composeProjectPanel';

/** Longest instruction text we send; the editor holds the rest. */
const MAX_TEXT = 160;

export interface PanelDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

export interface StepView {
  keyword: string;
  text: string;
  line: number;
  range: Range;
  effect: LayerEffect;
  /** Among the layers this stage adds (effect 'layer' only). */
  layerNumber?: number;
  /** `COPY --from=x`: the stage or image it copies from. */
  copyFrom?: string;
  diagnostics: PanelDiagnostic[];
}

export interface StageView {
  index: number;
  /** `AS` name, or the index as `COPY --from` would write it. */
  label: string;
  named: boolean;
  base: { kind: StackBase['kind']; text: string; stageLabel?: string };
  /** Layers below this stage that come from earlier stages of this file. */
  inheritedLayers: number;
  layerCount: number;
  /** File order: FROM first (the bottom of the stack), the last instruction on top. */
  steps: StepView[];
  /** The stage `docker build` produces without `--target`. */
  final: boolean;
  range: Range;
}

export interface DiagnosticCounts {
  error: number;
  warning: number;
  info: number;
}

export interface PortView extends TopologyPort {
  /** Messages of `no-duplicate-host-port` reported on this entry. */
  conflicts: string[];
}

export interface ServiceView extends Omit<TopologyService, 'ports'> {
  ports: PortView[];
  diagnostics: PanelDiagnostic[];
}

export type FileView =
  | { kind: 'empty'; reason: 'no-editor' | 'unsupported' | 'too-large' | 'commands'; fileName?: string }
  | { kind: 'dockerfile'; fileName: string; uri: string; version: number; stages: StageView[]; counts: DiagnosticCounts }
  | {
      kind: 'compose';
      fileName: string;
      uri: string;
      version: number;
      services: ServiceView[];
      volumes: ComposeTopology['volumes'];
      networks: ComposeTopology['networks'];
      dependsOn: ComposeTopology['dependsOn'];
      volumesFrom: ComposeTopology['volumesFrom'];
      counts: DiagnosticCounts;
      /** The YAML itself is broken: the picture may be partial. */
      yamlErrors: number;
      /** The effective project the file belongs to (its set merged, profiles applied). */
      project?: ProjectPanelView;
    };

export interface FileIdentity {
  fileName: string;
  uri: string;
  version: number;
}

/** The rule whose reports the Compose picture marks as port conflicts. */
export const PORT_CONFLICT_RULE = 'no-duplicate-host-port';

/** Never throws: a broken file yields the parts that could be read. */
export function buildFileView(doc: ParsedDocument, diagnostics: readonly LintDiagnostic[], file: FileIdentity, project?: ProjectPanelView): FileView {
  const counts = countDiagnostics(diagnostics);
  const panelDiagnostics = diagnostics.map(toPanelDiagnostic);
  switch (doc.kind) {
    case 'dockerfile': {
      const stacks = layerStacks(doc);
      const stages = stacks.map((stack, i) => stageView(stack, i === stacks.length - 1, panelDiagnostics));
      return { kind: 'dockerfile', ...file, stages, counts };
    }
    case 'compose': {
      const topology = composeTopology(doc);
      return {
        kind: 'compose',
        ...file,
        services: topology.services.map((s) => serviceView(s, panelDiagnostics)),
        volumes: topology.volumes,
        networks: topology.networks,
        dependsOn: topology.dependsOn,
        volumesFrom: topology.volumesFrom,
        counts,
        yamlErrors: doc.problems.filter((p) => p.severity === 'error').length,
        project,
      };
    }
    case 'commands':
      return { kind: 'empty', reason: 'commands', fileName: file.fileName };
  }
}

function stageView(stack: LayerStack, final: boolean, diagnostics: PanelDiagnostic[]): StageView {
  return {
    index: stack.stageIndex,
    label: stack.stageLabel,
    named: stack.stageName !== undefined,
    base: {
      kind: stack.base.kind,
      text: stack.base.kind === 'image' ? stack.base.resolved : stack.base.raw,
      stageLabel: stack.base.kind === 'stage' ? stack.base.stageLabel : undefined,
    },
    inheritedLayers: stack.inheritedLayers,
    layerCount: stack.layerCount,
    steps: stack.steps.map((step) => {
      const flags = (step.instruction as { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags?.() ?? [];
      const from = step.keyword === 'COPY' ? flags.find((f) => f.getName().toLowerCase() === 'from')?.getValue() ?? undefined : undefined;
      return {
        keyword: step.keyword,
        text: clip(step.text),
        line: step.line,
        range: step.range,
        effect: step.effect,
        layerNumber: step.layerNumber,
        copyFrom: from,
        diagnostics: diagnostics.filter((d) => d.range.start.line >= step.range.start.line && d.range.start.line <= step.range.end.line),
      };
    }),
    final,
    range: stack.range,
  };
}

function serviceView(service: TopologyService, diagnostics: PanelDiagnostic[]): ServiceView {
  const inService = diagnostics.filter((d) => within(d.range, service.range));
  return {
    ...service,
    ports: service.ports.map((p) => ({
      ...p,
      conflicts: inService.filter((d) => d.rule === PORT_CONFLICT_RULE && within(d.range, p.range)).map((d) => d.message),
    })),
    diagnostics: inService,
  };
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function toPanelDiagnostic(d: LintDiagnostic): PanelDiagnostic {
  return { rule: d.rule, severity: d.severity, message: d.message, range: d.range };
}

function countDiagnostics(diagnostics: readonly LintDiagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
