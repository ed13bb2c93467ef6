#!/usr/bin/env node
// coreplay-load: a bounded load run: many actors advanced by APoVs at once, then a per-block summary.
'use strict';

const path = require('node:path');
const {
	connect,
	signerFrom,
	readBytes,
	parseUint,
	parseCli,
	runCli,
	submit,
	buildApov,
	actorRecord,
	findEvent,
	CliError,
	COMMON_OPTIONS,
} = require('../lib/chain.js');
const { deploy, fuelLimitFor } = require('../lib/actors.js');

const DEFAULT_AVF = path.join(__dirname, '..', '..', 'target', 'actors', 'counter.avf');

const USAGE = `usage: coreplay-load [options] [counter.avf]

A bounded load run against one node (meant for loopback): creates --actors counter actors, then for each of
--rounds rounds builds one APoV per actor ([Call inc, Service 1], through actors_buildApov), submits them all at
once with consecutive nonces and waits until every one is in a block (2 minutes at most). Prints, per block, how
many APoVs it holds and how much of the block's normal-class weight they used, checks every actor ended at
sequence --rounds, and exits 1 if any APoV failed, was rejected by the pool or an actor is off.

options:
  --actors <n>    actors advanced in parallel (default 16, at most 256)
  --rounds <n>    APoVs per actor (default 3, at most 100)
  --max-fuel      declare the runtime's MaxFuel for every APoV instead of a dry-run estimate (shows how the
                  declared weight limits APoVs per block)
  --json          print the summary as JSON
${COMMON_OPTIONS}`;

/** Submits `txs` (unsigned) signed with consecutive nonces from `signer`'s next index; settles them all. */
async function submitAll(api, signer, txs) {
	let nonce = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
	return Promise.allSettled(
		txs.map((tx) => submit(api, tx, signer, { nonce: nonce++, timeoutMs: 120000 })),
	);
}

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		actors: { type: 'string', default: '16' },
		rounds: { type: 'string', default: '3' },
		'max-fuel': { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
	});
	const actors = parseUint(values.actors, '--actors', { max: 256 });
	const rounds = parseUint(values.rounds, '--rounds', { max: 100 });
	if (actors === 0 || rounds === 0) throw new CliError('--actors and --rounds must be at least 1');
	const code = readBytes(positionals[0] || DEFAULT_AVF);
	const signer = signerFrom(values.seed);
	const { api, provider } = await connect(values.ws);
	const log = values.json ? () => {} : console.log;
	try {
		// One upload (and the first actor), then the other actors in one burst.
		const first = await deploy(api, signer, code);
		const created = await submitAll(
			api,
			signer,
			Array.from({ length: actors - 1 }, () => api.tx.actors.createActor(first.codeHash, '0x')),
		);
		const tasks = [first.task];
		for (const c of created) {
			if (c.status === 'rejected') throw new CliError(`create_actor: ${c.reason.message}`);
			if (c.value.error) throw new CliError(`create_actor: ${c.value.error}`);
			tasks.push(findEvent(c.value.events, 'actors', 'ActorCreated').data.task.toNumber());
		}
		log(`created ${tasks.length} counter actors (tasks ${tasks[0]}..${tasks[tasks.length - 1]})`);

		const blocks = new Map(); // block hash -> APoVs included
		let failed = 0;
		let rejected = 0;
		const started = Date.now();
		for (let round = 1; round <= rounds; round++) {
			const apovs = await Promise.all(
				tasks.map((task) => buildApov(provider, [{ actor: task, call: '0x00' }, { actor: task, service: 1 }])),
			);
			const limit = values['max-fuel'] ? api.consts.actors.maxFuel.toString() : await fuelLimitFor(api, signer.address, apovs[0]);
			const results = await submitAll(
				api,
				signer,
				apovs.map((apov) => api.tx.actors.submitApov(apov, limit)),
			);
			for (const r of results) {
				if (r.status === 'rejected') {
					rejected++;
					log(`  pool rejected an APoV: ${r.reason.message}`);
				} else {
					if (r.value.error) {
						failed++;
						log(`  an APoV failed: ${r.value.error}`);
					}
					blocks.set(r.value.blockHash, (blocks.get(r.value.blockHash) || 0) + 1);
				}
			}
			log(`round ${round}: ${apovs.length} APoVs (fuel limit ${limit} each) in ${new Set(results.filter((r) => r.status === 'fulfilled').map((r) => r.value.blockHash)).size} block(s)`);
		}
		const seconds = (Date.now() - started) / 1000;

		const perBlock = [];
		const normalMax = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
		for (const [hash, count] of blocks) {
			const at = await api.at(hash);
			const header = await api.rpc.chain.getHeader(hash);
			const weight = (await at.query.system.blockWeight()).normal.refTime.toBigInt();
			perBlock.push({ block: header.number.toNumber(), hash, apovs: count, normalWeightPercent: Number((weight * 10000n) / normalMax) / 100 });
		}
		perBlock.sort((a, b) => a.block - b.block);

		let wrong = 0;
		for (const task of tasks) {
			const record = await actorRecord(api, task);
			if (record.sequence !== BigInt(rounds)) wrong++;
		}
		const summary = {
			actors: tasks.length,
			rounds,
			submitted: tasks.length * rounds,
			canonicalisedOrPending: tasks.length * rounds - failed - rejected,
			failed,
			poolRejected: rejected,
			actorsAtExpectedSequence: tasks.length - wrong,
			blocks: perBlock.length,
			maxApovsPerBlock: Math.max(...perBlock.map((b) => b.apovs)),
			seconds,
			perBlock,
		};
		if (values.json) {
			console.log(JSON.stringify(summary));
		} else {
			log('\n| block | APoVs | normal weight used |\n|---|---|---|');
			for (const b of perBlock) log(`| #${b.block} | ${b.apovs} | ${b.normalWeightPercent}% |`);
			log(`\n${summary.submitted} APoVs submitted in ${seconds.toFixed(1)} s: ${failed} failed, ${rejected} rejected by the pool, ` +
				`${summary.maxApovsPerBlock} at most per block; ${summary.actorsAtExpectedSequence}/${tasks.length} actors at sequence ${rounds}`);
		}
		return failed === 0 && wrong === 0 && rejected === 0 ? 0 : 1;
	} finally {
		await api.disconnect();
	}
});
