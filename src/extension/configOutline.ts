import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import type { Result } from '../worker/protocol';
import { quietly } from './navigation/request';
import { toSymbol } from './navigation/symbolProvider';

// Outline, breadcrumbs, Go to Symbol and folding by brackets for `.docker-explain.json`. The file's
// own language (package.json) keeps VS Code's JSON service away, and with it the JSON outline
// and folding; the worker computes both from the config parse (core/lint/config/configOutline.ts).

export const CONFIG_LANGUAGE_SELECTOR: vscode.DocumentSelector = [{ language: 'docker-explain-config' }];

type Outline = Result<'configOutline'>;

/** One worker request per document version answers the outline (asked twice: breadcrumbs, sticky scroll) and folding. */
class ConfigOutlineSource {
  private last?: { uri: string; version: number; answer: Promise<Outline | undefined> };

  constructor(private readonly analysis: Analysis) {}

  get(document: vscode.TextDocument): Promise<Outline | undefined> {
    const uri = document.uri.toString();
    let last = this.last;
    if (last?.uri !== uri || last.version !== document.version) {
      const answer = quietly('config outline', () => this.analysis.request('configOutline', { text: document.getText() }));
      last = this.last = { uri, version: document.version, answer };
      // A failed request is not kept: the next ask tries again.
      void answer.then((found) => {
        if (!found && this.last === last) this.last = undefined;
      });
    }
    return last.answer;
  }
}

export function registerConfigOutline(analysis: Analysis): vscode.Disposable {
  const source = new ConfigOutlineSource(analysis);
  const symbols: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const found = await source.get(document);
      return found && !token.isCancellationRequested ? found.symbols.map(toSymbol) : undefined;
    },
  };
  const folding: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document, _context, token) {
      const found = await source.get(document);
      if (!found || token.isCancellationRequested) return undefined;
      return found.folding.map((f) => new vscode.FoldingRange(f.start, f.end, f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined));
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(CONFIG_LANGUAGE_SELECTOR, symbols, { label: 'Docker 해설' }),
    vscode.languages.registerFoldingRangeProvider(CONFIG_LANGUAGE_SELECTOR, folding),
  );
}
