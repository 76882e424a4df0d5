// The part of markdown-it (14.x, which ships no types) that the panel and the tests use. Kept
// here rather than as @types/markdown-it so the shared node_modules cannot lose it.
declare module 'markdown-it' {
  namespace MarkdownIt {
    interface Options {
      html?: boolean;
      linkify?: boolean;
      typographer?: boolean;
      breaks?: boolean;
    }
    interface Token {
      type: string;
      tag: string;
      content: string;
      info: string;
      nesting: 1 | 0 | -1;
      hidden: boolean;
      children: Token[] | null;
      attrGet(name: string): string | null;
      attrSet(name: string, value: string): void;
    }
    type RenderRule = (tokens: Token[], idx: number, options: Options, env: unknown, self: Renderer) => string;
    interface Renderer {
      rules: Record<string, RenderRule | undefined>;
      renderToken(tokens: Token[], idx: number, options: Options): string;
    }
  }
  class MarkdownIt {
    constructor(presetName?: 'commonmark' | 'default' | 'zero', options?: MarkdownIt.Options);
    constructor(options?: MarkdownIt.Options);
    parse(src: string, env: object): MarkdownIt.Token[];
    parseInline(src: string, env: object): MarkdownIt.Token[];
    render(src: string, env?: object): string;
    renderInline(src: string, env?: object): string;
    validateLink: (url: string) => boolean;
    renderer: MarkdownIt.Renderer;
    disable(rules: string | string[], ignoreInvalid?: boolean): this;
    enable(rules: string | string[], ignoreInvalid?: boolean): this;
  }
  export = MarkdownIt;
}
