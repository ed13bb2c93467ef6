#!/usr/bin/env node
// coreplay-send: send an actor a message from your account, on chain (no sequencer needed), and print its events.
'use strict';

const { connect, signerFrom, parseHex, parseUint, parseCli, runCli, submit, printEvents, CliError, COMMON_OPTIONS } = require('../lib/chain.js');
const { u8aToHex } = require('@polkadot/util');

const USAGE = `usage: coreplay-send [options] <actor> <data-hex>

Sends actor <actor> the message <data-hex> (0x-prefixed) from the --seed account with the actors pallet's
send_message call: it waits in the actor's inbox on chain until an APoV consumes it (no sequencer RPC is needed
to send it). The actor reads the sender as that account (next_message gives FROM_ACCOUNT, message_sender the
account; docs/abi.md). The account holds a deposit (MessageDepositBase + MessageDepositPerByte per byte) until
the message is consumed, and --value moves that much of the chain's currency into the actor's account at once.
Example (the ledger actor, a Transfer of 10 from Alice to Bob; actors/ledger/README.md):
  coreplay-send 3 0x00<alice 32 bytes><bob 32 bytes>0a000000000000000000000000000000

options:
  --value <n>     value to send with it, in the chain's smallest unit (default 0)
${COMMON_OPTIONS}`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, { value: { type: 'string', default: '0' } });
	if (positionals.length !== 2) {
		console.error(USAGE);
		return 1;
	}
	const task = parseUint(positionals[0], '<actor>', { max: 0xffffffff });
	const data = parseHex(positionals[1], '<data-hex>');
	if (!/^[0-9]+$/.test(values.value)) throw new CliError(`--value: expected a non-negative integer, got ${JSON.stringify(values.value)}`);
	const value = BigInt(values.value);
	const signer = signerFrom(values.seed);
	const { api } = await connect(values.ws);
	try {
		const result = await submit(api, api.tx.actors.sendMessage(task, u8aToHex(data), value), signer);
		console.log(`sent by ${signer.address} in block ${result.blockHash}`);
		printEvents(result.events);
		if (result.error) {
			console.error(`error: send_message failed: ${result.error}`);
			return 1;
		}
		const queue = await (await api.at(result.blockHash)).query.actors.inboxQueues(task);
		console.log(`actor ${task}: ${queue.len.toNumber()} message(s) waiting`);
		return 0;
	} finally {
		await api.disconnect();
	}
});
