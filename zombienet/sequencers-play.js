// zombienet js-script: the nodes as sequencers (issue 29). Through this node, Charlie (no sequencer) deploys
// `ping-pong` pairs (two at least) until both Alice and Bob hold at least one of their actors (`ActorsApi::canonical_sequencer`),
// then sends the first actor of each pair one message. No one else submits anything: the sequencers of alice's and
// bob's nodes see the messages and advance the actors, each message answered by the peer's next round. Waits until
// every actor of the pairs reached sequence 3 and returns how many distinct sequencers submitted their APoVs
// (from the `ApovCanonicalised` events of the blocks since the messages).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { connect, signerFrom, submit, poll, actorRecord } = require('../scripts/lib/chain.js');
const { deploy, canonicalSequencerOf } = require('../scripts/lib/actors.js');
const { avfDir } = require('../scripts/lib/devnode.js');

const ROUNDS = 3n;

async function run(nodeName, networkInfo) {
	const { api } = await connect(networkInfo.nodesByName[nodeName].wsUri);
	try {
		const charlie = signerFrom('//Charlie');
		const sequencers = ['//Alice', '//Bob'].map((uri) => signerFrom(uri).address);
		const code = fs.readFileSync(path.join(avfDir(), 'ping-pong.avf'));
		const peer = (id) => Buffer.from(new Uint32Array([id]).buffer);
		const pairs = [];
		const holders = new Set();
		// At least two pairs, so that a rotation is likely to move one of their actors (sequencers-rotate.js).
		while (holders.size < sequencers.length || pairs.length < 2) {
			if (pairs.length >= 6) throw new Error(`6 pairs deployed and only ${[...holders]} hold any`);
			const first = (await api.query.actors.nextTaskId()).toNumber();
			const a = await deploy(api, charlie, code, peer(first + 1));
			const b = await deploy(api, charlie, code, peer(first));
			pairs.push([a.task, b.task]);
			const next = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
			for (const task of [a.task, b.task]) holders.add(await canonicalSequencerOf(api, [task], next));
			console.log(`pair ${a.task}, ${b.task} deployed; sequencers holding actors: ${[...holders].join(', ')}`);
		}
		let since = null;
		for (const [a] of pairs) {
			const sent = await submit(api, api.tx.actors.sendMessage(a, '0x00', 0), charlie);
			if (sent.error) throw new Error(`send_message to ${a}: ${sent.error}`);
			since = since ?? (await api.rpc.chain.getHeader(sent.blockHash)).number.toNumber();
		}
		const tasks = pairs.flat();
		await poll(`every ping-pong actor at sequence ${ROUNDS}`, async () => {
			const sequences = await Promise.all(tasks.map(async (t) => (await actorRecord(api, t)).sequence));
			console.log(`sequences: ${tasks.map((t, i) => `${t}:${sequences[i]}`).join(' ')}`);
			return sequences.every((s) => s >= ROUNDS) ? true : undefined;
		}, { attempts: 60, intervalMs: 5000 });
		// Who submitted the APoVs since the messages: the sequencers only.
		const submitters = new Set();
		const head = (await api.rpc.chain.getHeader()).number.toNumber();
		for (let n = since; n <= head; n++) {
			const hash = await api.rpc.chain.getBlockHash(n);
			for (const { event } of await (await api.at(hash)).query.system.events()) {
				if (event.section === 'actors' && event.method === 'ApovCanonicalised') submitters.add(event.data.submitter.toString());
			}
		}
		const strangers = [...submitters].filter((s) => !sequencers.includes(s));
		if (strangers.length) throw new Error(`APoVs submitted by ${strangers.join(', ')}, not sequencers`);
		console.log(`APoVs submitted by ${[...submitters].join(', ')} over blocks ${since}..${head}`);
		return submitters.size;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
