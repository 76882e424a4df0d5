#!/usr/bin/env node
// Thin launcher so `npx docker-explain` works from the repo and from an npm install.
require('../dist/cli.js');
