import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import { languageSetting } from './settings';

// Marks Docker's error messages in the integrated terminal (`docker build`, `docker run`,
// `docker compose up` output) and opens their explanation in the panel when clicked. VS Code
// asks for the links of a line when the pointer is over it; the worker answers from the error
// catalog, so the extension host does no matching itself.

export interface DockerErrorLink extends vscode.TerminalLink {
  /** The whole terminal line: explained again with the workspace files when the link is opened. */
  line: string;
  error: string;
}

/** Lines shorter than this hold none of the catalog's messages. */
const SHORTEST_MESSAGE = 12;

export class DockerErrorLinkProvider implements vscode.TerminalLinkProvider<DockerErrorLink> {
  constructor(
    private readonly analysis: Analysis,
    private readonly open: (text: string) => Promise<boolean>,
  ) {}

  async provideTerminalLinks(context: vscode.TerminalLinkContext, token: vscode.CancellationToken): Promise<DockerErrorLink[]> {
    if (context.line.length < SHORTEST_MESSAGE) return [];
    const language = languageSetting();
    const found = await this.analysis.request('errorLine', { line: context.line, language });
    if (!found || token.isCancellationRequested) return [];
    const action = language === 'ko' ? ' (눌러서 설명 보기)' : ' (click for the explanation)';
    return [{ startIndex: found.start, length: found.end - found.start, tooltip: `Docker 해설: ${found.title}${action}`, line: context.line, error: found.error }];
  }

  /** Opens the explanation; the promise settles once the panel has it (tests wait on it). */
  async handleTerminalLink(link: DockerErrorLink): Promise<void> {
    await this.open(link.line);
  }
}
