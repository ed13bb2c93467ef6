// zombienet js-script: actors follow the rotation of their sequencers (issue 29). From the rotation boundary the
// chain last passed (or the next one), it watches the blocks around a boundary and looks for `ping-pong` actors of
// sequencers-play.js that the rotation moved: advanced before it only in APoVs of one sequencer and after it only in
// the other's. Every ping-pong actor advanced after the boundary must have been advanced by its canonical sequencer
// there (`ActorsApi::canonical_sequencer`). If no actor moved at a boundary, it tries the next one (at most
// `BOUNDARIES`). Returns how many actors were seen changing sequencer.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { connect, signerFrom, poll, actorRecord, blake2AsHex } = require('../scripts/lib/chain.js');
const { canonicalSequencerOf } = require('../scripts/lib/actors.js');
const { avfDir } = require('../scripts/lib/devnode.js');

/** Rotation boundaries to try before giving up. */
const BOUNDARIES = 3;
/** Blocks watched on each side of the boundary. */
const SIDE = 6;

/** Per block in `[from, to]`: `{ number, advanced: [[task, submitter]] }`, an actor paired with the signer of the
 * `submit_apov` that advanced it (`ActorAdvanced` and `ApovCanonicalised` of the same extrinsic). */
async function advancesIn(api, from, to) {
	const blocks = [];
	for (let number = from; number <= to; number++) {
		const events = await (await api.at(await api.rpc.chain.getBlockHash(number))).query.system.events();
		const submitters = new Map();
		const tasks = [];
		for (const { phase, event } of events) {
			if (!phase.isApplyExtrinsic || event.section !== 'actors') continue;
			const index = phase.asApplyExtrinsic.toNumber();
			if (event.method === 'ApovCanonicalised') submitters.set(index, event.data.submitter.toString());
			if (event.method === 'ActorAdvanced') tasks.push([index, event.data.task.toNumber()]);
		}
		blocks.push({ number, advanced: tasks.map(([index, task]) => [task, submitters.get(index)]) });
	}
	return blocks;
}

async function run(nodeName, networkInfo) {
	const { api } = await connect(networkInfo.nodesByName[nodeName].wsUri);
	try {
		const nameOf = Object.fromEntries(['Alice', 'Bob'].map((n) => [signerFrom(`//${n}`).address, n.toLowerCase()]));
		const period = api.consts.actors.rotationPeriod.toNumber();
		const pingPong = blake2AsHex(fs.readFileSync(path.join(avfDir(), 'ping-pong.avf')), 256);
		const players = [];
		const count = (await api.query.actors.nextTaskId()).toNumber();
		for (let task = 0; task < count; task++) if ((await actorRecord(api, task)).codeHash === pingPong) players.push(task);
		if (players.length === 0) throw new Error('no ping-pong actors: run sequencers-play.js first');
		const head = async () => (await api.rpc.chain.getHeader()).number.toNumber();
		let boundary = Math.max(period, Math.floor((await head()) / period) * period);
		for (let tried = 1; tried <= BOUNDARIES; tried++, boundary += period) {
			await poll(`block #${boundary + SIDE}`, async () => ((await head()) >= boundary + SIDE ? true : undefined), { attempts: (SIDE + period) * 3, intervalMs: 3000 });
			const blocks = await advancesIn(api, boundary - SIDE, boundary + SIDE);
			const moves = [];
			for (const task of players) {
				const by = { before: new Set(), after: new Set() };
				for (const { number, advanced } of blocks) {
					for (const [t, submitter] of advanced) if (t === task) by[number < boundary ? 'before' : 'after'].add(submitter);
				}
				const holder = await canonicalSequencerOf(api, [task], boundary);
				const strangers = [...by.after].filter((s) => s !== holder);
				if (strangers.length) throw new Error(`actor ${task} advanced after #${boundary} by ${strangers.map((s) => nameOf[s] ?? s)}, not by its sequencer ${nameOf[holder]}`);
				const [before] = by.before;
				if (by.before.size === 1 && by.after.size === 1 && before !== holder) moves.push({ task, before, after: holder });
			}
			if (moves.length === 0) {
				console.log(`#${boundary}: no ping-pong actor of ${players} changed sequencer; trying the next boundary`);
				continue;
			}
			for (const { task, before, after } of moves) console.log(`#${boundary}: actor ${task} advanced by ${nameOf[before]} in #${boundary - SIDE}..#${boundary - 1}, by ${nameOf[after]} in #${boundary}..#${boundary + SIDE}`);
			return moves.length;
		}
		throw new Error(`no rotation in ${BOUNDARIES} moved a ping-pong actor`);
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
