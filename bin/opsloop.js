#!/usr/bin/env node
// The published command runs the committed bundle, so it works without a build step.
await import('../dist/cli.js')
