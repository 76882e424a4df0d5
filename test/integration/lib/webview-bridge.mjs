/* global document, window, getComputedStyle */
// The browser side of the webview bridge: lets a test in the extension host read and drive a
// webview's DOM, which the vscode API cannot reach. The suite (suite/webview.ts) logs
//   docker-explain-webview: {"reply": "/tmp/…json", "op": "query", "selector": "…", …}
// and this module answers by writing {ok, value | error} to `reply` (through a temporary name
// and a rename, so the suite never reads half a file). The runner sets
// DOCKER_EXPLAIN_WEBVIEW_BRIDGE=1 for code-server, so the suite knows someone is listening.
//
// Operations, all on the first frame whose page is the named webview (found by its <title>):
// - query {selector, attributes?}: every match's textContent, the listed attributes, its box on
//   the page and its computed font size;
// - click {selector}: a real mouse click on the first match (Playwright, shadow DOM pierced);
// - press {selector, key}: focuses the first match and presses a key;
// - fill {selector, value}: types into an input (inside a custom element's shadow root too);
// - scroll {y}: window.scrollTo(0, y) (y null: stay); answers window.scrollY.
// The same operations on the workbench page itself (the palette, the Problems panel, hovers),
// which no vscode API can read either: request with `workbench: true` and no title; `press`
// without a selector presses on the focused element, and `type {text}` types into it.

import fs from 'node:fs';

export const WEBVIEW_LINE = /docker-explain-webview: (\{.*\})\s*$/;

/** Answers one request line; never throws (a failure becomes `{ok: false, error}`). */
export async function answerWebviewRequest(page, json, print = console.log) {
  let request;
  try {
    request = JSON.parse(json);
  } catch {
    print(`[runner] webview request is not JSON: ${json}`);
    return;
  }
  if (typeof request.reply !== 'string' || !request.reply.endsWith('.json')) {
    print('[runner] webview request without a reply path');
    return;
  }
  let answer;
  try {
    answer = { ok: true, value: await perform(page, request) };
  } catch (error) {
    answer = { ok: false, error: String(error?.message ?? error) };
  }
  const partial = `${request.reply}.partial`;
  fs.writeFileSync(partial, JSON.stringify(answer));
  fs.renameSync(partial, request.reply);
}

async function perform(page, request) {
  if (request.workbench === true) return performOnWorkbench(page, request);
  const frame = await findFrame(page, String(request.title ?? ''), Number(request.timeoutMs ?? 10_000));
  switch (request.op) {
    case 'query':
      return frame.evaluate(
        ({ selector, attributes }) =>
          [...document.querySelectorAll(selector)].map((el) => ({
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            attributes: Object.fromEntries((attributes ?? []).map((a) => [a, el.getAttribute(a)])),
            visible: el.getClientRects().length > 0,
            // Whether the element's content is wider than its box (cut off or scrolled sideways).
            scrollWidth: el.scrollWidth,
            clientWidth: el.clientWidth,
            box: (({ x, y, width, height }) => ({ x, y, width, height }))(el.getBoundingClientRect()),
            fontSize: getComputedStyle(el).fontSize,
          })),
        { selector: String(request.selector), attributes: request.attributes ?? [] },
      );
    case 'click':
      await frame.locator(String(request.selector)).first().click({ timeout: 10_000 });
      return true;
    case 'press':
      await frame.locator(String(request.selector)).first().press(String(request.key), { timeout: 10_000 });
      return true;
    case 'fill':
      await frame.locator(String(request.selector)).first().fill(String(request.value ?? ''), { timeout: 10_000 });
      return true;
    case 'scroll':
      return frame.evaluate((y) => {
        if (y !== null) window.scrollTo(0, y);
        return window.scrollY;
      }, request.y === null || request.y === undefined ? null : Number(request.y));
    default:
      throw new Error(`unknown webview operation ${request.op}`);
  }
}

async function performOnWorkbench(page, request) {
  switch (request.op) {
    case 'query':
      return page.evaluate(
        ({ selector, attributes }) =>
          [...document.querySelectorAll(selector)].map((el) => {
            const box = el.getBoundingClientRect();
            return {
              text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
              attributes: Object.fromEntries((attributes ?? []).map((a) => [a, el.getAttribute(a)])),
              visible: el.getClientRects().length > 0,
              box: { x: box.x, y: box.y, width: box.width, height: box.height },
              scrollHeight: el.scrollHeight,
              clientHeight: el.clientHeight,
            };
          }),
        { selector: String(request.selector), attributes: request.attributes ?? [] },
      );
    case 'click':
      await page.locator(String(request.selector)).first().click({ timeout: 10_000 });
      return true;
    case 'press':
      if (request.selector) await page.locator(String(request.selector)).first().press(String(request.key), { timeout: 10_000 });
      else await page.keyboard.press(String(request.key));
      return true;
    case 'type':
      await page.keyboard.type(String(request.text ?? ''), { delay: 20 });
      return true;
    case 'viewport':
      return page.viewportSize();
    default:
      throw new Error(`unknown workbench operation ${request.op}`);
  }
}

/**
 * Webviews are nested iframes (an outer host frame, then the content frame). The content
 * frame of ours is the one whose document title is `title`; polls until it exists.
 */
async function findFrame(page, title, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      try {
        if (frame.isDetached()) continue;
        const found = await frame.evaluate((t) => document.title === t && document.getElementById('app') !== null, title);
        if (found) return frame;
      } catch {
        // A frame navigating away or not yet ready: try the others.
      }
    }
    if (Date.now() > deadline) throw new Error(`no webview frame titled ${JSON.stringify(title)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
