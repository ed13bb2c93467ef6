#!/usr/bin/env node
// coreplay-call: call an actor in the next APoV and print the call's result.
'use strict';

const { connect, signerFrom, parseHex, parseUint, parseCli, runCli, printEvents, COMMON_OPTIONS } = require('../lib/chain.js');
const { callActor } = require('../lib/actors.js');

const USAGE = `usage: coreplay-call [options] <actor> <input-hex>

Calls actor <actor> with the call data <input-hex> (0x-prefixed) in a new APoV whose Agenda is
[Call { input }, Service 1]: the node runs it with actors_buildApov, which fills in the call's result; the APoV is
submitted, and once it is in a block the result and the actor's new sequence are printed.
A call the actor rejects (Err) cannot be part of an APoV: the node answers error 9010 and nothing is submitted.
Example (the counter actor, "inc"): coreplay-call 0 0x00

options:
  --fuel <n>      fuel limit (default: a dry run's fuel plus 25% and 10,000, at most MaxFuel)
${COMMON_OPTIONS}`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, { fuel: { type: 'string' } });
	if (positionals.length !== 2) {
		console.error(USAGE);
		return 1;
	}
	const task = parseUint(positionals[0], '<actor>', { max: 0xffffffff });
	const input = parseHex(positionals[1], '<input-hex>');
	const fuelLimit = values.fuel === undefined ? null : parseUint(values.fuel, '--fuel');
	const signer = signerFrom(values.seed);
	const { api, provider } = await connect(values.ws);
	try {
		const result = await callActor(api, provider, signer, task, input, { fuelLimit });
		console.log(`result: ${result.output}`);
		console.log(`in block ${result.blockHash}`);
		printEvents(result.events);
		if (result.error) {
			console.error(`error: submit_apov failed: ${result.error}`);
			return 1;
		}
		const record = (await api.at(result.blockHash)).query.actors.actors(task);
		const info = (await record).unwrap();
		console.log(`actor ${task}: sequence ${info.sequence}, state hash ${info.stateHash.toHex()}`);
		return 0;
	} finally {
		await api.disconnect();
	}
});
