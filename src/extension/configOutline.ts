import vscode = require('vscode');
import type { Analysis } from './analysis/analysis';
import type { ConfigOutline } from '../core/lint/config/configOutline';
import { LastVersion, quietly } from './navigation/request';
import { toFoldingRange } from './navigation/foldingProvider';
import { toSymbol } from './navigation/symbolProvider';

// Outline, breadcrumbs, Go to Symbol and folding by brackets for `.docker-explain.json`. The file's
// own language (package.json) keeps VS Code's JSON service away, and with it the JSON outline
// and folding; the worker computes both from the config parse (core/lint/config/configOutline.ts).

export const CONFIG_LANGUAGE_SELECTOR: vscode.DocumentSelector = [{ language: 'docker-explain-config' }];

/** The outline (asked twice per version: breadcrumbs, sticky scroll) and folding of the last version, from one worker request. */
class ConfigOutlineSource {
  private readonly last = new LastVersion<Converted>();

  constructor(private readonly analysis: Analysis) {}

  get(document: vscode.TextDocument): Promise<Converted | undefined> {
    return this.last.get(document.uri.toString(), document.version, () =>
      quietly('config outline', () => this.analysis.request('configOutline', { text: document.getText() })).then((found) => found && new Converted(found)),
    );
  }
}

/** Each half converted for the editor once, when first asked (a conversion that throws fails that ask only, as before). */
class Converted {
  private symbolsOnce?: vscode.DocumentSymbol[];
  private foldingOnce?: vscode.FoldingRange[];

  constructor(private readonly outline: ConfigOutline) {}

  get symbols(): vscode.DocumentSymbol[] {
    return (this.symbolsOnce ??= this.outline.symbols.map(toSymbol));
  }

  get folding(): vscode.FoldingRange[] {
    return (this.foldingOnce ??= this.outline.folding.map(toFoldingRange));
  }
}

export function registerConfigOutline(analysis: Analysis): vscode.Disposable {
  const source = new ConfigOutlineSource(analysis);
  const symbols: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const found = await source.get(document);
      return found && !token.isCancellationRequested ? found.symbols : undefined;
    },
  };
  const folding: vscode.FoldingRangeProvider = {
    async provideFoldingRanges(document, _context, token) {
      const found = await source.get(document);
      if (!found || token.isCancellationRequested) return undefined;
      return found.folding;
    },
  };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(CONFIG_LANGUAGE_SELECTOR, symbols, { label: 'Docker 해설' }),
    vscode.languages.registerFoldingRangeProvider(CONFIG_LANGUAGE_SELECTOR, folding),
  );
}
