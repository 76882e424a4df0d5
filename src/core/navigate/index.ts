// Navigation over Dockerfiles and Compose projects: definitions, references, highlights,
// rename, outline, folding and links. Editor-free: the VS Code providers (through the worker),
// the CLI and a language server call these with parsed documents.
export type { DocumentLinkTarget, FileEdits, FoldingRegion, NavLocation, Occurrence, OutlineKind, OutlineSymbol, RenameRefusal, SymbolKind } from './types';
export { SymbolIndex, dockerfilesNamed, projectIndexFiles } from './symbolIndex';
export type { IndexedFile } from './symbolIndex';
export { definitionsAt, highlightsAt, isRefusal, nothingToRename, prepareRenameAt, referencesAt, renameAt } from './navigation';
export type { Highlight, RenameTarget } from './navigation';
export { composeOutline, dockerfileOutline } from './outline';
export { FOLDING_REGION_LIMIT, OUTLINE_ENTRY_LIMIT, capFolding, capOutline } from './outlineLimit';
export { visibleName } from './symbolName';
export { dockerfileFolding } from './folding';
export { composeLinks, dockerfileLinks } from './links';
export { registryPage } from './registryPages';
