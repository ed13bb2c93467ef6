#!/usr/bin/env node
// coreplay-sequencer-load: how many actors the node's sequencer advances per block (issue 29's throughput
// benchmark): ping-pong actors that all have work, no client submitting APoVs.
'use strict';

const path = require('node:path');
const { connect, signerFrom, readBytes, parseUint, parseCli, runCli, submitAll, findEvent, CliError, COMMON_OPTIONS } = require('../lib/chain.js');
const { deploy } = require('../lib/actors.js');
const { avfDir } = require('../lib/devnode.js');

const USAGE = `usage: coreplay-sequencer-load [options] [ping-pong.avf]

Measures the node's sequencer (coreplay-node --sequencer, on with --dev): creates --actors ping-pong actors in
pairs, actor i's peer being i + n/2 (so that the sequencer, which packs actors by id, never co-schedules two peers:
each receives its peer's message in every block) and sends each one message (signed by --seed, default //Bob: not the
sequencer's key, whose nonces it uses). Each service reads a message and sends the peer one, so every actor has
work at every block (the sequencer serves only actors that consume what waits); no APoV comes from this script.
Then counts,
block by block for --seconds, the actors the sequencer advanced (ActorAdvanced events) and its APoVs, and prints a
table and the sustained figures (per block, per second). Use it against a dev node of its own: it leaves the
actors playing.

options:
  --actors <n>    ping-pong actors, even (default 1024, at most 4096)
  --seconds <n>   how long to count (default 60)
  --json          print the summary as JSON
${COMMON_OPTIONS}`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		actors: { type: 'string', default: '1024' },
		seconds: { type: 'string', default: '60' },
		json: { type: 'boolean', default: false },
		seed: { type: 'string', default: '//Bob' },
	});
	const actors = parseUint(values.actors, '--actors', { max: 4096 });
	const seconds = parseUint(values.seconds, '--seconds', { max: 3600 });
	if (actors === 0 || seconds === 0) throw new CliError('--actors and --seconds must be at least 1');
	if (actors % 2 !== 0) throw new CliError('--actors must be even: ping-pong actors play in pairs');
	const code = readBytes(positionals[0] || path.join(avfDir(), 'ping-pong.avf'));
	const signer = signerFrom(values.seed);
	const log = values.json ? () => {} : console.log;
	const { api } = await connect(values.ws);
	try {
		// Task ids are given in order, so actor `first + i`'s peer is `first + (i + n/2) mod n`.
		const peer = (task) => Buffer.from(new Uint32Array([task]).buffer);
		const next = (await api.query.actors.nextTaskId()).toNumber();
		const peerOf = (i) => next + ((i + actors / 2) % actors);
		const first = await deploy(api, signer, code, peer(peerOf(0)));
		if (first.task !== next) throw new CliError(`another actor was created meanwhile (task ${next}): use a dev node of its own`);
		// Waves of at most 500 transactions: each is a subscription, and a connection may hold 1,024.
		const waves = (txs) => submitAll(api, signer, txs, txs.length ? 500 * txs[0].encodedLength : Infinity);
		const created = await waves(Array.from({ length: actors - 1 }, (_, i) => api.tx.actors.createActor(first.codeHash, `0x${peer(peerOf(i + 1)).toString('hex')}`)));
		const tasks = [first.task];
		for (const c of created) {
			if (c.status === 'rejected') throw new CliError(`create_actor: ${c.reason.message}`);
			if (c.value.error) throw new CliError(`create_actor: ${c.value.error}`);
			tasks.push(findEvent(c.value.events, 'actors', 'ActorCreated').data.task.toNumber());
		}
		if (tasks.some((task, i) => task !== first.task + i)) throw new CliError('the actors were not created in order: their peers are wrong; use a dev node of its own');
		log(`created ${tasks.length} ping-pong actors (tasks ${tasks[0]}..${tasks[tasks.length - 1]}, in pairs ${actors / 2} apart)`);
		const sent = await waves(tasks.map((task) => api.tx.actors.sendMessage(task, '0x00', 0)));
		const failed = sent.filter((s) => s.status === 'rejected' || s.value.error);
		if (failed.length) throw new CliError(`${failed.length} send_message failed`);
		const ours = new Set(tasks);
		log(`sent each one message; counting for ${seconds} s`);

		const perBlock = [];
		const normalMax = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
		const started = Date.now();
		await new Promise((resolve, reject) => {
			api.rpc.chain
				.subscribeNewHeads(async (header) => {
					try {
						const hash = header.hash.toHex();
						const at = await api.at(hash);
						let advanced = 0;
						let apovs = 0;
						for (const { event } of await at.query.system.events()) {
							if (event.section !== 'actors') continue;
							if (event.method === 'ActorAdvanced' && ours.has(event.data.task.toNumber())) advanced++;
							if (event.method === 'ApovCanonicalised') apovs++;
						}
						const weight = (await at.query.system.blockWeight()).normal.refTime.toBigInt();
						perBlock.push({ block: header.number.toNumber(), advanced, apovs, normalWeightPercent: Number((weight * 10000n) / normalMax) / 100 });
						log(`#${header.number.toNumber()}: ${advanced} actors advanced in ${apovs} APoVs`);
						if (Date.now() - started >= seconds * 1000) resolve();
					} catch (e) {
						reject(e);
					}
				})
				.catch(reject);
		});
		const elapsed = (Date.now() - started) / 1000;
		// The first block may hold APoVs submitted before counting began: the rest is the sustained rate.
		const counted = perBlock.slice(1);
		const total = counted.reduce((sum, b) => sum + b.advanced, 0);
		const summary = {
			actors: tasks.length,
			blocks: counted.length,
			maxPerBlock: Math.max(0, ...perBlock.map((b) => b.advanced)),
			meanPerBlock: counted.length ? total / counted.length : 0,
			perSecond: total / elapsed,
			perBlock,
		};
		if (values.json) {
			console.log(JSON.stringify(summary));
		} else {
			log('\n| block | actors advanced | APoVs | normal weight used |\n|---|---|---|---|');
			for (const b of perBlock) log(`| #${b.block} | ${b.advanced} | ${b.apovs} | ${b.normalWeightPercent}% |`);
			log(`\n${tasks.length} actors with work: at most ${summary.maxPerBlock} advanced in a block, ${summary.meanPerBlock.toFixed(1)} per block and ${summary.perSecond.toFixed(1)} per second sustained over ${elapsed.toFixed(0)} s`);
		}
		return 0;
	} finally {
		await api.disconnect();
	}
});
