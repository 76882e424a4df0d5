// `docker-explain lsp --stdio` (dist/lsp.js, started by bin/docker-explain.js): the Language
// Server over standard input and output. A separate bundle, so the CLI's other commands do not
// load the protocol library.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { readConfigFile, realPathOf } from '../node/readBounded';
import { uriOfPath } from './convert';
import { startServer } from './server';

const USAGE = `사용법: docker-explain lsp --stdio
  Language Server Protocol 메시지를 표준 입력과 표준 출력으로 주고받아요. 편집기가 실행하는 명령이에요.
`;

const args = process.argv.slice(process.argv.indexOf('lsp') + 1);
if (args.length !== 1 || args[0] !== '--stdio') {
  const help = args.includes('--help') || args.includes('-h');
  (help ? process.stdout : process.stderr).write(help ? USAGE : `docker-explain: lsp에는 --stdio만 쓸 수 있어요.\n\n${USAGE}`);
  process.exit(help ? 0 : 2);
}

// The rule docs ship next to the bundle (docs/rules/<id>.md) in the npm package and the repository.
const docsDir = path.join(__dirname, '..', 'docs', 'rules');
const ruleDoc = (rule: string): string | undefined => {
  const file = path.join(docsDir, `${rule}.md`);
  return /^[a-z0-9-]+$/.test(rule) && fs.existsSync(file) ? uriOfPath(file.replace(/\\/g, '/')) : undefined;
};

// Standard output carries the protocol only: console output goes to standard error.
console.log = console.error;
const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
startServer(connection, { readFile: readConfigFile, realPath: realPathOf, ruleDoc });
