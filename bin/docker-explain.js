#!/usr/bin/env node
// Thin launcher so `npx docker-explain` works from the repo and from an npm install. The
// Language Server is its own bundle: `docker-explain lsp --stdio` loads only it.
if (process.argv[2] === 'lsp') require('../dist/lsp.js');
else require('../dist/cli.js');
