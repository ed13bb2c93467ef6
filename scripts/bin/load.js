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
	submitAll,
	buildApov,
	actorRecord,
	findEvent,
	CliError,
	COMMON_OPTIONS,
} = require('../lib/chain.js');
const { u8aToHex, hexToU8a } = require('@polkadot/util');
const { deploy, fuelLimitFor, signedCallItem, agendaHex } = require('../lib/actors.js');
const { avfDir } = require('../lib/devnode.js');

const avfPath = (name) => path.join(avfDir(), `${name}.avf`);

/**
 * The workloads: the actor, its creation args (hex) for the submitting account `signer`, the Agenda items of one
 * APoV, and the Agenda (for `actors_buildApov`) of one APoV for `task` in round `round`.
 * ledger: `InitArgs { branches: [], balances: [(signer, 10^15)], minter: None }`; each `Transfer` (README) is a
 * call `signer` signs (`SignedCall`, nonces from 0 per actor, `calls` per round) moving 1 unit from `signer` to a
 * new account, so the state grows as it would under real use.
 */
const WORKLOADS = {
	counter: {
		args: () => '0x',
		items: () => 2,
		agenda: (_api, _signer, task) => [{ actor: task, call: '0x00' }, { actor: task, service: 1 }],
	},
	ledger: {
		args: (signer) => `0x0004${u8aToHex(signer.publicKey).slice(2)}${u128le(10n ** 15n)}00`,
		items: (calls) => 1 + calls,
		agenda: (api, signer, task, round, calls) =>
			agendaHex(api, [
				{ actor: task, entry: { Service: { times: 1 } } },
				...Array.from({ length: calls }, (_, j) => {
					const to = `0x${u32le(round * 100000 + j).padEnd(64, '0')}`;
					const input = hexToU8a(`0x00${u8aToHex(signer.publicKey).slice(2)}${to.slice(2)}${u128le(1n)}`);
					return signedCallItem(api, signer, task, (round - 1) * calls + j, input);
				}),
			]),
	},
};

function u32le(n) {
	const b = Buffer.alloc(4);
	b.writeUInt32LE(n);
	return b.toString('hex');
}

function u128le(n) {
	const b = Buffer.alloc(16);
	b.writeBigUInt64LE(n & 0xffffffffffffffffn);
	b.writeBigUInt64LE(n >> 64n, 8);
	return b.toString('hex');
}

const USAGE = `usage: coreplay-load [options] [actor.avf]

A bounded load run against one node (meant for loopback): creates --actors actors of the --workload, then for
each of --rounds rounds builds one APoV per actor (through actors_buildApov), submits them with consecutive
nonces (in waves of --wave-kbytes) and waits until every one is in a block (2 minutes at most per wave, and as
long for a wave's blocks to be finalized before the next).
Prints, per block, how many APoVs and Agenda items it holds and how much of the block's normal-class weight
they used, checks every actor ended at sequence --rounds, and exits 1 if any APoV failed, was rejected by the
pool or an actor is off.

Workloads: counter ([Call inc, Service 1]; counter.avf) and ledger ([Service 1] and --calls Transfer calls the
submitting account signs, each to a new account; ledger.avf), read from $COREPLAY_AVF_DIR (default target/actors) unless given.

options:
  --workload <w>  counter or ledger (default counter)
  --calls <n>     ledger: Transfer calls per APoV (default 50, at most 1000)
  --actors <n>    actors advanced in parallel (default 16, at most 256)
  --rounds <n>    APoVs per actor (default 3, at most 100)
  --max-fuel      declare the runtime's MaxFuel for every APoV instead of a dry-run estimate (shows how the
                  declared weight limits APoVs per block)
  --full-posts    build APoVs with full post snapshots instead of compact ones (deltas against pre, the
                  default), to compare their length
  --wave-kbytes <n>  submit each round's APoVs in waves of at most n KiB of extrinsics, each wave once the
                  previous one is in finalized blocks (default 16384: below the node's default transaction pool
                  limit, --pool-kbytes 20480); 0 submits a round at once
  --json          print the summary as JSON
${COMMON_OPTIONS}`;


runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		workload: { type: 'string', default: 'counter' },
		calls: { type: 'string', default: '50' },
		actors: { type: 'string', default: '16' },
		rounds: { type: 'string', default: '3' },
		'max-fuel': { type: 'boolean', default: false },
		'full-posts': { type: 'boolean', default: false },
		'wave-kbytes': { type: 'string', default: '16384' },
		json: { type: 'boolean', default: false },
	});
	const actors = parseUint(values.actors, '--actors', { max: 256 });
	const rounds = parseUint(values.rounds, '--rounds', { max: 100 });
	if (actors === 0 || rounds === 0) throw new CliError('--actors and --rounds must be at least 1');
	const workload = WORKLOADS[values.workload];
	if (!workload) throw new CliError(`--workload: ${values.workload} is not one of ${Object.keys(WORKLOADS).join(', ')}`);
	const calls = parseUint(values.calls, '--calls', { max: 1000 });
	const waveKbytes = parseUint(values['wave-kbytes'], '--wave-kbytes');
	const waveBytes = waveKbytes === 0 ? Infinity : waveKbytes * 1024;
	const code = readBytes(positionals[0] || avfPath(values.workload));
	const itemsPerApov = workload.items(calls);
	const signer = signerFrom(values.seed);
	const args = workload.args(signer);
	const { api, provider } = await connect(values.ws);
	const log = values.json ? () => {} : console.log;
	try {
		// One upload (and the first actor), then the other actors in one burst.
		const first = await deploy(api, signer, code, hexToU8a(args));
		const created = await submitAll(
			api,
			signer,
			Array.from({ length: actors - 1 }, () => api.tx.actors.createActor(first.codeHash, args)),
		);
		const tasks = [first.task];
		for (const c of created) {
			if (c.status === 'rejected') throw new CliError(`create_actor: ${c.reason.message}`);
			if (c.value.error) throw new CliError(`create_actor: ${c.value.error}`);
			tasks.push(findEvent(c.value.events, 'actors', 'ActorCreated').data.task.toNumber());
		}
		log(`created ${tasks.length} ${values.workload} actors (tasks ${tasks[0]}..${tasks[tasks.length - 1]})`);

		const blocks = new Map(); // block hash -> APoVs included
		let failed = 0;
		let rejected = 0;
		const started = Date.now();
		for (let round = 1; round <= rounds; round++) {
			const apovs = await Promise.all(
				tasks.map((task) =>
					buildApov(provider, workload.agenda(api, signer, task, round, calls), { compact: !values['full-posts'] })),
			);
			const limit = values['max-fuel'] ? api.consts.actors.maxFuel.toString() : await fuelLimitFor(api, signer.address, apovs[0]);
			const results = await submitAll(
				api,
				signer,
				apovs.map((apov) => api.tx.actors.submitApov(apov, limit)),
				waveBytes,
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
			perBlock.push({
				block: header.number.toNumber(),
				hash,
				apovs: count,
				agendaItems: count * itemsPerApov,
				normalWeightPercent: Number((weight * 10000n) / normalMax) / 100,
				bytes: (await api.rpc.chain.getBlock(hash)).block.extrinsics.reduce((sum, x) => sum + x.encodedLength, 0),
			});
		}
		perBlock.sort((a, b) => a.block - b.block);

		let wrong = 0;
		for (const task of tasks) {
			const record = await actorRecord(api, task);
			if (record.sequence !== BigInt(rounds)) wrong++;
		}
		const summary = {
			workload: values.workload,
			agendaItemsPerApov: itemsPerApov,
			actors: tasks.length,
			rounds,
			submitted: tasks.length * rounds,
			canonicalisedOrPending: tasks.length * rounds - failed - rejected,
			failed,
			poolRejected: rejected,
			actorsAtExpectedSequence: tasks.length - wrong,
			blocks: perBlock.length,
			maxApovsPerBlock: Math.max(...perBlock.map((b) => b.apovs)),
			maxAgendaItemsPerBlock: Math.max(...perBlock.map((b) => b.agendaItems)),
			seconds,
			perBlock,
		};
		if (values.json) {
			console.log(JSON.stringify(summary));
		} else {
			log('\n| block | APoVs | Agenda items | normal weight used | extrinsic bytes |\n|---|---|---|---|---|');
			for (const b of perBlock) log(`| #${b.block} | ${b.apovs} | ${b.agendaItems} | ${b.normalWeightPercent}% | ${b.bytes} |`);
			log(`\n${summary.submitted} APoVs submitted in ${seconds.toFixed(1)} s: ${failed} failed, ${rejected} rejected by the pool, ` +
				`${summary.maxApovsPerBlock} at most per block; ${summary.actorsAtExpectedSequence}/${tasks.length} actors at sequence ${rounds}`);
		}
		return failed === 0 && wrong === 0 && rejected === 0 ? 0 : 1;
	} finally {
		await api.disconnect();
	}
});
