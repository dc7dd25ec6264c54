#!/usr/bin/env node
// The `halltwin` command. Works right after `npm ci`: TypeScript sources run through tsx, no build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { main } = await import(pathToFileURL(resolve(root, 'src/cli/main.ts')).href);
const code = await main(process.argv.slice(2));
process.exitCode = code;
