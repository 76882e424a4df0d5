/**
 * A fresh nonce per page load, so only our own script tag may run in the webview. Web Crypto's
 * global (Node 20, and every VS Code host) rather than `require('crypto')`: nothing to load.
 */
export function randomNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
