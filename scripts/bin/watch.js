#!/usr/bin/env node
// coreplay-watch: follow the actors pallet's events as blocks arrive.
'use strict';

const fs = require('node:fs');
const { connect, parseUint, parseCli, runCli, describeDispatchError, CliError, DEFAULT_WS } = require('../lib/chain.js');

const USAGE = `usage: coreplay-watch [options]

Prints every actors event (ActorCreated, ActorAdvanced, ActorEvent, ApovPending, ApovExpired, MessageDelivered,
CodeUpgraded, PayoutPaid, ...) and every failed actors extrinsic, block by block in order (no block skipped), from
the block after the current head until interrupted. The line "watching ... from #N" is printed once that head is
known. An ActorEvent (what an actor emitted with emit_event) is printed as its actor, its topics and its data,
decoded as --event-type if given.

options:
  --finalized     follow finalised blocks instead of new best blocks
  --actor <id>    only events and failures about this actor
  --only <name>   only this event (e.g. ActorEvent), and no failures
  --event-types <file.json>  polkadot-js type definitions for actors' event data (e.g.
                  actors/ledger/types.json)
  --event-type <name>  decode ActorEvent data as this type of --event-types (e.g. LedgerEvent)
  --count <n>     exit after printing n lines of events
  --ws <url>      the node's WebSocket endpoint (default $COREPLAY_WS or ${DEFAULT_WS})
  -h, --help      print this help`;

/** Whether `event` names actor `task` in a field called task, actor, from or to. */
function eventConcerns(event, task) {
	const data = event.data.toJSON();
	const names = event.meta.fields.map((f) => f.name.toString());
	return names.some((n, i) => ['task', 'actor', 'from', 'to'].includes(n) && Number(Array.isArray(data) ? data[i] : data[n]) === task);
}

/**
 * An ActorEvent as a line: `actors.ActorEvent actor <id> topics [<hex>, ...] <data>`, the data decoded as
 * `eventType` (a type registered from --event-types) and printed human-readable (accounts as SS58), or as hex
 * (with the reason) if it does not decode as one exactly.
 */
function actorEventLine(api, event, eventType) {
	const { actor, topics, data } = event.data;
	let shown = data.toHex();
	if (eventType) {
		try {
			const decoded = api.registry.createType(eventType, data.toU8a(true));
			if (decoded.encodedLength !== data.length) throw new Error(`${data.length - decoded.encodedLength} bytes left over`);
			shown = `${eventType} ${JSON.stringify(decoded.toHuman())}`;
		} catch (e) {
			shown = `${shown} (not a ${eventType}: ${e.message})`;
		}
	}
	return `actors.ActorEvent actor ${actor.toNumber()} topics [${topics.map((t) => t.toHex()).join(', ')}] ${shown}`;
}

/** Whether the extrinsic `call` is about actor `task`: an APoV that schedules it, or a `task` argument. */
function callConcerns(call, task) {
	if (call.method === 'submitApov') return call.args[0].agenda.some((item) => item.actor.toNumber() === task);
	return call.meta.args.some((a, k) => a.name.toString() === 'task' && call.args[k].toNumber() === task);
}

runCli(async () => {
	const { values } = parseCli(USAGE, {
		finalized: { type: 'boolean', default: false },
		actor: { type: 'string' },
		count: { type: 'string' },
		only: { type: 'string' },
		'event-types': { type: 'string' },
		'event-type': { type: 'string' },
	});
	const eventType = values['event-type'] ?? null;
	if (eventType !== null && values['event-types'] === undefined) throw new CliError('--event-type: give the file that defines it with --event-types');
	const task = values.actor === undefined ? null : parseUint(values.actor, '--actor', { max: 0xffffffff });
	const limit = values.count === undefined ? Infinity : parseUint(values.count, '--count');
	const { api } = await connect(values.ws);
	if (values['event-types'] !== undefined) {
		let types;
		try {
			types = JSON.parse(fs.readFileSync(values['event-types'], 'utf8'));
		} catch (e) {
			throw new CliError(`--event-types: cannot read ${values['event-types']} as JSON type definitions: ${e.message}`);
		}
		api.registry.register(types);
		if (eventType !== null && !api.registry.hasType(eventType)) throw new CliError(`--event-type: ${eventType} is not defined in ${values['event-types']}`);
	}
	let printed = 0;
	let next = null; // the next block number to print
	let queue = Promise.resolve();

	/** Prints block `number`'s lines; returns true once --count lines were printed. */
	async function printBlock(number, hash) {
		const at = await api.at(hash);
		const records = await at.query.system.events();
		let block = null;
		for (const { event, phase } of records) {
			let line = null;
			if (event.section === 'actors' && (task === null || eventConcerns(event, task))) {
				if (values.only !== undefined && event.method !== values.only) continue;
				line = event.method === 'ActorEvent'
					? actorEventLine(api, event, eventType)
					: `actors.${event.method} ${JSON.stringify(event.data.toHuman())}`;
			} else if (values.only === undefined && api.events.system.ExtrinsicFailed.is(event) && phase.isApplyExtrinsic) {
				block = block || (await api.rpc.chain.getBlock(hash));
				const call = block.block.extrinsics[phase.asApplyExtrinsic.toNumber()].method;
				if (call.section === 'actors' && (task === null || callConcerns(call, task))) {
					line = `actors.${call.method} failed: ${describeDispatchError(api, event.data[0])}`;
				}
			}
			if (line === null) continue;
			console.log(`#${number} ${line}`);
			if (++printed >= limit) return true;
		}
		return false;
	}

	return await new Promise((resolve, reject) => {
		const subscribe = values.finalized ? api.rpc.chain.subscribeFinalizedHeads : api.rpc.chain.subscribeNewHeads;
		subscribe((header) => {
			// One block at a time, in order, filling in blocks the subscription skipped (finality often jumps).
			queue = queue
				.then(async () => {
					const top = header.number.toNumber();
					if (next === null) {
						next = top + 1;
						console.log(`watching ${values.finalized ? 'finalised' : 'best'} blocks at ${values.ws} from #${next} (Ctrl-C stops)`);
						return;
					}
					for (; next <= top; next++) {
						const hash = next === top ? header.hash : await api.rpc.chain.getBlockHash(next);
						if (await printBlock(next, hash)) {
							await api.disconnect();
							return resolve(0);
						}
					}
				})
				.catch(reject);
		}).catch(reject);
	});
});
