#!/usr/bin/env node
// coreplay-submit-apov: build an APoV through actors_buildApov (or read one), submit it, wait for inclusion.
'use strict';

const {
	connect,
	signerFrom,
	readBytes,
	parseUint,
	parseCli,
	runCli,
	submit,
	buildApov,
	printEvents,
	actorRecord,
	decodeApov,
	CliError,
	u8aToHex,
	COMMON_OPTIONS,
} = require('../lib/chain.js');
const { fuelLimitFor } = require('../lib/actors.js');

const USAGE = `usage: coreplay-submit-apov [options] <actor>[:<times>] ...
       coreplay-submit-apov [options] --agenda '<json>'
       coreplay-submit-apov [options] --file <apov>

Builds an APoV with the node's actors_buildApov from the chain's current actor states, submits it as
actors.submitApov signed by --seed, waits until it is in a block and prints its events. Each positional
<actor>[:<times>] is a Service item (times defaults to 1), in order; the actors are co-scheduled.
Exits 1 if the extrinsic fails (the pallet's error is printed) or the node refuses it.

options:
  --agenda <json>   the Agenda as JSON: [{"actor":0,"service":2},{"actor":0,"call":"0x00"}, ...]
  --file <path>     submit this SCALE-encoded APoV (binary, or a text file with one 0x hex string) instead
  --out <path>      also write the built APoV's hex to this file
  --fuel <n>        fuel limit (default: what a dry run used plus 25% and 10,000, at most MaxFuel;
                    the whole limit's weight must fit in the block and is charged if replay fails;
                    unused fuel is refunded)
  --finalized       wait for finality instead of inclusion
${COMMON_OPTIONS}`;

/** Service items from `<actor>[:<times>]` arguments. */
function agendaFromPositionals(positionals) {
	return positionals.map((arg) => {
		const m = /^([0-9]+)(?::([0-9]+))?$/.exec(arg);
		if (!m) throw new CliError(`${JSON.stringify(arg)}: expected <actor>[:<times>], e.g. 0 or 0:3`);
		return { actor: Number(m[1]), service: m[2] === undefined ? 1 : Number(m[2]) };
	});
}

/** The APoV in `path`: a text file holding one 0x hex string, or raw bytes. */
function readApov(path) {
	const bytes = readBytes(path);
	const text = bytes.toString('utf8').trim();
	return /^0x[0-9a-fA-F]*$/.test(text) ? text : u8aToHex(bytes);
}

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		agenda: { type: 'string' },
		file: { type: 'string' },
		out: { type: 'string' },
		fuel: { type: 'string' },
		finalized: { type: 'boolean', default: false },
	});
	const sources = [values.agenda !== undefined, values.file !== undefined, positionals.length > 0].filter(Boolean);
	if (sources.length !== 1) throw new CliError(`give exactly one of: <actor>[:<times>] items, --agenda, --file\n\n${USAGE}`);
	let agenda = null;
	if (values.agenda !== undefined) {
		try {
			agenda = JSON.parse(values.agenda);
		} catch (e) {
			throw new CliError(`--agenda: not JSON: ${e.message}`);
		}
		if (!Array.isArray(agenda)) throw new CliError('--agenda: expected a JSON array of items');
	} else if (positionals.length > 0) {
		agenda = agendaFromPositionals(positionals);
	}
	const fuel = values.fuel === undefined ? null : parseUint(values.fuel, '--fuel');
	const signer = signerFrom(values.seed);
	const { api, provider } = await connect(values.ws);
	try {
		const apov = agenda ? await buildApov(provider, agenda, { fuelLimit: fuel }) : readApov(values.file);
		if (!agenda) {
			try {
				decodeApov(api, apov);
			} catch (e) {
				throw new CliError(`--file ${values.file}: not a SCALE-encoded ActorPov: ${e.message}`);
			}
		}
		if (values.out) require('node:fs').writeFileSync(values.out, `${apov}\n`);
		const limit = fuel ?? (await fuelLimitFor(api, signer.address, apov));
		console.log(`submitting an APoV of ${(apov.length - 2) / 2} bytes, fuel limit ${limit}, as ${signer.address}`);
		const result = await submit(api, api.tx.actors.submitApov(apov, limit), signer, { finalized: values.finalized });
		console.log(`${values.finalized ? 'finalized' : 'in block'} ${result.blockHash}`);
		printEvents(result.events);
		if (result.error) {
			console.error(`error: submit_apov failed: ${result.error}`);
			return 1;
		}
		const advanced = result.events.filter(({ event }) => event.section === 'actors' && event.method === 'ActorAdvanced');
		for (const { event } of advanced) {
			const record = await actorRecord(api, event.data.task.toNumber(), result.blockHash);
			console.log(`actor ${event.data.task}: sequence ${record.sequence}, state hash ${record.stateHash}`);
		}
		return 0;
	} finally {
		await api.disconnect();
	}
});
