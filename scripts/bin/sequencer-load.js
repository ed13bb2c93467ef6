#!/usr/bin/env node
// coreplay-sequencer-load: how many actors the node's sequencer advances per block (issue 29's throughput
// benchmark): ping-pong or heartbeat actors that all have work, no client submitting APoVs.
'use strict';

const path = require('node:path');
const { connect, signerFrom, readBytes, parseUint, parseCli, runCli, submitAll, findEvent, CliError, COMMON_OPTIONS } = require('../lib/chain.js');
const { deploy } = require('../lib/actors.js');
const { avfDir } = require('../lib/devnode.js');
const { bnToU8a, u8aToHex } = require('@polkadot/util');

const USAGE = `usage: coreplay-sequencer-load [options] [actor.avf]

Measures the node's sequencer (coreplay-node --sequencer, on with --dev). Everything is signed by --seed (default
//Bob: not the sequencer's key, whose nonces it uses); no APoV comes from this script. --workload:
  ping-pong  creates --actors ping-pong actors in pairs, actor i's peer being i + n/2 (so that the sequencer, which
             packs actors by id, never co-schedules two peers: each receives its peer's message in every block),
             and sends each one message. Each service reads what waits and sends the peer one message, so every
             actor has work at every block (the sequencer serves only actors that consume what waits).
  heartbeat  creates --actors heartbeat actors, each offering --tip per APoV for as many beats as the run needs,
             and funds each actor's account with enough for them: the sequencer serves them for their payout alone
             (it covers their share of the fee), with no message and no call.
Then counts,
block by block for --seconds, the actors the sequencer advanced (ActorAdvanced events) and its APoVs, and prints a
table and the sustained figures (per block, per second). Use it against a dev node of its own: it leaves the
actors playing.

options:
  --workload <w>  ping-pong (default) or heartbeat
  --actors <n>    actors, even for ping-pong (default 1024, at most 4096)
  --seconds <n>   how long to count (default 60)
  --tip <n>       heartbeat: the tip per APoV, in the chain's smallest unit (default 10000000000, 0.01 UNIT)
  --json          print the summary as JSON
${COMMON_OPTIONS}`;

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		actors: { type: 'string', default: '1024' },
		seconds: { type: 'string', default: '60' },
		workload: { type: 'string', default: 'ping-pong' },
		tip: { type: 'string', default: '10000000000' },
		json: { type: 'boolean', default: false },
		seed: { type: 'string', default: '//Bob' },
	});
	const actors = parseUint(values.actors, '--actors', { max: 4096 });
	const seconds = parseUint(values.seconds, '--seconds', { max: 3600 });
	if (actors === 0 || seconds === 0) throw new CliError('--actors and --seconds must be at least 1');
	const workload = values.workload;
	if (workload !== 'ping-pong' && workload !== 'heartbeat') throw new CliError(`--workload ${workload}: ping-pong or heartbeat`);
	if (workload === 'ping-pong' && actors % 2 !== 0) throw new CliError('--actors must be even: ping-pong actors play in pairs');
	const tip = BigInt(parseUint(values.tip, '--tip', { max: Number.MAX_SAFE_INTEGER }));
	const code = readBytes(positionals[0] || path.join(avfDir(), `${workload}.avf`));
	const signer = signerFrom(values.seed);
	const log = values.json ? () => {} : console.log;
	const { api } = await connect(values.ws);
	try {
		// Task ids are given in order, so ping-pong actor `first + i`'s peer is `first + (i + n/2) mod n`.
		const peer = (task) => Buffer.from(new Uint32Array([task]).buffer);
		const next = (await api.query.actors.nextTaskId()).toNumber();
		const peerOf = (i) => next + ((i + actors / 2) % actors);
		// A heartbeat beats once per block at most: a beat per 6-second block of the run, and more to spare.
		const beats = BigInt(Math.ceil(seconds / 6) * 4 + 100);
		const heartbeatArgs = Buffer.concat([Buffer.from(bnToU8a(tip, { bitLength: 128, isLe: true })), Buffer.from(bnToU8a(beats, { bitLength: 64, isLe: true }))]);
		const argsOf = (i) => (workload === 'ping-pong' ? peer(peerOf(i)) : heartbeatArgs);
		const first = await deploy(api, signer, code, argsOf(0));
		if (first.task !== next) throw new CliError(`another actor was created meanwhile (task ${next}): use a dev node of its own`);
		// Waves of at most 500 transactions: each is a subscription, and a connection may hold 1,024.
		const waves = (txs) => submitAll(api, signer, txs, txs.length ? 500 * txs[0].encodedLength : Infinity);
		const created = await waves(Array.from({ length: actors - 1 }, (_, i) => api.tx.actors.createActor(first.codeHash, u8aToHex(argsOf(i + 1)))));
		const tasks = [first.task];
		const accounts = [first.account];
		for (const c of created) {
			if (c.status === 'rejected') throw new CliError(`create_actor: ${c.reason.message}`);
			if (c.value.error) throw new CliError(`create_actor: ${c.value.error}`);
			const event = findEvent(c.value.events, 'actors', 'ActorCreated');
			tasks.push(event.data.task.toNumber());
			accounts.push(event.data.account.toString());
		}
		if (tasks.some((task, i) => task !== first.task + i)) throw new CliError('the actors were not created in order: their peers are wrong; use a dev node of its own');
		if (workload === 'ping-pong') {
			log(`created ${tasks.length} ping-pong actors (tasks ${tasks[0]}..${tasks[tasks.length - 1]}, in pairs ${actors / 2} apart)`);
			const sent = await waves(tasks.map((task) => api.tx.actors.sendMessage(task, '0x00', 0)));
			const failed = sent.filter((s) => s.status === 'rejected' || s.value.error);
			if (failed.length) throw new CliError(`${failed.length} send_message failed`);
			log(`sent each one message; counting for ${seconds} s`);
		} else {
			// Each account gets its tips for every beat, and the existential deposit it must keep.
			const fund = tip * beats + api.consts.balances.existentialDeposit.toBigInt();
			const funded = await waves(accounts.map((account) => api.tx.balances.transferKeepAlive(account, fund)));
			const failed = funded.filter((s) => s.status === 'rejected' || s.value.error);
			if (failed.length) throw new CliError(`${failed.length} transfers to the actors failed: is ${signer.address} funded?`);
			log(`created ${tasks.length} heartbeat actors (tasks ${tasks[0]}..${tasks[tasks.length - 1]}), each offering ${tip} per APoV and funded with ${fund}; counting for ${seconds} s`);
		}
		const ours = new Set(tasks);

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
						let payouts = 0;
						for (const { event } of await at.query.system.events()) {
							if (event.section !== 'actors') continue;
							if (event.method === 'ActorAdvanced' && ours.has(event.data.task.toNumber())) advanced++;
							if (event.method === 'ApovCanonicalised') apovs++;
							if (event.method === 'PayoutPaid' && ours.has(event.data.task.toNumber())) payouts++;
						}
						const weight = (await at.query.system.blockWeight()).normal.refTime.toBigInt();
						perBlock.push({ block: header.number.toNumber(), advanced, apovs, payouts, normalWeightPercent: Number((weight * 10000n) / normalMax) / 100 });
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
			log('\n| block | actors advanced | APoVs | payouts | normal weight used |\n|---|---|---|---|---|');
			for (const b of perBlock) log(`| #${b.block} | ${b.advanced} | ${b.apovs} | ${b.payouts} | ${b.normalWeightPercent}% |`);
			log(`\n${tasks.length} actors with work: at most ${summary.maxPerBlock} advanced in a block, ${summary.meanPerBlock.toFixed(1)} per block and ${summary.perSecond.toFixed(1)} per second sustained over ${elapsed.toFixed(0)} s`);
		}
		return 0;
	} finally {
		await api.disconnect();
	}
});
