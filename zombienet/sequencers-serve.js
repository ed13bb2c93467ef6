// zombienet js-script: users reach actors through the sequencers' call pools, and actors that pay are served (issue
// 29). Through charlie's node (no sequencer), Charlie deploys a ledger of two branches and a sidetask; every call
// is signed here and handed to the node of the actor's canonical sequencer (`actors_submitCall`), never in an APoV
// of a client:
// - a transfer within branch 1 (Charlie → Dave, 10), then a transfer out to branch 2 (Charlie → Dave, 20), whose
//   credit message branch 2's sequencer serves;
// - a sidetask job of 3,500 steps queued by Dave's call, which the sidetask's `payout` (its account funded) keeps
//   worth serving until it is done.
// Then, over at least 20 blocks since it started, every `ping-pong` actor of sequencers-play.js kept advancing, and
// only the sequencers submitted APoVs, both of them. Returns the number of blocks watched.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { connect, signerFrom, submit, poll, sleep, buildApov, decodeApov, actorRecord, blake2AsHex, u8aToHex } = require('../scripts/lib/chain.js');
const { deploy, canonicalSequencerOf, submitCall, callNonce } = require('../scripts/lib/actors.js');
const { avfDir } = require('../scripts/lib/devnode.js');
// @polkadot/util from scripts/node_modules, as the shared library loads it.
const { bnToU8a } = require(require.resolve('@polkadot/util', { paths: [path.join(__dirname, '..', 'scripts')] }));

/** Blocks of progress to watch. */
const BLOCKS = 20;

const u128le = (n) => Buffer.from(bnToU8a(n, { bitLength: 128, isLe: true }));
const u32le = (n) => Buffer.from(new Uint32Array([n]).buffer);
const avf = (name) => fs.readFileSync(path.join(avfDir(), `${name}.avf`));

/** `InitArgs { branches, balances, minter: None }` of the ledger (its README). */
function ledgerArgs(branches, balances) {
	const compact = (n) => Buffer.from([n << 2]);
	return Buffer.concat([
		compact(branches.length), ...branches.map(u32le),
		compact(balances.length), ...balances.flatMap(([who, amount]) => [who, u128le(amount)]),
		Buffer.from([0x00]),
	]);
}

/** The output of `Call { input }` on `task` at the best block, built by the node, not submitted. */
async function dryCall(api, provider, task, input) {
	const apov = await buildApov(provider, [{ actor: task, call: u8aToHex(input) }, { actor: task, service: 1 }]);
	return decodeApov(api, apov).agenda[0].entry.asCall.output.toHex();
}

