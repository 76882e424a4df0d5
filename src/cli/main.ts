import { runCli } from './run';

// `docker-explain lint … | head` closes stdout early: that is the reader's choice, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// Exit codes: 0 clean, 1 lint errors (or too many warnings), 2 usage/config/I-O problems.
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`docker-explain: 예상하지 못한 내부 오류예요: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  });
