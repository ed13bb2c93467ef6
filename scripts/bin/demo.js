#!/usr/bin/env node
// coreplay-demo: deploy the counter actor and advance it with a few APoVs, printing its chain state each time.
'use strict';

const path = require('node:path');
const { connect, signerFrom, readBytes, parseUint, parseCli, runCli, actorRecord, CliError, COMMON_OPTIONS } = require('../lib/chain.js');
const { deploy, callActor } = require('../lib/actors.js');

const { avfDir } = require('../lib/devnode.js');

const DEFAULT_AVF = path.join(avfDir(), 'counter.avf');

const USAGE = `usage: coreplay-demo [options] [counter.avf]

Deploys the counter actor (default ${path.relative(process.cwd(), DEFAULT_AVF)}, written by
scripts/build-actors.sh), then submits --rounds APoVs, each with the Agenda [Call inc, Service 1], and prints the
actor's sequence, state hash and count read back from the chain after each one.

options:
  --rounds <n>    how many APoVs (default 3)
${COMMON_OPTIONS}`;

/** The counter's `inc` result: the new count, u64 little-endian, as a bigint. */
function u64le(hex) {
	return Buffer.from(hex.slice(2), 'hex').readBigUInt64LE(0);
}

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, { rounds: { type: 'string', default: '3' } });
	const rounds = parseUint(values.rounds, '--rounds', { max: 1000 });
	const code = readBytes(positionals[0] || DEFAULT_AVF);
	const signer = signerFrom(values.seed);
	const { api, provider } = await connect(values.ws);
	try {
		const chain = (await api.rpc.system.chain()).toString();
		console.log(`connected to ${chain} at ${values.ws}, signing as ${signer.address}`);
		const d = await deploy(api, signer, code);
		console.log(`deployed counter: code ${d.codeHash}, task ${d.task}`);
		let record = await actorRecord(api, d.task, d.blockHash);
		console.log(`  sequence ${record.sequence}  state ${record.stateHash}`);
		for (let round = 1; round <= rounds; round++) {
			const r = await callActor(api, provider, signer, d.task, Uint8Array.of(0x00));
			if (r.error) throw new CliError(`APoV ${round} failed: ${r.error}`);
			record = await actorRecord(api, d.task, r.blockHash);
			console.log(`  sequence ${record.sequence}  state ${record.stateHash}  count ${u64le(r.output)}  (APoV in ${r.blockHash})`);
		}
		return 0;
	} finally {
		await api.disconnect();
	}
});
