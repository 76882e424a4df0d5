// The concepts panel's script. Runs in the webview: no Node, no vscode module; only messages.
interface ShowConceptMessage {
  type: 'showConcept';
  id: string;
}
type HostMessage = ShowConceptMessage;

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const vscodeApi = acquireVsCodeApi();

function isHostMessage(data: unknown): data is HostMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'showConcept' && typeof (data as { id?: unknown }).id === 'string';
}

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHostMessage(event.data)) return;
  const app = document.getElementById('app');
  if (!app) return;
  app.dataset.concept = event.data.id;
  vscodeApi.setState({ concept: event.data.id });
});

vscodeApi.postMessage({ type: 'ready' });
