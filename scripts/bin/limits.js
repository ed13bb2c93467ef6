#!/usr/bin/env node
// coreplay-limits: print the chain's vm limits (ActorsApi::limits).
'use strict';

const { connect, parseCli, runCli, DEFAULT_WS } = require('../lib/chain.js');

const USAGE = `usage: coreplay-limits [options]

Prints the vm limits the chain validates code and APoVs under (the runtime API ActorsApi::limits): as JSON, or
with --scale as their SCALE encoding in hex (what \`coreplay check --ws\` decodes).

options:
  --scale         print the SCALE encoding (0x-prefixed hex) instead of JSON
  --ws <url>      the node's WebSocket endpoint (default $COREPLAY_WS or ${DEFAULT_WS})
  -h, --help      print this help`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, { scale: { type: 'boolean', default: false } });
	if (positionals.length !== 0) {
		console.error(USAGE);
		return 1;
	}
	const { api } = await connect(values.ws);
	try {
		const limits = await api.call.actorsApi.limits();
		console.log(values.scale ? limits.toHex() : JSON.stringify(limits.toJSON(), null, 2));
		return 0;
	} finally {
		await api.disconnect();
	}
});
