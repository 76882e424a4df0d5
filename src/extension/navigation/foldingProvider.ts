import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import type { FoldingRegion } from '../../core/navigate';
import { navigableRef, quietly } from './request';

/** Dockerfile folding: stages, multi-line instructions, heredocs, comment runs (Compose keeps the editor's indentation folding). */
export class NavigationFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token?: vscode.CancellationToken): Promise<vscode.FoldingRange[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'folding');
    if (!doc || doc.kind !== 'dockerfile') return undefined;
    const found = await quietly('folding', () => this.analysis.request('folding', { doc }));
    if (!found || token?.isCancellationRequested) return undefined;
    return found.map(toFoldingRange);
  }
}

export function toFoldingRange(f: FoldingRegion): vscode.FoldingRange {
  return new vscode.FoldingRange(f.start, f.end, f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined);
}
