// zombienet js-script: every node reports the same sequence and state hash for every actor at one finalised
// block, through both the chain state (actors.actors) and the actors_getActorState RPC (whose snapshot must hash
// to it). With args [n], it waits (re-checking at newer finalised blocks) until every actor's sequence is at least
// n, since finality trails the blocks the APoVs went into. Returns the lowest sequence seen.
'use strict';

const { connect, sleep, waitForBlock, actorRecord, getActorState, blake2AsHex } = require('../scripts/lib/chain.js');

async function run(nodeName, networkInfo, args) {
	const minimum = Number(args[0] || 0);
	const names = Object.keys(networkInfo.nodesByName).sort();
	const conns = await Promise.all(names.map((n) => connect(networkInfo.nodesByName[n].wsUri)));
	try {
		for (;;) {
			const lowest = await check(names, conns);
			if (lowest >= minimum) return lowest;
			console.log(`lowest sequence ${lowest} < ${minimum} at the finalised head; checking again`);
			await sleep(3000);
		}
	} finally {
		await Promise.all(conns.map(({ api }) => api.disconnect()));
	}
}

/** Checks every actor on every node at the first node's finalised head; returns the lowest sequence. */
async function check(names, conns) {
	const at = (await conns[0].api.rpc.chain.getFinalizedHead()).toHex();
	for (let i = 0; i < conns.length; i++) await waitForBlock(conns[i].api, at, { who: names[i] });
	const actors = (await (await conns[0].api.at(at)).query.actors.nextTaskId()).toNumber();
	if (actors === 0) throw new Error(`no actors at ${at}`);
	let lowest = Infinity;
	for (let task = 0; task < actors; task++) {
		const seen = [];
		for (let i = 0; i < conns.length; i++) {
			const { api, provider } = conns[i];
			const record = await actorRecord(api, task, at);
			const view = await getActorState(provider, task, at);
			if (view.stateHash !== record.stateHash || BigInt(view.sequence) !== record.sequence) {
				throw new Error(`${names[i]}: actors_getActorState(${task}) disagrees with its own chain state`);
			}
			if (blake2AsHex(view.state, 256) !== record.stateHash) {
				throw new Error(`${names[i]}: the snapshot of actor ${task} does not hash to its state hash`);
			}
			seen.push(`${record.sequence}/${record.stateHash}`);
			lowest = Math.min(lowest, Number(record.sequence));
		}
		if (new Set(seen).size !== 1) {
			throw new Error(`actor ${task}: nodes disagree at ${at}: ${names.map((n, i) => `${n}=${seen[i]}`).join(' ')}`);
		}
		console.log(`actor ${task} at ${at}: ${seen[0]} on ${names.join(', ')}`);
	}
	return lowest;
}

module.exports = { run };
