// zombienet js-script: a mixed workload spread over every node, with valid and invalid APoVs, for the
// determinism check that follows it in 0002-mixed-workload.zndsl.
//
// Deploys minimal, spin (2,000 steps per service), sidetask, mutex, ledger and counter through the first node;
// then, rotating over the nodes, each APoV signed by its actors' canonical sequencer (Alice or Bob, the local
// chain's sequencers), submits valid APoVs (services, calls, a sidetask job spread over several APoVs, a
// co-scheduled pair of one affinity group) and invalid ones, each expected to fail with its pallet error: a
// replayed APoV (StaleSequence), an altered post slab (PostMismatch), too little fuel (OutOfFuel), an APoV signed
// by Charlie, no sequencer (NotCanonicalSequencer). Returns the number of APoVs that did what was expected.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { connect, waitForBlock, signerFrom, submit, submitAll, findEvent, buildApov, blake2AsHex, u8aToHex } = require('../scripts/lib/chain.js');
const { buildAndSubmit, callActor, alterPost, sequencerFor } = require('../scripts/lib/actors.js');
const { avfDir } = require('../scripts/lib/devnode.js');

const avf = (name) => fs.readFileSync(path.join(avfDir(), `${name}.avf`));
const u32le = (n) => {
	const b = Buffer.alloc(4);
	b.writeUInt32LE(n);
	return b;
};

async function run(nodeName, networkInfo) {
	const names = Object.keys(networkInfo.nodesByName).sort();
	const conns = await Promise.all(names.map((n) => connect(networkInfo.nodesByName[n].wsUri)));
	const signers = ['//Alice', '//Bob', '//Charlie'].map(signerFrom);
	let turn = 0;
	// Each step runs on the next node, signed by the canonical sequencer of its actors (`tasks`).
	const next = async (tasks) => {
		const i = turn++ % conns.length;
		return { ...conns[i], signer: await sequencerFor(conns[i].api, tasks, signers), name: names[i] };
	};
	let ok = 0;
	// Every node's best block reaches `hash`, so the next step, built on any node, sees its effects.
	const everywhere = async (hash) => {
		for (let i = 0; i < conns.length; i++) {
			await waitForBlock(conns[i].api, hash, { who: names[i], best: true, attempts: 60, intervalMs: 500 });
		}
	};
	const expect = async (what, promise, error = null) => {
		const r = await promise;
		await everywhere(r.blockHash);
		if (error === null ? r.error !== null : !(r.error || '').startsWith(error)) {
			throw new Error(`${what}: expected ${error || 'success'}, got ${r.error || 'success'}`);
		}
		console.log(`${what}: ${r.error ? r.error.split(':')[0] : 'ok'}`);
		ok++;
		return r;
	};
	try {
		const { api } = conns[0];
		const first = (await api.query.actors.nextTaskId()).toNumber();
		const deployer = signers[0];
		const actors = [
			['minimal', '0x'],
			['spin', u8aToHex(u32le(2000))],
			['sidetask', '0x'],
			['mutex', '0x'],
			['ledger', '0x000000'],
			['counter', '0x'],
		];
		// All uploads at once, then all creations at once (consecutive nonces: the ids follow in this order).
		const codes = actors.map(([name]) => avf(name));
		const settled = async (what, txs) => {
			const results = await submitAll(api, deployer, txs);
			for (const [i, r] of results.entries()) {
				const error = r.status === 'rejected' ? r.reason.message : r.value.error;
				if (error) throw new Error(`${what} ${actors[i][0]}: ${error}`);
			}
			return results.map((r) => r.value);
		};
		await settled('upload_code', codes.map((code) => api.tx.actors.uploadCode(u8aToHex(code))));
		const created = await settled('create_actor', actors.map(([, args], i) => api.tx.actors.createActor(blake2AsHex(codes[i], 256), args)));
		const ids = {};
		for (const [i, [name]] of actors.entries()) ids[name] = findEvent(created[i].events, 'actors', 'ActorCreated').data.task.toNumber();
		console.log(`deployed from task ${first}: ${JSON.stringify(ids)}`);
		// counter joins spin's affinity group (at once: neither has advanced), so one sequencer co-schedules them.
		const grouped = await submit(api, api.tx.actors.setAffinity(ids.counter, ids.spin), deployer);
		if (grouped.error) throw new Error(`set_affinity: ${grouped.error}`);

		for (const name of Object.keys(ids)) {
			const c = await next([ids[name]]);
			await expect(`${name} service via ${c.name}`, buildAndSubmit(c.api, c.provider, c.signer, [{ actor: ids[name], service: 2 }]));
		}
		let c = await next([ids.minimal]);
		await expect('minimal echo call', callActor(c.api, c.provider, c.signer, ids.minimal, Uint8Array.of(0x2a)));
		// A sidetask job of 2,500 steps: queued now, done after three services.
		const job = Buffer.concat([Buffer.from([0x00]), u32le(1), u32le(2500), Buffer.alloc(8, 3)]);
		c = await next([ids.sidetask]);
		await expect('sidetask job queued', callActor(c.api, c.provider, c.signer, ids.sidetask, job));
		for (let i = 0; i < 2; i++) {
			c = await next([ids.sidetask]);
			await expect('sidetask service', buildAndSubmit(c.api, c.provider, c.signer, [{ actor: ids.sidetask, service: 1 }]));
		}
		c = await next([ids.spin, ids.counter]);
		await expect('spin and counter co-scheduled', buildAndSubmit(c.api, c.provider, c.signer, [
			{ actor: ids.spin, service: 1 },
			{ actor: ids.counter, call: '0x00' },
			{ actor: ids.counter, service: 1 },
		]));

		// Invalid: the same APoV twice (the second is stale), an altered post, too little fuel, no sequencer.
		c = await next([ids.mutex]);
		const apov = await buildApov(c.provider, [{ actor: ids.mutex, service: 1 }]);
		await expect('mutex APoV', submit(c.api, c.api.tx.actors.submitApov(apov, 1000000), c.signer));
		c = await next([ids.mutex]);
		await expect('the same APoV again', submit(c.api, c.api.tx.actors.submitApov(apov, 1000000), c.signer), 'actors.StaleSequence');
		c = await next([ids.ledger]);
		const ledgerApov = await buildApov(c.provider, [{ actor: ids.ledger, service: 1 }]);
		const altered = alterPost(c.api, ledgerApov, { at: (length) => Math.floor(length / 2), mask: 0x01 });
		await expect('ledger APoV with an altered post', submit(c.api, c.api.tx.actors.submitApov(altered, 1000000), c.signer), 'actors.PostMismatch');
		c = await next([ids.spin]);
		const heavy = await buildApov(c.provider, [{ actor: ids.spin, service: 5 }]);
		await expect('spin APoV with too little fuel', submit(c.api, c.api.tx.actors.submitApov(heavy, 1000), c.signer), 'actors.OutOfFuel');
		c = await next([ids.counter]);
		const unsequenced = await buildApov(c.provider, [{ actor: ids.counter, service: 1 }]);
		await expect('counter APoV signed by Charlie', submit(c.api, c.api.tx.actors.submitApov(unsequenced, 1000000), signers[2]), 'actors.NotCanonicalSequencer');
		return ok;
	} finally {
		await Promise.all(conns.map(({ api }) => api.disconnect()));
	}
}

module.exports = { run };
