import { randomBytes } from 'crypto';

/** A fresh nonce per page load, so only our own script tag may run in the webview. */
export function randomNonce(): string {
  return randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}
