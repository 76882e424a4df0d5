import { runCli } from './run';

// Exit codes: 0 clean, 1 lint errors (or too many warnings), 2 usage/config/I-O problems.
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`docker-explain: 예상하지 못한 내부 오류예요: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
