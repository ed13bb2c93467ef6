// zombienet js-script: actors follow the rotation of their sequencers (issue 29). At the next rotation boundary
// whose assignment moves a `ping-pong` actor of sequencers-play.js from one sequencer to the other (rotation r + 1
// is fixed at the start of rotation r, `ActorsApi::canonical_sequencer`), it watches the blocks around the
// boundary and checks that every such actor advanced on both sides of it: before it only in APoVs of its sequencer
// of rotation r, after it only in APoVs of its sequencer of rotation r + 1. If no actor moves at a boundary, it
// tries the next one (at most `BOUNDARIES`). Returns how many actors were seen changing sequencer.
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
		let boundary = (Math.floor((await head()) / period) + 1) * period;
		for (let tried = 1; tried <= BOUNDARIES; tried++, boundary += period) {
			// Rotation r + 1 is known from the first block of rotation r on.
			await poll(`block #${boundary - period}`, async () => ((await head()) >= boundary - period ? true : undefined), { attempts: period * 3, intervalMs: 3000 });
			const moves = [];
			for (const task of players) {
				const [before, after] = await Promise.all([boundary - 1, boundary].map((at) => canonicalSequencerOf(api, [task], at)));
				if (before !== after) moves.push({ task, before, after });
			}
			if (moves.length === 0) {
				console.log(`#${boundary}: the rotation moves none of the ping-pong actors ${players}; trying the next boundary`);
				continue;
			}
			console.log(`#${boundary}: the rotation moves ${moves.map((m) => `actor ${m.task} from ${nameOf[m.before]} to ${nameOf[m.after]}`).join(', ')}`);
			await poll(`block #${boundary + SIDE}`, async () => ((await head()) >= boundary + SIDE ? true : undefined), { attempts: (SIDE + period) * 3, intervalMs: 3000 });
			const blocks = await advancesIn(api, boundary - SIDE, boundary + SIDE);
			for (const { task, before, after } of moves) {
				const seen = { before: 0, after: 0 };
				for (const { number, advanced } of blocks) {
					for (const [t, submitter] of advanced) {
						if (t !== task) continue;
						const side = number < boundary ? 'before' : 'after';
						const expected = side === 'before' ? before : after;
						if (submitter !== expected) throw new Error(`#${number}: actor ${task} advanced by ${nameOf[submitter] ?? submitter}, not by its sequencer ${nameOf[expected]}`);
						seen[side]++;
					}
				}
				if (!seen.before || !seen.after) throw new Error(`actor ${task} did not advance on both sides of #${boundary} (${seen.before} APoVs before, ${seen.after} after)`);
				console.log(`actor ${task}: ${seen.before} APoVs by ${nameOf[before]} in #${boundary - SIDE}..#${boundary - 1}, ${seen.after} by ${nameOf[after]} in #${boundary}..#${boundary + SIDE}`);
			}
			return moves.length;
		}
		throw new Error(`no rotation in ${BOUNDARIES} moved a ping-pong actor`);
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
