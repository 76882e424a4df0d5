import vscode = require('vscode');
import type { Language } from '../core';

/** Our texts follow `dockerExplain.language`, not VS Code's display language (see DESIGN.md). */
export function languageSetting(scope?: vscode.ConfigurationScope): Language {
  const value = vscode.workspace.getConfiguration('dockerExplain', scope).get<string>('language', 'ko');
  return value === 'en' ? 'en' : 'ko';
}

export function isEnabled(setting: 'hover.enabled' | 'lint.enabled', scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration('dockerExplain', scope).get<boolean>(setting, true);
}
