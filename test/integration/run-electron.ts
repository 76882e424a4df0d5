// Runs the integration suite in desktop VS Code through @vscode/test-electron, which
// downloads VS Code into .vscode-test/ first. That download needs the internet, so on
// machines without it use test/integration/run-code-server.mjs: same suite, same workspace.
//
//   npm run test:electron     (builds, compiles, then runs this file from out/)
//   VSCODE_TEST_VERSION=stable npm run test:electron
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // This file runs as out/test/integration/run-electron.js.
  const root = path.resolve(__dirname, '..', '..', '..');
  // A fresh copy of examples/ each run: tests may edit files, and must never edit the repo.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'docker-explain-electron-'));
  fs.cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      // The oldest VS Code that package.json's engines.vscode allows, as code-server runs it.
      version: process.env.VSCODE_TEST_VERSION ?? '1.100.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [
        workspace,
        // Only built-in extensions besides ours; a developer's own ones stay out of the run.
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('integration tests failed:', error);
  process.exit(1);
});