async function run(nodeName, networkInfo) {
	const names = ['alice', 'bob'];
	const conns = Object.fromEntries(await Promise.all([nodeName, ...names].map(async (n) => [n, await connect(networkInfo.nodesByName[n].wsUri)])));
	const { api, provider } = conns[nodeName];
	try {
		const start = (await api.rpc.chain.getHeader()).number.toNumber();
		const nodeOf = Object.fromEntries(names.map((n) => [signerFrom(`//${n[0].toUpperCase()}${n.slice(1)}`).address, n]));
		const [charlie, dave] = [signerFrom('//Charlie'), signerFrom('//Dave')];
		const [c, d] = [Buffer.from(charlie.publicKey), Buffer.from(dave.publicKey)];

		/** Hands `signer`'s call to the node of `task`'s canonical sequencer; a rotation in between is retried. */
		const viaSequencer = async (signer, task, input) => {
			for (let attempt = 1; ; attempt++) {
				const next = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
				const holder = await canonicalSequencerOf(api, [task], next);
				const conn = conns[nodeOf[holder]];
				if (!conn) throw new Error(`actor ${task} is held by ${holder}, no sequencer of this network`);
				try {
					const r = await submitCall(conn.api, conn.provider, signer, task, input);
					console.log(`actor ${task}: call ${r.nonce} of ${signer.address} carried by ${nodeOf[holder]}'s APoV ${r.extrinsic} (sequence ${r.sequence})`);
					await poll(`call ${r.nonce} to actor ${task} on chain`, async () => ((await callNonce(api, signer.address, task)) > r.nonce ? true : undefined), { attempts: 60, intervalMs: 2000 });
					return r;
				} catch (e) {
					if (attempt >= 5 || !/9019|9020/.test(e.message)) throw e;
					console.log(`actor ${task}: ${e.message}; trying again`);
					await sleep(6000);
				}
			}
		};

		// The ledger: branch 1 mints 1,000 to Charlie; branch 2 starts empty. Ids are given in creation order.
		const first = (await api.query.actors.nextTaskId()).toNumber();
		const code = avf('ledger');
		const one = await deploy(api, charlie, code, ledgerArgs([first + 1], [[c, 1000n]]));
		const two = await deploy(api, charlie, code, ledgerArgs([first], []));
		if (one.task !== first || two.task !== first + 1) throw new Error('another actor was created meanwhile');
		const balance = async (task, who) => BigInt(`0x${Buffer.from((await dryCall(api, provider, task, Buffer.concat([Buffer.from([0x02]), who]))).slice(2), 'hex').reverse().toString('hex') || '0'}`);
		await viaSequencer(charlie, one.task, Buffer.concat([Buffer.from([0x00]), c, d, u128le(10n)]));
		await viaSequencer(charlie, one.task, Buffer.concat([Buffer.from([0x01]), c, u32le(two.task), d, u128le(20n)]));
		await poll('the credit served on branch 2', async () => ((await balance(two.task, d)) === 20n ? true : undefined), { attempts: 60, intervalMs: 2000 });
		const [charlieLeft, daveOnOne] = [await balance(one.task, c), await balance(one.task, d)];
		if (charlieLeft !== 1000n - 11n - 22n || daveOnOne !== 10n) throw new Error(`branch 1: Charlie ${charlieLeft}, Dave ${daveOnOne}`);
		console.log(`ledger: Charlie ${charlieLeft} and Dave ${daveOnOne} on branch ${one.task}, Dave 20 on branch ${two.task}`);

		// The sidetask: funded, then a job of 3,500 steps (4 services) queued by Dave's call.
		const side = await deploy(api, charlie, avf('sidetask'));
		const funded = await submit(api, api.tx.balances.transferKeepAlive(side.account, 1_000_000_000_000n), charlie);
		if (funded.error) throw new Error(`funding the sidetask: ${funded.error}`);
		const job = Buffer.concat([Buffer.from([0x00]), u32le(1), u32le(3500), Buffer.from(new BigUint64Array([7n]).buffer)]);
		await viaSequencer(dave, side.task, job);
		let x = 7n;
		for (let i = 0; i < 3500; i++) x = (x * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
		const done = `0x02${Buffer.from(new BigUint64Array([x]).buffer).toString('hex')}`;
		await poll('the sidetask job done', async () => ((await dryCall(api, provider, side.task, Buffer.concat([Buffer.from([0x01]), u32le(1)]))) === done ? true : undefined), { attempts: 60, intervalMs: 2000 });
		console.log(`sidetask ${side.task}: job 1 done at sequence ${(await actorRecord(api, side.task)).sequence}`);

		// Progress over at least BLOCKS blocks: every ping-pong actor advanced, only the sequencers submitted.
		const pingPong = blake2AsHex(avf('ping-pong'), 256);
		const actors = (await api.query.actors.nextTaskId()).toNumber();
		const players = [];
		for (let task = 0; task < actors; task++) if ((await actorRecord(api, task)).codeHash === pingPong) players.push(task);
		if (players.length === 0) throw new Error('no ping-pong actors: run sequencers-play.js first');
		const sequencesAt = async (hash) => Promise.all(players.map(async (t) => (await actorRecord(api, t, hash)).sequence));
		await poll(`${BLOCKS} blocks since #${start}`, async () => ((await api.rpc.chain.getHeader()).number.toNumber() >= start + BLOCKS ? true : undefined), { attempts: BLOCKS * 3, intervalMs: 3000 });
		const end = (await api.rpc.chain.getHeader()).number.toNumber();
		const [before, after] = [await sequencesAt(await api.rpc.chain.getBlockHash(start)), await sequencesAt(await api.rpc.chain.getBlockHash(end))];
		const stalled = players.filter((t, i) => after[i] - before[i] < BigInt(BLOCKS / 4));
		if (stalled.length) throw new Error(`ping-pong actors ${stalled} barely advanced over #${start}..#${end}`);
		const submitters = new Set();
		for (let n = start; n <= end; n++) {
			const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
			for (const { event } of events) if (event.section === 'actors' && event.method === 'ApovCanonicalised') submitters.add(event.data.submitter.toString());
		}
		const strangers = [...submitters].filter((s) => !(s in nodeOf));
		if (strangers.length) throw new Error(`APoVs submitted by ${strangers.join(', ')}, not sequencers`);
		if (submitters.size < names.length) throw new Error(`only ${[...submitters]} submitted APoVs over #${start}..#${end}`);
		console.log(`#${start}..#${end}: ping-pong actors ${players} advanced ${before.join(',')} → ${after.join(',')}; APoVs by ${[...submitters].map((s) => nodeOf[s]).join(', ')} only`);
		return end - start;
	} finally {
		await Promise.all(Object.values(conns).map(({ api: a }) => a.disconnect()));
	}
}

module.exports = { run };
