// End-to-end tests against a real `coreplay-node --dev`: deploy actors, advance them with APoVs built by the
// node's actors_buildApov, and see the chain's state follow; bad input gets the pallet's typed errors.
//
// Needs the node binary (scripts/lib/devnode.js says where it looks) and the AVF blobs of scripts/build-actors.sh.
// scripts/test.sh builds both and runs this with `npm test`.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { connect, waitForBlock, poll, signerFrom, getActorState, actorRecord, decodeApov, apovTypeName, submit, buildApov, traceApov, actorEvents, blake2AsHex, u8aToHex } = require('../lib/chain.js');
const { deploy, callActor, signedCallActor, signedCallPayload, callNonce, buildAndSubmit, maxFuel, alterPost, submitCall } = require('../lib/actors.js');
const { startDevNode, avfDir } = require('../lib/devnode.js');
const { bnToU8a } = require('@polkadot/util');

let node;
let api;
let provider;
let alice;
const avf = (name) => fs.readFileSync(path.join(avfDir(), `${name}.avf`));
const u64le = (hex, offset = 0) => Buffer.from(hex.slice(2), 'hex').readBigUInt64LE(offset);
/** A `u128` as SCALE encodes it: 16 bytes, little-endian. */
const u128le = (n) => Buffer.from(bnToU8a(n, { bitLength: 128, isLe: true }));

before(async () => {
	node = await startDevNode();
	({ api, provider } = await connect(node.ws));
	alice = signerFrom('//Alice');
});

after(async (t) => {
	if (api) await api.disconnect();
	if (node) await node.stop();
});

/** Runs `fn`; on failure appends the node's log tail to the error. */
async function withLog(fn) {
	try {
		return await fn();
	} catch (e) {
		e.message += `\n--- ${node.logFile} (tail)\n${node.logTail(30)}`;
		throw e;
	}
}

test('counter: deploy, then advance with APoVs built by actors_buildApov', () =>
	withLog(async () => {
		const d = await deploy(api, alice, avf('counter'));
		assert.equal(d.codeHash, blake2AsHex(avf('counter'), 256));
		const created = await getActorState(provider, d.task);
		assert.equal(BigInt(created.sequence), 0n);
		assert.equal(created.stateHash, d.stateHash);
		assert.equal(blake2AsHex(created.state, 256), created.stateHash, 'the served snapshot hashes to the state hash');

		let previous = d.stateHash;
		for (const expected of [1n, 2n, 3n]) {
			const r = await callActor(api, provider, alice, d.task, Uint8Array.of(0x00));
			assert.equal(r.error, null);
			assert.equal(u64le(r.output), expected, 'inc returns the new count');
			const names = actorEvents(r.events).map((e) => e.name);
			assert.deepEqual(names.filter((n) => n !== 'actors.PayoutPaid'), ['actors.ActorAdvanced', 'actors.ApovCanonicalised']);
			const record = await actorRecord(api, d.task, r.blockHash);
			assert.equal(record.sequence, expected);
			assert.notEqual(record.stateHash, previous);
			const view = await getActorState(provider, d.task, r.blockHash);
			assert.equal(view.stateHash, record.stateHash);
			assert.equal(blake2AsHex(view.state, 256), record.stateHash);
			previous = record.stateHash;
		}
		// `get` reads back count 3 and the services run so far (one per APoV, so 3, then this APoV's own: 4).
		const get = await callActor(api, provider, alice, d.task, Uint8Array.of(0x01));
		assert.equal(u64le(get.output, 0), 3n);
		assert.equal(u64le(get.output, 8), 3n, 'the Call runs before this APoV\'s Service');
	}));

