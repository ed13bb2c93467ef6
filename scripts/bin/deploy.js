#!/usr/bin/env node
// coreplay-deploy: upload an actor's AVF (unless stored) and create an actor running it.
'use strict';

const { connect, signerFrom, readBytes, parseHex, parseCli, runCli, COMMON_OPTIONS } = require('../lib/chain.js');
const { deploy } = require('../lib/actors.js');
const { loadAbi } = require('../lib/abi.js');

const USAGE = `usage: coreplay-deploy [options] <actor.avf>

Uploads the AVF blob (an actor's Wasm with its header; scripts/build-actors.sh writes them) unless the chain
stores it already, then creates an actor running it, and prints the code hash, the new actor's task id and its
initial state hash (sequence 0).

options:
  --args <hex>    the actor's init args, 0x-prefixed (default empty); with --abi, JSON of its init type (e.g. 5)
  --abi <file>    the actor's ABI metadata (\`coreplay build\` writes <actor>.json beside the AVF)
  --json          print one JSON object instead of text
${COMMON_OPTIONS}`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		args: { type: 'string', default: '0x' },
		abi: { type: 'string' },
		json: { type: 'boolean', default: false },
	});
	if (positionals.length !== 1) {
		console.error(USAGE);
		return 1;
	}
	const code = readBytes(positionals[0]);
	const abi = values.abi === undefined ? null : loadAbi(values.abi);
	const args = abi && !values.args.startsWith('0x') ? abi.encode('init', values.args) : parseHex(values.args, '--args');
	const signer = signerFrom(values.seed);
	const { api } = await connect(values.ws);
	try {
		const d = await deploy(api, signer, code, args);
		if (values.json) {
			console.log(JSON.stringify(d));
		} else {
			console.log(`code hash:  ${d.codeHash} (${d.uploaded ? `uploaded, ${code.length} bytes` : 'already stored'})`);
			console.log(`task id:    ${d.task}`);
			console.log(`state hash: ${d.stateHash} (sequence 0)`);
			console.log(`account:    ${d.account}`);
			console.log(`block:      ${d.blockHash}`);
		}
	} finally {
		await api.disconnect();
	}
});
