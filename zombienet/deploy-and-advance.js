// zombienet js-script: deploys `counter` and two `ping-pong` instances through node args[0], then advances them
// with APoVs built and submitted through node args[1] (so the second node serves snapshots it only imported).
// Returns the number of APoVs canonicalised.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { connect, signerFrom, actorEvents, submit } = require('../scripts/lib/chain.js');
const { deploy, callActor, buildAndSubmit, sequencerFor } = require('../scripts/lib/actors.js');
const { avfDir } = require('../scripts/lib/devnode.js');

const avf = (name) => fs.readFileSync(path.join(avfDir(), `${name}.avf`));

async function run(nodeName, networkInfo, args) {
	const [deployVia, submitVia] = args.length === 2 ? args : ['alice', 'bob'];
	const deployer = await connect(networkInfo.nodesByName[deployVia].wsUri);
	const submitter = await connect(networkInfo.nodesByName[submitVia].wsUri);
	try {
		const alice = signerFrom('//Alice');
		const bob = signerFrom('//Bob');
		const first = (await deployer.api.query.actors.nextTaskId()).toNumber();
		const peer = (id) => Buffer.from(new Uint32Array([id]).buffer);
		const counter = await deploy(deployer.api, alice, avf('counter'));
		const ping = await deploy(deployer.api, alice, avf('ping-pong'), peer(first + 2));
		const pong = await deploy(deployer.api, alice, avf('ping-pong'), peer(first + 1));
		console.log(`deployed through ${deployVia}: counter ${counter.task}, ping-pong ${ping.task} and ${pong.task}`);
		// pong joins ping's affinity group (at once: it has not advanced), so one sequencer co-schedules the pair.
		const grouped = await submit(deployer.api, deployer.api.tx.actors.setAffinity(pong.task, ping.task), alice);
		if (grouped.error) throw new Error(`set_affinity: ${grouped.error}`);
		// Each APoV is signed by its actors' canonical sequencer (Alice or Bob on the local chain).
		const signer = (tasks) => sequencerFor(submitter.api, tasks, [alice, bob]);

		let canonicalised = 0;
		for (let round = 1; round <= 2; round++) {
			const inc = await callActor(submitter.api, submitter.provider, await signer([counter.task]), counter.task, Uint8Array.of(0x00));
			if (inc.error) throw new Error(`counter APoV ${round} via ${submitVia}: ${inc.error}`);
			const pair = await buildAndSubmit(submitter.api, submitter.provider, await signer([ping.task, pong.task]), [
				{ actor: ping.task, service: 1 },
				{ actor: pong.task, service: 1 },
			]);
			if (pair.error) throw new Error(`ping-pong APoV ${round} via ${submitVia}: ${pair.error}`);
			for (const r of [inc, pair]) {
				canonicalised += actorEvents(r.events).filter((e) => e.name === 'actors.ApovCanonicalised').length;
			}
			console.log(`round ${round}: counter returned ${inc.output}; ping-pong advanced in ${pair.blockHash}`);
		}
		if (canonicalised !== 4) throw new Error(`expected 4 APoVs canonicalised, saw ${canonicalised}`);
		return canonicalised;
	} finally {
		await deployer.api.disconnect();
		await submitter.api.disconnect();
	}
}

module.exports = { run };
