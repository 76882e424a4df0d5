import vscode = require('vscode');
import type { Analysis } from '../analysis/analysis';
import { toVsRange } from '../convert';
import { languageSetting } from '../settings';
import { navigableRef, quietly, uriOf } from './request';

/** Links: an image opens its registry page; a Compose value that names a file opens it. */
export class NavigationLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly analysis: Analysis) {}

  async provideDocumentLinks(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentLink[] | undefined> {
    const doc = navigableRef(this.analysis, document, 'links');
    if (!doc) return undefined;
    const found = await quietly('links', () => this.analysis.request('links', { doc }));
    if (!found || token?.isCancellationRequested) return undefined;
    const language = languageSetting(document);
    return found.map((l) => {
      const link = new vscode.DocumentLink(toVsRange(l.range), l.target.kind === 'url' ? vscode.Uri.parse(l.target.url) : uriOf(l.target.path, document));
      link.tooltip = l.tooltip[language];
      return link;
    });
  }
}
