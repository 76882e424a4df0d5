import type * as vscode from 'vscode';

/** Every document we may have something to say about; the cache narrows yaml to Compose names. */
export const SUPPORTED_SELECTOR: vscode.DocumentSelector = [
  { language: 'dockerfile' },
  { language: 'dockercompose' },
  { language: 'yaml' },
  { language: 'shellscript' },
  { language: 'makefile' },
  { language: 'markdown' },
];

/** Completion: every kind but Markdown, whose prose must not ask the worker at each space. */
export const TYPED_SELECTOR: vscode.DocumentSelector = [
  { language: 'dockerfile' },
  { language: 'dockercompose' },
  { language: 'yaml' },
  { language: 'shellscript' },
  { language: 'makefile' },
];

export const MARKDOWN_SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];
