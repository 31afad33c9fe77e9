#!/usr/bin/env node
// The `tongban` command: runs the compiled server and CLI in dist/server, building them first when
// they are missing or older than their sources (bin/server-build.js).
import { pathToFileURL } from 'node:url';
import { CLI_ENTRY, ensureServerBuilt } from './server-build.js';

await ensureServerBuilt();
await import(pathToFileURL(CLI_ENTRY).href);
