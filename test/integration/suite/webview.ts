// The extension-host side of the webview bridge (the browser side and the protocol are in
// test/integration/lib/webview-bridge.mjs). Only a runner that drives the browser answers:
// under @vscode/test-electron `webviewBridge()` is false and tests check the panel through
// its provider only.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { waitFor } from './harness';

export interface QueryResult {
  text: string;
  attributes: Record<string, string | null>;
  visible: boolean;
  /** Where the element is on its page (workbench and webview queries). */
  box?: { x: number; y: number; width: number; height: number };
  /** Webview queries only: the computed CSS font size ("13px"). */
  fontSize?: string;
  /** Workbench queries only: its scroll sizes. */
  scrollHeight?: number;
  clientHeight?: number;
  /** Webview queries: the content's width against the element's box. */
  scrollWidth?: number;
  clientWidth?: number;
}

let sequence = 0;

export function webviewBridge(): boolean {
  return process.env.DOCKER_EXPLAIN_WEBVIEW_BRIDGE === '1';
}

async function request<T>(title: string, op: string, args: Record<string, unknown>, timeoutMs = 20_000): Promise<T> {
  const reply = path.join(os.tmpdir(), `docker-explain-webview-${process.pid}-${++sequence}.json`);
  fs.rmSync(reply, { force: true });
  console.log(`docker-explain-webview: ${JSON.stringify({ reply, title, op, ...args })}`);
  await waitFor(() => fs.existsSync(reply), { timeoutMs, message: `webview bridge did not answer ${op}` });
  const answer = JSON.parse(fs.readFileSync(reply, 'utf8')) as { ok: boolean; value?: T; error?: string };
  fs.rmSync(reply, { force: true });
  if (!answer.ok) throw new Error(`webview ${op} failed: ${answer.error}`);
  return answer.value as T;
}

/**
 * A handle on the workbench page itself (palette, Problems panel, hovers): the same bridge,
 * answered on the page instead of a webview frame.
 */
export class WorkbenchDriver {
  private send<T>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    return request<T>('', op, { workbench: true, ...args });
  }

  query(selector: string, attributes: string[] = []): Promise<QueryResult[]> {
    return this.send('query', { selector, attributes });
  }

  click(selector: string): Promise<void> {
    return this.send('click', { selector });
  }

  /** Presses a key on the focused element (or on `selector`). */
  press(key: string, selector?: string): Promise<void> {
    return this.send('press', { key, ...(selector ? { selector } : {}) });
  }

  type(text: string): Promise<void> {
    return this.send('type', { text });
  }

  viewport(): Promise<{ width: number; height: number }> {
    return this.send('viewport');
  }

  /** Polls `query` until `check` accepts the matches; returns them. */
  async waitFor(selector: string, check: (matches: QueryResult[]) => boolean, { attributes = [] as string[], timeoutMs = 20_000, message = '' } = {}): Promise<QueryResult[]> {
    let last: QueryResult[] = [];
    try {
      return await waitFor(
        async () => {
          last = await this.query(selector, attributes);
          return check(last) ? last : undefined;
        },
        { timeoutMs, intervalMs: 250, message: message || `workbench: ${selector}` },
      );
    } catch (error) {
      throw new Error(`${String((error as Error).message)}; last matches: ${JSON.stringify(last).slice(0, 800)}`);
    }
  }
}

/** A handle on one webview, found by its document title. */
export class WebviewDriver {
  constructor(private readonly title: string) {}

  query(selector: string, attributes: string[] = []): Promise<QueryResult[]> {
    return request(this.title, 'query', { selector, attributes });
  }

  click(selector: string): Promise<void> {
    return request(this.title, 'click', { selector });
  }

  press(selector: string, key: string): Promise<void> {
    return request(this.title, 'press', { selector, key });
  }

  fill(selector: string, value: string): Promise<void> {
    return request(this.title, 'fill', { selector, value });
  }

  scroll(y: number): Promise<number> {
    return request(this.title, 'scroll', { y });
  }

  /** The page's scroll position, without moving it. */
  scrollY(): Promise<number> {
    return request(this.title, 'scroll', { y: null });
  }

  /** Polls `query` until `check` accepts the matches; returns them. */
  async waitFor(selector: string, check: (matches: QueryResult[]) => boolean, { attributes = [] as string[], timeoutMs = 20_000, message = '' } = {}): Promise<QueryResult[]> {
    let last: QueryResult[] = [];
    try {
      return await waitFor(
        async () => {
          try {
            last = await this.query(selector, attributes);
          } catch {
            // The page may be reloading (no frame for a moment): try again.
            return undefined;
          }
          return check(last) ? last : undefined;
        },
        { timeoutMs, intervalMs: 250, message: message || `webview: ${selector}` },
      );
    } catch (error) {
      throw new Error(`${String((error as Error).message)}; last matches: ${JSON.stringify(last).slice(0, 800)}`);
    }
  }
}