test('a signed call: Bob signs, Alice (the dev chain\'s sequencer) submits, the call runs once; the same call again is refused', () =>
	withLog(async () => {
		const bob = signerFrom('//Bob');
		const d = await deploy(api, alice, avf('counter'));
		assert.equal(await callNonce(api, bob.address, d.task), 0n);
		const r = await signedCallActor(api, provider, bob, d.task, Uint8Array.of(0x00), { submitter: alice });
		assert.equal(r.error, null);
		assert.equal(u64le(r.output), 1n, 'inc ran');
		assert.equal(await callNonce(api, bob.address, d.task), 1n, 'Bob\'s next call number');
		// The same call number again (a replay): refused before replay, the count unchanged.
		const again = await signedCallActor(api, provider, bob, d.task, Uint8Array.of(0x00), { submitter: alice, nonce: 0n });
		assert.match(String(again.error), /CallNonceMismatch/);
		assert.equal((await actorRecord(api, d.task)).sequence, 1n);
		assert.equal(await callNonce(api, bob.address, d.task), 1n);
		// A forgery: Alice signs a call in Bob's name. The node refuses to build it (RPC 9015), naming the item.
		const payload = signedCallPayload(api, d.task, 1n, Uint8Array.of(0x00));
		const forged = { signer: bob.address, nonce: 1, input: '0x00', output: '0x', signature: { Sr25519: u8aToHex(alice.sign(payload)) } };
		const agenda = api
			.createType(apovTypeName(api), { agenda: [{ actor: d.task, entry: { SignedCall: forged } }, { actor: d.task, entry: { Service: { times: 1 } } }] })
			.agenda.toHex();
		await assert.rejects(buildApov(provider, agenda), /agenda item 0: the signature is not .*'s over SignedCall::payload/);
		assert.equal(await callNonce(api, bob.address, d.task), 1n);
	}));

test('scheduling: Alice is the dev chain\'s one sequencer; Bob\'s APoV is refused before replay, Alice\'s accepted', () =>
	withLog(async () => {
		const bob = signerFrom('//Bob');
		const d = await deploy(api, alice, avf('counter'));
		const next = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
		const assignment = await api.call.actorsApi.canonicalSequencer(d.task, next);
		assert.ok(assignment.isSequencer, assignment.toString());
		assert.equal(assignment.asSequencer.sequencer.toString(), alice.address);
		assert.ok(assignment.asSequencer.graceFrom.isNone, 'nothing waits in its inbox');
		const [held] = await api.call.actorsApi.actorsOf(alice.address, next, d.task, 1);
		assert.deepEqual(held.map((t) => t.toNumber()), [d.task]);
		const info = await api.call.actorsApi.sequencer(alice.address);
		assert.equal(info.unwrap().bond.toBigInt(), api.consts.actors.sequencerBond.toBigInt());
		// Bob is no sequencer: his APoV is refused by scheduling, before any code is loaded.
		const refused = await buildAndSubmit(api, provider, bob, [{ actor: d.task, service: 1 }]);
		assert.match(String(refused.error), /actors\.NotCanonicalSequencer/);
		assert.equal((await actorRecord(api, d.task)).sequence, 0n);
		const ok = await buildAndSubmit(api, provider, alice, [{ actor: d.task, service: 1 }]);
		assert.equal(ok.error, null);
		assert.equal((await actorRecord(api, d.task)).sequence, 1n);
	}));

test('the ledger as a token: Alice signs a transfer to Bob, balances change and an ActorEvent reports it; a replay and a forgery are refused', () =>
	withLog(async () => {
		const bob = signerFrom('//Bob');
		const [a, b] = [Buffer.from(alice.publicKey), Buffer.from(bob.publicKey)];
		// InitArgs { branches: [], balances: [(Alice, 1000)], minter: Some(Alice) } (actors/ledger/README.md).
		const args = Buffer.concat([Buffer.from([0x00, 0x04]), a, u128le(1000n), Buffer.from([0x01]), a]);
		const d = await deploy(api, alice, avf('ledger'), args);
		const balanceOf = async (who) => {
			const r = await callActor(api, provider, alice, d.task, Buffer.concat([Buffer.from([0x02]), who]));
			assert.equal(r.error, null);
			return Buffer.from(r.output.slice(2), 'hex').readBigUInt64LE(0);
		};
		// watch.js decodes the actor's events with the ledger's types (once it knows its first block).
		let ready;
		const started = new Promise((r) => (ready = r));
		const types = path.join(__dirname, '..', '..', 'actors', 'ledger', 'types.json');
		const watchArgs = ['--actor', String(d.task), '--only', 'ActorEvent', '--count', '1', '--event-types', types, '--event-type', 'LedgerEvent'];
		const watching = runScript('watch', watchArgs, (text) => /watching .* from #/.test(text) && ready());
		await Promise.race([started, watching]);
		// Transfer { from: Alice, to: Bob, amount: 10 }, signed by Alice (and submitted by the sequencer, Alice too).
		const transfer = Buffer.concat([Buffer.from([0x00]), a, b, u128le(10n)]);
		const r = await signedCallActor(api, provider, alice, d.task, transfer);
		assert.equal(r.error, null);
		const emitted = r.events.filter(({ event }) => event.section === 'actors' && event.method === 'ActorEvent');
		assert.equal(emitted.length, 1, 'one event for one transfer');
		const event = emitted[0].event.data;
		assert.equal(event.actor.toNumber(), d.task);
		assert.deepEqual(event.topics.map((t) => t.toHex()), [u8aToHex(a), u8aToHex(b)], 'topics: from, to');
		// LedgerEvent::Transfer { from, to, amount }: the same SCALE bytes as the call.
		assert.equal(event.data.toHex(), u8aToHex(transfer));
		const watched = await watching;
		assert.equal(watched.code, 0, watched.stderr);
		assert.match(watched.stdout, new RegExp(`actors\\.ActorEvent actor ${d.task} topics \\[${u8aToHex(a)}, ${u8aToHex(b)}\\] LedgerEvent .*"Transfer":\\{"from":"${alice.address}","to":"${bob.address}","amount":"10"`));
		assert.equal(await balanceOf(a), 1000n - 11n, 'Alice paid 10 and the fee of 1');
		assert.equal(await balanceOf(b), 10n);
		// The same signed bytes again: refused by the chain (the nonce is used), nothing moves.
		const again = await signedCallActor(api, provider, alice, d.task, transfer, { nonce: 0n });
		assert.match(String(again.error), /CallNonceMismatch/);
		// Bob signs a transfer out of Alice's account: a valid signature, but not Alice's, so the ledger refuses
		// it (the node cannot build an APoV whose Call returns Err: RPC 9010).
		const stolen = Buffer.concat([Buffer.from([0x00]), a, b, u128le(500n)]);
		await assert.rejects(signedCallActor(api, provider, bob, d.task, stolen, { submitter: alice }), /rejected by its actor/);
		// Only the minter mints: Bob cannot, Alice can.
		const mint = Buffer.concat([Buffer.from([0x04]), b, u128le(5n)]);
		await assert.rejects(signedCallActor(api, provider, bob, d.task, mint, { submitter: alice }), /rejected by its actor/);
		assert.equal((await signedCallActor(api, provider, alice, d.task, mint)).error, null);
		assert.equal(await balanceOf(a), 989n);
		assert.equal(await balanceOf(b), 15n);
	}));

test('the ledger by message: Alice sends a transfer on chain (send.js), a service applies it; Bob\'s forgery is refused', () =>
	withLog(async () => {
		const bob = signerFrom('//Bob');
		const [a, b] = [Buffer.from(alice.publicKey), Buffer.from(bob.publicKey)];
		const args = Buffer.concat([Buffer.from([0x00, 0x04]), a, u128le(1000n), Buffer.from([0x00])]);
		const d = await deploy(api, alice, avf('ledger'), args);
		const held = async (who) => (await api.query.balances.holds(who)).toJSON().reduce((sum, h) => sum + BigInt(h.amount), 0n);
		const heldBefore = await held(alice.address);
		// Alice's Transfer { from: Alice, to: Bob, amount: 10 } as a message, through the script: no sequencer RPC.
		const transfer = u8aToHex(Buffer.concat([Buffer.from([0x00]), a, b, u128le(10n)]));
		const sent = await runScript('send', [String(d.task), transfer, '--value', '5000000000']);
		assert.equal(sent.code, 0, sent.stderr);
		assert.match(sent.stdout, /actors\.MessageSent/);
		assert.match(sent.stdout, new RegExp(`actor ${d.task}: 1 message\\(s\\) waiting`));
		assert.ok((await held(alice.address)) > heldBefore, 'a deposit is held while the message waits');
		const account = (await api.query.system.account(d.account)).data.free.toBigInt();
		assert.ok(account >= 5000000000n, 'the value is in the actor\'s account');
		// Bob sends a transfer out of Alice's account: the ledger consumes it and refuses it.
		const forged = await submit(api, api.tx.actors.sendMessage(d.task, u8aToHex(Buffer.concat([Buffer.from([0x00]), a, b, u128le(500n)])), 0), bob);
		assert.equal(forged.error, null);
		// A sequencer services the actor: both messages are consumed.
		const r = await buildAndSubmit(api, provider, alice, [{ actor: d.task, service: 1 }]);
		assert.equal(r.error, null);
		const emitted = r.events.filter(({ event }) => event.section === 'actors' && event.method === 'ActorEvent').map(({ event }) => event.data);
		assert.equal(emitted.length, 2);
		assert.equal(emitted[0].data.toHex(), transfer, 'LedgerEvent::Transfer, as the message');
		assert.equal(emitted[1].data.toHex(), u8aToHex(Buffer.concat([Buffer.from([0x04]), b])), 'LedgerEvent::Refused { account: Bob }');
		assert.equal((await api.query.actors.inboxQueues(d.task)).len.toNumber(), 0);
		assert.equal(await held(alice.address), heldBefore, 'the deposit is released once consumed');
		const balance = async (who) => {
			const out = await callActor(api, provider, alice, d.task, Buffer.concat([Buffer.from([0x02]), who]));
			return Buffer.from(out.output.slice(2), 'hex').readBigUInt64LE(0);
		};
		assert.equal(await balance(a), 989n);
		assert.equal(await balance(b), 10n);
	}));

test('actors_buildApov writes compact posts by default; both forms canonicalise the same state', () =>
	withLog(async () => {
		const d = await deploy(api, alice, avf('counter'));
		const agenda = [{ actor: d.task, service: 1 }];
		const full = decodeApov(api, await buildApov(provider, agenda, { compact: false })).toJSON().slabs[0];
		const compactHex = await buildApov(provider, agenda);
		const compact = decodeApov(api, compactHex).toJSON().slabs[0];
		assert.equal(compact.pre, full.pre);
		assert.ok(compact.post.startsWith('0xffffffff'), 'a delta opens with the u32::MAX marker');
		assert.ok(!full.post.startsWith('0xffffffff'));
		const [fullBytes, deltaBytes] = [full.post, compact.post].map((h) => (h.length - 2) / 2);
		assert.ok(deltaBytes < fullBytes, `delta ${deltaBytes} bytes against ${fullBytes}`);
		// Snapshots store only written 128-byte chunks: the whole minimal counter APoV is under 2 KiB (issue 8).
		const apovBytes = (compactHex.length - 2) / 2;
		assert.ok(apovBytes < 2048, `the compact APoV is ${apovBytes} bytes`);
		const r = await submit(api, api.tx.actors.submitApov(compactHex, await maxFuel(api)), alice);
		assert.equal(r.error, null);
		const record = await actorRecord(api, d.task, r.blockHash);
		assert.equal(record.sequence, 1n);
		assert.equal(record.stateHash, blake2AsHex(full.post, 256), 'the state is the full post');
		const view = await getActorState(provider, d.task, r.blockHash);
		assert.equal(view.state, full.post, 'the node indexed the full post');
	}));

/** The sidetask's work: `steps` steps of Knuth's MMIX LCG from `seed` (`actors/sidetask`, `step`). */
function sidetaskResult(seed, steps) {
	let x = seed;
	for (let i = 0; i < steps; i++) x = (x * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
	return x;
}

/** Waits until the best block is `n` blocks past the current one. */
async function afterBlocks(sApi, n) {
	const target = (await sApi.rpc.chain.getHeader()).number.toNumber() + n;
	await poll(`best block #${target}`, async () => ((await sApi.rpc.chain.getHeader()).number.toNumber() >= target ? true : undefined), { attempts: n * 10 });
}

/** The output of `Call { input }` on `task` at the best block, built by the node and not submitted. */
async function dryCall(sApi, sProvider, task, input) {
	const apov = await buildApov(sProvider, [{ actor: task, call: u8aToHex(input) }, { actor: task, service: 1 }]);
	return decodeApov(sApi, apov).agenda[0].entry.asCall.output.toHex();
}

/**
 * On a node whose sequencer (Alice) runs: a ledger transfer Alice signs goes through the call pool
 * (`actors_submitCall`), a forged one and a stale nonce are refused at once; a sidetask whose job is queued by a
 * pooled call is served until the job is done because it pays (`payout`), then left alone; a counter with a
 * message it never reads is not served again and again.
 */
async function sequencerServesCallsAndPayouts(sApi, sProvider, seqNode) {
	const bob = signerFrom('//Bob');
	const [a, b] = [Buffer.from(alice.publicKey), Buffer.from(bob.publicKey)];
	const ledger = await deploy(sApi, alice, avf('ledger'), Buffer.concat([Buffer.from([0x00, 0x04]), a, u128le(1000n), Buffer.from([0x00])]));
	const balanceOf = async (who) => Buffer.from((await dryCall(sApi, sProvider, ledger.task, Buffer.concat([Buffer.from([0x02]), who]))).slice(2), 'hex').readBigUInt64LE(0);
	// Transfer { from: Alice, to: Bob, amount: 10 }, signed by Alice and handed to the sequencer: no APoV of hers.
	const transfer = Buffer.concat([Buffer.from([0x00]), a, b, u128le(10n)]);
	const r = await submitCall(sApi, sProvider, alice, ledger.task, transfer);
	assert.equal(r.nonce, 0n);
	assert.equal(r.sequence, 1, 'carried by the APoV that takes the ledger to sequence 1');
	assert.match(r.extrinsic, /^0x[0-9a-f]{64}$/);
	await poll('the pooled call on chain', async () => ((await callNonce(sApi, alice.address, ledger.task)) === 1n ? true : undefined), { attempts: 60 });
	assert.equal(await balanceOf(a), 1000n - 11n, 'Alice paid 10 and the fee of 1');
	assert.equal(await balanceOf(b), 10n);
	// Refused at once, before anything is pooled: a used nonce, and Bob moving Alice's funds (the ledger says Err).
	await assert.rejects(submitCall(sApi, sProvider, alice, ledger.task, transfer, { nonce: 0n }), /9016: nonce 0 .* the next is 1/);
	const stolen = Buffer.concat([Buffer.from([0x00]), a, b, u128le(500n)]);
	await assert.rejects(submitCall(sApi, sProvider, bob, ledger.task, stolen), /9010: actor \d+ rejects the call/);
	assert.equal(await balanceOf(b), 10n);

	// A sidetask paid to work: its account funded, a job of 3,500 steps (4 services of 1,000) queued by a call.
	const side = await deploy(sApi, alice, avf('sidetask'));
	const funded = await submit(sApi, sApi.tx.balances.transferKeepAlive(side.account, 1_000_000_000_000n), bob);
	assert.equal(funded.error, null);
	const job = Buffer.alloc(17);
	job.writeUInt8(0, 0);
	job.writeUInt32LE(1, 1);
	job.writeUInt32LE(3500, 5);
	job.writeBigUInt64LE(7n, 9);
	const queued = await submitCall(sApi, sProvider, bob, side.task, job);
	assert.equal(queued.output, '0x');
	const done = `0x02${Buffer.from(new BigUint64Array([sidetaskResult(7n, 3500)]).buffer).toString('hex')}`;
	await poll('the sidetask job done with no one submitting APoVs', async () => ((await dryCall(sApi, sProvider, side.task, Buffer.from([0x01, 1, 0, 0, 0]))) === done ? true : undefined), { attempts: 60 });
	// The call's APoV ran one slice ([SignedCall, Service 1]); then the sidetask paid, so the next APoV gave it up
	// to 4 polls (PAID_SERVICE_TIMES), enough for the 2,500 steps left.
	const served = (await actorRecord(sApi, side.task)).sequence;
	assert.equal(served, 2n);
	assert.match(fs.readFileSync(seqNode.logFile, 'utf8'), new RegExp(`actor ${side.task}: APoV for sequence 2 submitted at #\\d+ \\(0 messages, 0 calls, payout 100000000000;`));
	// Nothing queued, nothing paid: left alone.
	await afterBlocks(sApi, 3);
	assert.equal((await actorRecord(sApi, side.task)).sequence, served, 'an idle sidetask is not served');

	// A counter never reads its inbox: built once, found to consume nothing, and not submitted.
	const counter = await deploy(sApi, alice, avf('counter'));
	assert.equal((await submit(sApi, sApi.tx.actors.sendMessage(counter.task, '0x00', 0), bob)).error, null);
	await afterBlocks(sApi, 3);
	assert.equal((await actorRecord(sApi, counter.task)).sequence, 0n, 'no fee burnt on an actor that reads no message');
	const log = fs.readFileSync(seqNode.logFile, 'utf8');
	assert.match(log, new RegExp(`actor ${counter.task}: reads none of its 1 messages; left alone`));
}

test('the node as sequencer: two ping-pong actors play by themselves; calls through its pool; it serves actors that pay', () =>
	withLog(async () => {
		// A second dev node, with its sequencer on (Alice, as --dev does by default).
		const seqNode = await startDevNode({ sequencer: true });
		const { api: sApi, provider: sProvider } = await connect(seqNode.ws);
		try {
			const first = (await sApi.query.actors.nextTaskId()).toNumber();
			const peerArgs = (id) => Buffer.from(new Uint32Array([id]).buffer);
			const a = await deploy(sApi, alice, avf('ping-pong'), peerArgs(first + 1));
			const b = await deploy(sApi, alice, avf('ping-pong'), peerArgs(first));
			// Nothing waits in their inboxes: the sequencer leaves them alone.
			assert.equal((await actorRecord(sApi, a.task)).sequence, 0n);
			// Bob sends `a` one message; from then on each service sends the peer one, which the sequencer serves.
			const sent = await submit(sApi, sApi.tx.actors.sendMessage(a.task, '0x00', 0), signerFrom('//Bob'));
			assert.equal(sent.error, null);
			const rounds = 3n;
			await poll(`both ping-pong actors at sequence ${rounds}`, async () => {
				const [ra, rb] = [await actorRecord(sApi, a.task), await actorRecord(sApi, b.task)];
				return ra.sequence >= rounds && rb.sequence >= rounds ? true : undefined;
			}, { attempts: 120, intervalMs: 1000 });
			// Every APoV was the sequencer's (Alice's), none of this test's.
			const log = require('node:fs').readFileSync(seqNode.logFile, 'utf8');
			assert.match(log, new RegExp(`actor ${a.task}: APoV for sequence 1 submitted`));
			assert.match(log, new RegExp(`actor ${b.task}: APoV for sequence 1 submitted`));
			// The actors' snapshots are served: the peer's messages were counted (`messages_received`).
			const view = await getActorState(sProvider, b.task);
			assert.ok(BigInt(view.sequence) >= rounds);

			await sequencerServesCallsAndPayouts(sApi, sProvider, seqNode);
		} catch (e) {
			e.message += `\n--- ${seqNode.logFile} (tail)\n${seqNode.logTail(30)}`;
			throw e;
		} finally {
			await sApi.disconnect();
			await seqNode.stop();
		}
	}));

test('ping-pong: two co-scheduled actors advance together and exchange messages', () =>
	withLog(async () => {
		const first = (await api.query.actors.nextTaskId()).toNumber();
		const peerArgs = (peer) => {
			const b = Buffer.alloc(4);
			b.writeUInt32LE(peer);
			return b;
		};
		const a = await deploy(api, alice, avf('ping-pong'), peerArgs(first + 1));
		const b = await deploy(api, alice, avf('ping-pong'), peerArgs(first));
		assert.deepEqual([a.task, b.task], [first, first + 1]);
		assert.equal(b.uploaded, false, 'the second instance reuses the stored code');

		const r = await buildAndSubmit(api, provider, alice, [
			{ actor: a.task, service: 1 },
			{ actor: b.task, service: 1 },
		]);
		assert.equal(r.error, null);
		const advanced = actorEvents(r.events).filter((e) => e.name === 'actors.ActorAdvanced');
		assert.deepEqual(advanced.map((e) => Number(e.data.task)), [a.task, b.task]);
		// B's message of this round was sent after A's service, so it waits in A's inbox.
		const delivered = actorEvents(r.events).filter((e) => e.name === 'actors.MessageDelivered');
		assert.deepEqual(delivered.map((e) => [Number(e.data.from), Number(e.data.to)]), [[b.task, a.task]]);
		assert.equal((await api.query.actors.inboxQueues(a.task)).len.toNumber(), 1);

		// The next APoV consumes it: A's `get` shows one message received.
		const get = await callActor(api, provider, alice, a.task, Uint8Array.of(0x01));
		assert.equal(get.error, null);
		const counters = [0, 8, 16, 24, 32].map((o) => u64le(get.output, o));
		// services, pings_served, pongs_received, messages_sent, messages_received (the Call runs first)
		assert.deepEqual(counters, [1n, 1n, 1n, 1n, 0n]);
		assert.equal((await actorRecord(api, a.task)).sequence, 2n);
		assert.equal((await actorRecord(api, b.task)).sequence, 1n);
	}));

test('an APoV whose post slab was altered is rejected with actors.PostMismatch and changes nothing', () =>
	withLog(async () => {
		const d = await deploy(api, alice, avf('counter'));
		const tampered = alterPost(api, await buildApov(provider, [{ actor: d.task, service: 1 }]));
		const before = await actorRecord(api, d.task);
		const r = await submit(api, api.tx.actors.submitApov(tampered, await maxFuel(api)), alice);
		assert.match(r.error, /^actors\.PostMismatch/);
		assert.deepEqual(actorEvents(r.events), []);
		assert.deepEqual(await actorRecord(api, d.task, r.blockHash), before);
	}));

test('bad input gets typed errors: code that is not an AVF, an unknown actor', () =>
	withLog(async () => {
		await assert.rejects(deploy(api, alice, Buffer.from('not an actor')), /upload_code failed: actors\.AvfBadMagic/);
		await assert.rejects(getActorState(provider, 4000000), /actors_getActorState: .*4000000 does not exist/);
		await assert.rejects(buildApov(provider, [{ actor: 4000000, service: 1 }]), /actors_buildApov: /);
	}));

/**
 * Runs one of the bin/ scripts against the node (killed after 3 minutes); resolves `{ code, stdout, stderr }`.
 * `onStdout(text so far, child)` sees the output as it comes.
 */
function runScript(name, args, onStdout = null) {
	return new Promise((resolve) => {
		const child = execFile(
			process.execPath,
			[path.join(__dirname, '..', 'bin', `${name}.js`), '--ws', node.ws, ...args],
			{ timeout: 180000 },
			(error, stdout, stderr) => resolve({ code: error ? error.code ?? error.signal : 0, stdout, stderr }),
		);
		if (onStdout) {
			let text = '';
			child.stdout.on('data', (chunk) => onStdout((text += chunk)));
		}
	});
}

test('the command-line scripts: deploy, submit-apov, call, watch', () =>
	withLog(async () => {
		const deployed = await runScript('deploy', ['--json', path.join(avfDir(), 'counter.avf'), '--args', '0x0500000000000000']);
		assert.equal(deployed.code, 0, deployed.stderr);
		const { task } = JSON.parse(deployed.stdout);

		// Submit once watch knows its starting block, so the APoV's block is one it prints.
		let ready;
		const started = new Promise((r) => (ready = r));
		const watching = runScript('watch', ['--actor', String(task), '--count', '1'], (text) => /watching .* from #/.test(text) && ready());
		await Promise.race([started, watching]);
		const submitted = await runScript('submit-apov', [`${task}:2`]);
		assert.equal(submitted.code, 0, submitted.stderr);
		assert.match(submitted.stdout, new RegExp(`actor ${task}: sequence 1, state hash 0x[0-9a-f]{64}`));
		const watched = await watching;
		assert.equal(watched.code, 0, watched.stderr);
		assert.match(watched.stdout, /actors\.ActorAdvanced/);

		const called = await runScript('call', [String(task), '0x01']);
		assert.equal(called.code, 0, called.stderr);
		// count 5 (the init args), services 2
		assert.match(called.stdout, /result: 0x05000000000000000200000000000000/);
		assert.match(called.stdout, new RegExp(`actor ${task}: sequence 2`));

		// A signed call (the default seed, //Alice): the account and its call number are printed.
		const signedCall = await runScript('call', ['--signed', String(task), '0x01']);
		assert.equal(signedCall.code, 0, signedCall.stderr);
		assert.match(signedCall.stdout, new RegExp(`signed by ${alice.address}, call number 0`));
		assert.match(signedCall.stdout, new RegExp(`actor ${task}: sequence 3`));
		const badFlag = await runScript('call', ['--nonce', '1', String(task), '0x01']);
		assert.equal(badFlag.code, 1);
		assert.match(badFlag.stderr, /--nonce: only with --signed/);

		const rejected = await runScript('call', [String(task), '0x07']);
		assert.equal(rejected.code, 1);
		assert.match(rejected.stderr, /^error: actors_traceApov: /);

		const usage = await runScript('submit-apov', []);
		assert.equal(usage.code, 1);
		assert.match(usage.stderr, /give exactly one of/);

		const unreachable = await new Promise((resolve) =>
			execFile(process.execPath, [path.join(__dirname, '..', 'bin', 'deploy.js'), '--ws', 'ws://127.0.0.1:1', path.join(avfDir(), 'counter.avf')], (error, stdout, stderr) =>
				resolve({ code: error ? error.code : 0, stderr }),
			),
		);
		assert.equal(unreachable.code, 1);
		assert.match(unreachable.stderr, /cannot connect to ws:\/\/127\.0\.0\.1:1/);
	}));

test('dry runs (issue 30): call.js --dry-run shows the print output and submits nothing; uploads and creations are checked before any deposit', () =>
	withLog(async () => {
		const probe = fs.readFileSync(path.join(avfDir(), 'probe.avf'));
		const { task } = await deploy(api, alice, probe);
		const before = await actorRecord(api, task);
		// `0x09 ++ String`: the probe prints "hello, dry run".
		const message = Buffer.from('hello, dry run');
		const print = u8aToHex(Buffer.concat([Buffer.from([0x09, message.length << 2]), message]));
		const dry = await runScript('call', ['--dry-run', String(task), print]);
		assert.equal(dry.code, 0, dry.stderr);
		assert.match(dry.stdout, /^result: 0x$/m);
		assert.match(dry.stdout, /^dry run: Ok, [1-9][0-9]* fuel, weight [1-9][0-9]* \(nothing submitted\)$/m);
		assert.match(dry.stdout, /^print: hello, dry run$/m);
		const after = await actorRecord(api, task);
		assert.equal(after.sequence, before.sequence, 'nothing was submitted');
		assert.equal(after.stateHash, before.stateHash);
		// The node's trace of the same Agenda: the APoV and what its execution showed.
		const trace = await traceApov(provider, [{ actor: task, call: print }, { actor: task, service: 1 }]);
		assert.equal(trace.log, 'hello, dry run\n');
		assert.deepEqual(trace.callOutputs, ['0x']);
		assert.ok(trace.fuelUsed > 0 && trace.builtAt >= 1);
		assert.deepEqual(trace.events, []);
		assert.equal(decodeApov(api, trace.apov).slabs[0].actor.toNumber(), task);
		const flags = await runScript('call', ['--dry-run', '--signed', String(task), print]);
		assert.equal(flags.code, 1);
		assert.match(flags.stderr, /--dry-run: not with --signed, --pool or --fuel/);

		// Uploads and creations: the answer the dispatchable would give, nothing stored.
		const counter = fs.readFileSync(path.join(avfDir(), 'counter.avf'));
		const upload = await api.call.actorsApi.dryRunUploadCode(alice.address, u8aToHex(counter));
		assert.ok(upload.isOk, JSON.stringify(upload.toJSON()));
		assert.equal(upload.asOk[0].toHex(), blake2AsHex(counter, 256));
		const bad = await api.call.actorsApi.dryRunUploadCode(alice.address, u8aToHex(Buffer.from('not an actor')));
		assert.ok(bad.isErr && bad.asErr.isModule);
		assert.equal(api.registry.findMetaError(bad.asErr.asModule).name, 'AvfBadMagic');
		const next = (await api.query.actors.nextTaskId()).toNumber();
		const created = await api.call.actorsApi.dryRunCreateActor(alice.address, before.codeHash, '0x');
		assert.ok(created.isOk, JSON.stringify(created.toJSON()));
		assert.equal(created.asOk[0].toNumber(), next);
		assert.equal((await api.query.actors.nextTaskId()).toNumber(), next, 'no actor was created');
	}));

test('waitForBlock: a known block gives its number; an unknown hash fails, naming the node and the cause', () =>
	withLog(async () => {
		const head = await api.rpc.chain.getHeader();
		const hash = head.hash.toHex();
		assert.equal(await waitForBlock(api, hash, { best: true }), head.number.toNumber());
		const unknown = `0x${'ab'.repeat(32)}`;
		await assert.rejects(waitForBlock(api, unknown, { who: 'dev', attempts: 2, intervalMs: 10 }), {
			message: `dev never imported ${unknown}: Unable to retrieve header and parent from supplied hash after 2 tries`,
		});
		let tries = 0;
		assert.equal(await poll('three', async () => (++tries < 3 ? undefined : tries), { intervalMs: 1 }), 3);
		await assert.rejects(poll('refused', async () => { throw new Error('no'); }, { attempts: 2, intervalMs: 1 }), {
			message: 'refused: no after 2 tries',
		});
	}));

test('actors_buildApov is an unsafe RPC method: a node with --rpc-methods safe refuses it', async () => {
	const safe = await startDevNode({ extraArgs: ['--rpc-methods', 'safe'] });
	const conn = await connect(safe.ws);
	try {
		await assert.rejects(buildApov(conn.provider, [{ actor: 0, service: 1 }]), /actors_buildApov: .*unsafe/i);
		// Reading actor state stays available.
		await assert.rejects(getActorState(conn.provider, 0), /does not exist/);
	} finally {
		await conn.api.disconnect();
		await safe.stop();
	}
});

test('load: many APoVs at once all land within the block limits; an APoV too large for any block is refused by the pool', () =>
	withLog(async () => {
		const run = await runScript('load', ['--json', '--actors', '12', '--rounds', '2', path.join(avfDir(), 'counter.avf')]);
		assert.equal(run.code, 0, run.stderr + run.stdout);
		const summary = JSON.parse(run.stdout);
		assert.equal(summary.submitted, 24);
		assert.equal(summary.failed + summary.poolRejected, 0);
		assert.equal(summary.actorsAtExpectedSequence, 12);
		assert.ok(summary.maxApovsPerBlock > 1, 'independent APoVs share blocks');
		assert.ok(summary.perBlock.every((b) => b.normalWeightPercent <= 100));

		// The ledger workload: a Service and 20 Transfer calls per APoV, each to a new account; in waves of at most
		// 1 KiB, so each APoV (longer than that) is a wave of its own, submitted once the one before is in a block.
		const ledger = await runScript('load', ['--json', '--workload', 'ledger', '--calls', '20', '--actors', '2', '--rounds', '2', '--wave-kbytes', '1', path.join(avfDir(), 'ledger.avf')]);
		assert.equal(ledger.code, 0, ledger.stderr + ledger.stdout);
		const transfers = JSON.parse(ledger.stdout);
		assert.equal(transfers.agendaItemsPerApov, 21);
		assert.equal(transfers.failed + transfers.poolRejected, 0);
		assert.equal(transfers.actorsAtExpectedSequence, 2);
		assert.equal(transfers.perBlock.reduce((sum, b) => sum + b.agendaItems, 0), 4 * 21);
		assert.deepEqual(transfers.perBlock.map((b) => b.apovs), [1, 1, 1, 1], 'one wave per APoV, one block per wave');

		// 4 MiB of witness makes the extrinsic longer than the normal class may fill of a 5 MiB block.
		const d = await deploy(api, alice, avf('counter'));
		const json = decodeApov(api, await buildApov(provider, [{ actor: d.task, service: 1 }])).toJSON();
		json.witness.preimages = [u8aToHex(new Uint8Array(4 * 1024 * 1024).fill(7))];
		const oversized = api.createType(apovTypeName(api), json).toHex();
		const best = (await api.rpc.chain.getHeader()).number.toNumber();
		await assert.rejects(
			submit(api, api.tx.actors.submitApov(oversized, 100000), alice),
			/the node refused the transaction: .*exhaust the block limits/,
		);
		// Block production goes on.
		await new Promise((r) => setTimeout(r, 7000));
		assert.ok((await api.rpc.chain.getHeader()).number.toNumber() > best);
		assert.equal((await actorRecord(api, d.task)).sequence, 0n);
	}));
