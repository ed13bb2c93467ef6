#!/usr/bin/env node
// coreplay-call: call an actor in the next APoV and print the call's result.
'use strict';

const { connect, signerFrom, parseHex, parseUint, parseCli, runCli, printEvents, poll, CliError, COMMON_OPTIONS } = require('../lib/chain.js');
const { callActor, signedCallActor, submitCall, callNonce, dryRunCall } = require('../lib/actors.js');
const { loadAbi } = require('../lib/abi.js');
const { hexToU8a } = require('@polkadot/util');

const USAGE = `usage: coreplay-call [options] <actor> <input>

Calls actor <actor> with the call data <input-hex> (0x-prefixed) in a new APoV whose Agenda is
[Call { input }, Service 1]: the node runs it with actors_buildApov, which fills in the call's result; the APoV is
submitted, and once it is in a block the result and the actor's new sequence are printed.
A call the actor rejects (Err) cannot be part of an APoV: the node answers error 9010 and nothing is submitted.
Example (the counter actor, "inc"): coreplay-call 0 0x00

With --signed the call is a SignedCall: the --seed key signs it for this chain, this actor and its next call
number to it (Actors.CallNonces), and the actor sees that account as its caller (docs/abi.md, "Signed calls").
With --dry-run nothing is submitted: the runtime replays the same APoV as submit_apov would, rolled back
(ActorsApi::dry_run_apov), and prints the call's result, the chain's verdict and weight, and what the replay showed:
the actor's print output and the events it emitted (a read-only call such as the counter's get costs nothing).

With --abi <actor.json> (the ABI metadata \`coreplay build\` writes beside the AVF) <input> may be JSON of the
actor's call type (e.g. Inc, or '{"Transfer": {"to": "0x..", "amount": 5}}') instead of hex, and the result
(reply: ...) and each event's data (decoded: ...) are decoded through it too.

With --signed --pool the signed call is handed to the node's sequencer (actors_submitCall) instead: the
sequencer carries it in the actor's next APoV and pays for it; the result is printed once that APoV is on chain.

options:
  --fuel <n>      fuel limit (default: a dry run's fuel plus 25% and 10,000, at most MaxFuel)
  --signed        sign the call with the --seed key (the actor's caller is that account)
  --nonce <n>     with --signed: this call number instead of the account's next one
  --pool          with --signed: hand the call to the node's sequencer (coreplay-node --sequencer)
  --dry-run       run the call in the runtime and print what it would do; submit nothing
  --abi <file>    the actor's ABI metadata: JSON input, decoded result and events
${COMMON_OPTIONS}`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, { fuel: { type: 'string' }, signed: { type: 'boolean' }, nonce: { type: 'string' }, pool: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, abi: { type: 'string' } });
	if (positionals.length !== 2) {
		console.error(USAGE);
		return 1;
	}
	const task = parseUint(positionals[0], '<actor>', { max: 0xffffffff });
	const abi = values.abi === undefined ? null : loadAbi(values.abi);
	const input = abi && !positionals[1].startsWith('0x') ? abi.encode('call', positionals[1]) : parseHex(positionals[1], '<input>');
	/** The result, and with --abi its reply decoded. */
	const printResult = (output) => {
		console.log(`result: ${output}`);
		if (abi) console.log(`reply: ${JSON.stringify(abi.decode('reply', hexToU8a(output)))}`);
	};
	const fuelLimit = values.fuel === undefined ? null : parseUint(values.fuel, '--fuel');
	const signer = signerFrom(values.seed);
	const { api, provider } = await connect(values.ws);
	try {
		if (values.nonce !== undefined && !values.signed) throw new CliError('--nonce: only with --signed');
		const nonce = values.nonce === undefined ? null : BigInt(parseUint(values.nonce, '--nonce'));
		if (values['dry-run']) {
			if (values.signed || values.pool || fuelLimit !== null) throw new CliError('--dry-run: not with --signed, --pool or --fuel');
			const r = await dryRunCall(api, provider, signer.address, task, input);
			printResult(r.output);
			console.log(`dry run: ${r.verdict}, ${r.fuelUsed} fuel, weight ${r.weight} (nothing submitted)`);
			for (const line of r.log.split('\n').filter((l) => l.length)) console.log(`print: ${line}`);
			for (const e of r.events) {
				console.log(`event: actor ${e.actor}, topics [${e.topics.join(', ')}], data ${e.data}`);
				if (abi && abi.has('event') && e.actor === task) console.log(`  decoded: ${JSON.stringify(abi.decode('event', hexToU8a(e.data)))}`);
			}
			return 0;
		}
		if (values.pool) {
			if (!values.signed) throw new CliError('--pool: only with --signed (the pool takes signed calls)');
			if (fuelLimit !== null) throw new CliError('--fuel: not with --pool (the sequencer sizes its APoVs)');
			const r = await submitCall(api, provider, signer, task, input, { nonce });
			console.log(`signed by ${signer.address}, call number ${r.nonce}`);
			console.log(`result: ${r.output}`);
			console.log(`carried by the sequencer's APoV ${r.extrinsic} (built on #${r.builtAt}, sequence ${r.sequence})`);
			await poll('the call on chain', async () => ((await callNonce(api, signer.address, task)) > r.nonce ? true : undefined), { attempts: 60 });
			const info = (await api.query.actors.actors(task)).unwrap();
			console.log(`actor ${task}: sequence ${info.sequence}, state hash ${info.stateHash.toHex()}`);
			return 0;
		}
		const result = values.signed
			? await signedCallActor(api, provider, signer, task, input, { fuelLimit, nonce })
			: await callActor(api, provider, signer, task, input, { fuelLimit });
		if (values.signed) console.log(`signed by ${signer.address}, call number ${result.nonce}`);
		printResult(result.output);
		console.log(`in block ${result.blockHash}`);
		for (const line of result.log.split('\n').filter((l) => l.length)) console.log(`print: ${line}`);
		printEvents(result.events);
		if (abi && abi.has('event')) {
			for (const { event } of result.events) {
				// ActorEvent { actor, topics, data }, by position (`data` is also the name of the event's field list).
				if (event.section === 'actors' && event.method === 'ActorEvent' && event.data[0].toNumber() === task) {
					console.log(`  decoded: ${JSON.stringify(abi.decode('event', event.data[2].toU8a(true)))}`);
				}
			}
		}
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
