// zombienet js-script: submits to this node an APoV for actor 0 whose post slab was altered, expects
// actors.PostMismatch, then checks on every node that the block holding it records the same failure and that
// actor 0 did not change.
'use strict';

const { connect, waitForBlock, signerFrom, submit, buildApov, actorRecord, describeDispatchError } = require('../scripts/lib/chain.js');
const { maxFuel, alterPost, sequencerFor } = require('../scripts/lib/actors.js');

async function run(nodeName, networkInfo) {
	const names = Object.keys(networkInfo.nodesByName).sort();
	const own = await connect(networkInfo.nodesByName[nodeName].wsUri);
	const others = await Promise.all(names.map((n) => connect(networkInfo.nodesByName[n].wsUri)));
	try {
		const { api, provider } = own;
		const tampered = alterPost(api, await buildApov(provider, [{ actor: 0, service: 1 }]));
		const before = await actorRecord(api, 0);

		// Signed by actor 0's canonical sequencer (Alice or Bob), so that the replay, not scheduling, refuses it.
		const signer = await sequencerFor(api, [0], ['//Alice', '//Bob'].map(signerFrom));
		const result = await submit(api, api.tx.actors.submitApov(tampered, await maxFuel(api)), signer);
		if (!result.error || !result.error.startsWith('actors.PostMismatch')) {
			throw new Error(`expected actors.PostMismatch, got ${result.error}`);
		}
		console.log(`${nodeName}: rejected in ${result.blockHash}: ${result.error}`);

		for (let i = 0; i < others.length; i++) {
			const other = others[i].api;
			await waitForBlock(other, result.blockHash, { who: names[i] });
			const records = await (await other.at(result.blockHash)).query.system.events();
			const failures = records
				.filter(({ event }) => other.events.system.ExtrinsicFailed.is(event))
				.map(({ event }) => describeDispatchError(other, event.data[0]));
			if (!failures.some((f) => f.startsWith('actors.PostMismatch'))) {
				throw new Error(`${names[i]}: block ${result.blockHash} has no actors.PostMismatch failure (${failures.join('; ')})`);
			}
			const after = await actorRecord(other, 0, result.blockHash);
			if (after.sequence !== before.sequence || after.stateHash !== before.stateHash) {
				throw new Error(`${names[i]}: actor 0 changed: ${before.sequence}/${before.stateHash} -> ${after.sequence}/${after.stateHash}`);
			}
		}
		return 1;
	} finally {
		await own.api.disconnect();
		await Promise.all(others.map(({ api }) => api.disconnect()));
	}
}

module.exports = { run };
