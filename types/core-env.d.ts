// What the core may use of its host, for `tsc -p tsconfig.core.json`: only what browsers (a
// future web extension) and Node both have. Anything else from Node is a type error there.
declare const console: { error(...data: unknown[]): void; warn(...data: unknown[]): void; log(...data: unknown[]): void };
// Browsers and Node both have the WHATWG TextDecoder (src/core/documents/fileText.ts decodes UTF-8 with it).
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
