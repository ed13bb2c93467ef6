#!/usr/bin/env node
// coreplay-watch: follow the actors pallet's events as blocks arrive.
'use strict';

const { connect, parseUint, parseCli, runCli, COMMON_OPTIONS } = require('../lib/chain.js');

const USAGE = `usage: coreplay-watch [options]

Prints every actors event (ActorCreated, ActorAdvanced, ApovPending, ApovExpired, MessageDelivered, CodeUpgraded,
PayoutPaid, ...) and failed submitApov extrinsics, block by block, until interrupted.

options:
  --finalized     follow finalised blocks instead of new best blocks
  --actor <id>    only events about this actor
  --count <n>     exit after printing n events
${COMMON_OPTIONS}`;

/** Whether `event` is about actor `task` (any field named task, from or to). */
function concerns(event, task) {
	const data = event.data.toJSON();
	const names = event.meta.fields.map((f) => f.name.toString());
	return names.some((n, i) => ['task', 'from', 'to'].includes(n) && Number(Array.isArray(data) ? data[i] : data[n]) === task);
}

runCli(async () => {
	const { values } = parseCli(USAGE, {
		finalized: { type: 'boolean', default: false },
		actor: { type: 'string' },
		count: { type: 'string' },
	});
	const task = values.actor === undefined ? null : parseUint(values.actor, '--actor', { max: 0xffffffff });
	const limit = values.count === undefined ? Infinity : parseUint(values.count, '--count');
	const { api } = await connect(values.ws);
	let printed = 0;
	return await new Promise((resolve, reject) => {
		const subscribe = values.finalized ? api.rpc.chain.subscribeFinalizedHeads : api.rpc.chain.subscribeNewHeads;
		// The subscription starts with the current head; its events happened before we started watching.
		let first = true;
		console.log(`watching ${values.finalized ? 'finalised' : 'best'} blocks at ${values.ws} (Ctrl-C stops)`);
		subscribe(async (header) => {
			if (first) {
				first = false;
				return;
			}
			try {
				const at = await api.at(header.hash);
				const records = await at.query.system.events();
				for (const { event, phase } of records) {
					let line = null;
					if (event.section === 'actors' && (task === null || concerns(event, task))) {
						line = `actors.${event.method} ${JSON.stringify(event.data.toHuman())}`;
					} else if (api.events.system.ExtrinsicFailed.is(event) && phase.isApplyExtrinsic) {
						const block = await api.rpc.chain.getBlock(header.hash);
						const xt = block.block.extrinsics[phase.asApplyExtrinsic.toNumber()];
						if (xt.method.section === 'actors') {
							const { describeDispatchError } = require('../lib/chain.js');
							line = `actors.${xt.method.method} failed: ${describeDispatchError(api, event.data[0])}`;
						}
					}
					if (line === null) continue;
					console.log(`#${header.number} ${line}`);
					if (++printed >= limit) {
						await api.disconnect();
						return resolve(0);
					}
				}
			} catch (e) {
				reject(e);
			}
		}).catch(reject);
	});
});
