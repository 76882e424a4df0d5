// "크게 보기": the picture of a concept or of "이 파일" alone, in an editor-area webview
// (src/extension/panel/largePicture.ts). The same renderers as the sidebar, with the room of
// the editor: the concept diagram fills the width, the file picture is laid out for it.
import { renderDiagram } from './diagram';
import { renderFileView } from './fileView';
import { h } from './dom';
import { inline } from './markdown';
import type { ConceptPage } from '../../src/extension/panel/protocol';
import type { FileView } from '../../src/core/model/panelModel';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscodeApi = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;
/** The editor has room: the concept diagram is drawn 1.3 times its layout (13 px labels → 17 px), laid out for at most 640 px. */
const LARGE_SCALE = 1.3;
const LARGE_MAX_LAYOUT = 640;

function show(message: { lang?: unknown; text?: unknown; concept?: ConceptPage; view?: FileView }): void {
  const text = (typeof message.text === 'object' && message.text !== null ? message.text : {}) as Record<string, string>;
  if (typeof message.lang === 'string') document.documentElement.lang = message.lang;
  const c = message.concept;
  if (c && typeof c.id === 'string' && c.diagram && Array.isArray(c.diagram.items)) {
    app.replaceChildren(
      h(
        'article',
        { class: 'large concept', dataset: { concept: c.id } },
        inline(h('h2'), c.title),
        inline(h('p', { class: 'summary' }), c.summary),
        h('figure', { class: 'large-figure' }, renderDiagram(c.diagram, { scale: LARGE_SCALE, maxLayout: LARGE_MAX_LAYOUT }), h('figcaption', {}, c.diagram.description)),
      ),
    );
  } else if (message.view && typeof message.view.kind === 'string') {
    // Clicks in the large picture do not move the editor: this view has no editor beside it.
    app.replaceChildren(h('div', { class: 'large file' }, renderFileView(message.view, text, () => undefined, () => undefined)));
  } else {
    return;
  }
  app.removeAttribute('aria-busy');
}

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown };
  if (data && typeof data === 'object' && data.type === 'picture') show(data as Parameters<typeof show>[0]);
});
vscodeApi.postMessage({ type: 'ready' });
