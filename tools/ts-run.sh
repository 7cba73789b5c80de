#!/usr/bin/env bash
# Runs a TypeScript tool with the workspace's path aliases, without a build step.
export TS_NODE_PROJECT="${TS_NODE_PROJECT:-$(dirname "$0")/tsconfig.json}"
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register "$@"
