#!/usr/bin/env bash
# Runs a bench as production runs the API: TypeScript compiled on load by SWC, nothing else
# loaded. ts-node (tools/ts-run.sh) loads Node's REPL, and with it `domain`, which wraps every
# EventEmitter's emit of the process: the request-path bench (progress.ts) measured the API
# about a tenth slower under ts-node than as it is deployed.
export SWC_NODE_PROJECT="${SWC_NODE_PROJECT:-$(dirname "$0")/../tsconfig.json}"
export TS_NODE_PROJECT="${TS_NODE_PROJECT:-$SWC_NODE_PROJECT}"
exec node -r @swc-node/register -r tsconfig-paths/register "$@"
