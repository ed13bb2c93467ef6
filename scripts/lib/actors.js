// The Coreplay workflows the scripts and tests share: deploy an actor, build and submit an APoV, call an actor.
'use strict';

const {
	CliError,
	submit,
	buildApov,
	traceApov,
	getActorState,
	decodeApov,
	apovTypeName,
	findEvent,
	u8aToHex,
	blake2AsHex,
	describeDispatchError,
} = require('./chain.js');
const { stringToU8a, u8aToString } = require('@polkadot/util');

/**
 * Uploads the AVF `code` (bytes) unless it is stored already, then creates an actor running it with init `args`
 * (bytes). Returns `{ codeHash, uploaded, task, stateHash, account, blockHash }`.
 * Fails with a CliError carrying the pallet's error (e.g. `actors.FloatsNotAllowed`) if either step fails.
 */
async function deploy(api, signer, code, args = new Uint8Array()) {
	const codeHash = blake2AsHex(code, 256);
	let uploaded = false;
	const stored = await api.query.actors.codeInfoOf(codeHash);
	if (stored.isNone) {
		const upload = await submit(api, api.tx.actors.uploadCode(u8aToHex(code)), signer);
		if (upload.error) throw new CliError(`upload_code failed: ${upload.error}`);
		uploaded = true;
	}
	const create = await submit(api, api.tx.actors.createActor(codeHash, u8aToHex(args)), signer);
	if (create.error) throw new CliError(`create_actor failed: ${create.error}`);
	const created = findEvent(create.events, 'actors', 'ActorCreated');
	if (!created) throw new CliError('create_actor succeeded but emitted no actors.ActorCreated event');
	return {
		codeHash,
		uploaded,
		task: created.data.task.toNumber(),
		stateHash: created.data.stateHash.toHex(),
		account: created.data.account.toString(),
		blockHash: create.blockHash,
	};
}

/**
 * Builds an APoV for `agenda` through `actors_traceApov` (the APoV `actors_buildApov` builds) and submits it as
 * `actors.submitApov(apov, fuelLimit)`. `fuelLimit` defaults to [`fuelLimitFor`]'s estimate from a dry run.
 * Returns `{ apov, log, fuelLimit, blockHash, events, error }`: `log` is what the actors printed when the node
 * built it (`print`); `error` is the readable dispatch error or null.
 */
async function buildAndSubmit(api, provider, signer, agenda, { fuelLimit = null, witness = null, finalized = false } = {}) {
	// `actors_traceApov` builds the APoV `actors_buildApov` would, and answers what its execution printed too.
	const { apov, log } = await traceApov(provider, agenda, { fuelLimit, witness });
	const limit = fuelLimit ?? (await fuelLimitFor(api, signer.address, apov));
	const result = await submit(api, api.tx.actors.submitApov(apov, limit), signer, { finalized });
	return { apov, log, fuelLimit: limit, ...result };
}

/**
 * A fuel limit for submitting `apov` as `who`: the fuel a dry run at the best block used
 * (`ActorsApi::dry_run_apov`, replay plus `payout` inspectors) plus a quarter and 10,000 of headroom, at most the
 * runtime's `MaxFuel`. When the dry run fails, `MaxFuel` (the chain then reports the same error); that includes an
 * APoV that needs more fuel than a dry run may burn (`MaxDryRunFuel`, to which the runtime lowers the dry run's
 * `MaxFuel`: `DryRunFuelCapReached`).
 *
 * Why not always `MaxFuel`: `submit_apov` declares the weight of its whole `fuel_limit` before dispatch, so a
 * block admits it only while that much weight is left (unused fuel is refunded after dispatch, to the block and
 * to the fee), and an APoV whose replay fails is charged its whole `fuel_limit`. At `MaxFuel` the declared weight
 * is dominated by the fuel (`MaxFuel` at the fuel rate of the runtime's `weights.rs`), so fewer such APoVs fit a
 * block than their replay needs.
 */
async function fuelLimitFor(api, who, apov) {
	const max = BigInt(await maxFuel(api));
	const dry = await api.call.actorsApi.dryRunApov(who, apov, max);
	if (dry.result.isErr) return max.toString();
	const used = dry.result.asOk.fuelUsed.toBigInt();
	const limit = used + used / 4n + 10000n;
	return (limit < max ? limit : max).toString();
}

/** The runtime's `MaxFuel` (the largest `fuel_limit` `submit_apov` accepts), from the metadata constants. */
async function maxFuel(api) {
	return api.consts.actors.maxFuel.toString();
}

/**
 * Calls actor `task` with `input` (bytes) in an APoV `[Call, Service 1]`, submits it and returns
 * `{ output, ...submit result }`: `output` is the call's `Ok` result (hex) as the APoV carries it.
 */
async function callActor(api, provider, signer, task, input, options = {}) {
	const agenda = [
		{ actor: task, call: u8aToHex(input) },
		{ actor: task, service: 1 },
	];
	const result = await buildAndSubmit(api, provider, signer, agenda, options);
	const item = decodeApov(api, result.apov).agenda[0];
	return { output: item.entry.asCall.output.toHex(), ...result };
}

/**
 * Calls actor `task` with `input` in a dry run, submitting nothing (issue 30): the node builds `[Call { input },
 * Service 1]` (`actors_buildApov`), and the runtime replays it as `submit_apov` signed by `who` would, rolled back
 * (`ActorsApi::dry_run_apov`, at `MaxFuel`, which the runtime lowers to `MaxDryRunFuel`). Returns `{ output,
 * verdict, weight, fuelUsed, log, events }`: the call's output (hex), `Ok` or the error the chain would answer
 * (e.g. `actors.StaleSequence`), the weight it would be charged, and what the replay showed (`DryRun::trace`):
 * `print` output as text, and the events (`{ actor, topics, data }`, hex).
 */
async function dryRunCall(api, provider, who, task, input) {
	const agenda = [
		{ actor: task, call: u8aToHex(input) },
		{ actor: task, service: 1 },
	];
	const apov = await buildApov(provider, agenda);
	const output = decodeApov(api, apov).agenda[0].entry.asCall.output.toHex();
	const dry = await api.call.actorsApi.dryRunApov(who, apov, await maxFuel(api));
	const [verdict, weight] = dry.result.isOk
		? ['Ok', dry.result.asOk.weight]
		: [describeDispatchError(api, dry.result.asErr[0]).split(':')[0], dry.result.asErr[1]];
	const trace = dry.trace;
	return {
		output,
		verdict,
		weight: weight.refTime.toBigInt(),
		fuelUsed: trace.fuelUsed.toBigInt(),
		log: u8aToString(trace.log.toU8a(true)),
		events: trace.events.map((e) => ({ actor: e.actor.toNumber(), topics: e.topics.map((t) => t.toHex()), data: e.data.toHex() })),
	};
}

/** What a signed call's payload starts with (`coreplay_primitives::SIGNED_CALL_CONTEXT`). */
const SIGNED_CALL_CONTEXT = 'coreplay/signed-call/v1';

/**
 * The bytes an account signs to call actor `task` with `input` as its call number `nonce`
 * (`coreplay_primitives::SignedCall::payload`): the SCALE encoding of (the context, this chain's genesis hash,
 * `task`, `nonce`, `input`), the context and the input as byte vectors.
 */
function signedCallPayload(api, task, nonce, input) {
	const tuple = '(Bytes, H256, u32, u64, Bytes)';
	// `Bytes` from hex is the bytes themselves (from a Uint8Array it would be read as already length-prefixed).
	return api.createType(tuple, [u8aToHex(stringToU8a(SIGNED_CALL_CONTEXT)), api.genesisHash, task, nonce, u8aToHex(input)]).toU8a();
}

/** `who`'s next call number (nonce) to actor `task`: `Actors.CallNonces`, 0 before its first signed call. */
async function callNonce(api, who, task) {
	return (await api.query.actors.callNonces(who, task)).toBigInt();
}

/**
 * Calls actor `task` with `input` as `signer` (a keyring pair, sr25519, ed25519 or ecdsa): a `SignedCall` with
 * `signer`'s next nonce (or `nonce`), signed for this chain and actor, in an APoV `[SignedCall, Service 1]` built by
 * the node (`actors_buildApov`, SCALE Agenda) and submitted by `submitter` (default `signer`). The actor sees
 * `signer`'s account as its caller. Returns `{ output, nonce, ...buildAndSubmit's result }`; a bad signature or a
 * used nonce comes back as `error` (`actors.BadCallSignature`, `actors.CallNonceMismatch`).
 */
async function signedCallActor(api, provider, signer, task, input, { nonce = null, submitter = signer, ...options } = {}) {
	const n = nonce ?? (await callNonce(api, signer.address, task));
	const agenda = agendaHex(api, [signedCallItem(api, signer, task, n, input), { actor: task, entry: { Service: { times: 1 } } }]);
	const result = await buildAndSubmit(api, provider, submitter, agenda, options);
	const item = decodeApov(api, result.apov).agenda[0];
	return { output: item.entry.asSignedCall.output.toHex(), nonce: BigInt(n), ...result };
}

/**
 * An Agenda item `{ actor, entry: { SignedCall } }` (the runtime's types): `signer`'s (a keyring pair, sr25519,
 * ed25519 or ecdsa) call number `nonce` to actor `task` with `input` (bytes), signed for this chain
 * (`signedCallPayload`); its `output` is left empty for the node to fill in (`actors_buildApov`).
 */
function signedCallItem(api, signer, task, nonce, input) {
	const scheme = { ed25519: 'Ed25519', ecdsa: 'Ecdsa' }[signer.type] ?? 'Sr25519';
	const signature = u8aToHex(signer.sign(signedCallPayload(api, task, nonce, input)));
	const call = { signer: signer.address, nonce, input: u8aToHex(input), output: '0x', signature: { [scheme]: signature } };
	return { actor: task, entry: { SignedCall: call } };
}

/**
 * Hands `signer`'s call to actor `task` with `input` to the node's sequencer (`actors_submitCall`, the call pool
 * of issue 29): a `SignedCall` with `signer`'s next call number (or `nonce`; with calls of the same signer still
 * pooled, pass theirs plus one), signed for this chain and actor. The node answers once its sequencer submitted an
 * APoV carrying the call: `{ output, sequence, builtAt, extrinsic, nonce }` (`output` hex; the APoV is on chain
 * once `callNonce` passes `nonce`). A refusal rejects with the RPC error (`code`, `message`): 9010 the actor
 * rejects the call, 9016 the nonce, 9019 another sequencer holds the actor, 9021 the dry run fails, and so on
 * (`node/src/rpc/actors.rs`, `error_code`). The signer pays nothing.
 */
async function submitCall(api, provider, signer, task, input, { nonce = null } = {}) {
	const n = nonce ?? (await callNonce(api, signer.address, task));
	const item = signedCallItem(api, signer, task, n, input);
	const call = api.createType(apovTypeName(api), { agenda: [item] }).agenda[0].entry.asSignedCall.toHex();
	const result = await provider.send('actors_submitCall', [task, call]);
	return { ...result, nonce: BigInt(n) };
}

/** The SCALE encoding (hex) of an Agenda of `items` (`{ actor, entry }`), as `actors_buildApov` takes one. */
function agendaHex(api, items) {
	return api.createType(apovTypeName(api), { agenda: items }).agenda.toHex();
}

/**
 * `apov` (hex) with one byte of its first slab's `post` XOR-ed with `mask`: the byte at `at(post length)`
 * (default the last). For tests of the `PostMismatch` rejection. In a compact `post` (a delta against `pre`,
 * `coreplay_primitives::snapshot`) only chunk contents are altered: a position in the delta's head or in a chunk's
 * index moves to that chunk's first content byte, so the delta stays well formed and describes another state.
 * Returns the re-encoded APoV, hex.
 */
function alterPost(api, apov, { at = (length) => length - 1, mask = 0xff } = {}) {
	const json = decodeApov(api, apov).toJSON();
	const post = Buffer.from(json.slabs[0].post.slice(2), 'hex');
	post[contentByte(post, at(post.length))] ^= mask;
	json.slabs[0].post = u8aToHex(post);
	return api.createType(apovTypeName(api), json).toHex();
}

/** Bytes per chunk of a delta `post` (`snapshot::CHUNK_SIZE`), each after a 4-byte index. */
const CHUNK_SIZE = 128;

/** `position` in `post`, or for a delta `post` the nearest chunk content byte at or after it (module docs of `snapshot`). */
function contentByte(post, position) {
	if (post.length < 4 || post.readUInt32LE(0) !== 0xffffffff) return position;
	let chunks = 12;
	for (let g = 0, globals = post.readUInt32LE(8); g < globals; g++) chunks += post[chunks] === 0 ? 5 : 9;
	const count = post.readUInt32LE(chunks);
	chunks += 4;
	if (count === 0) return position;
	const stride = 4 + CHUNK_SIZE;
	const chunk = Math.min(count - 1, Math.max(0, Math.floor((position - chunks) / stride)));
	const within = position - chunks - chunk * stride - 4;
	return chunks + chunk * stride + 4 + Math.min(CHUNK_SIZE - 1, Math.max(0, within));
}

/** `{ sequence, stateHash }` of `task` from `actors_getActorState` (the snapshot left out). */
async function actorHead(provider, task, at = null) {
	const view = await getActorState(provider, task, at);
	return { sequence: BigInt(view.sequence), stateHash: view.stateHash, at: view.at };
}

/**
 * Who may submit an APoV for `tasks` (task ids) at block `at` (`ActorsApi::canonical_sequencer`): their canonical
 * sequencer's address, or null when submission is open (no sequencer registered).
 * Throws a CliError when the actors have different canonical sequencers (co-schedule only actors of one affinity
 * group: `actors.setAffinity`) or the block's rotation is not known yet.
 */
async function canonicalSequencerOf(api, tasks, at) {
	let who = null;
	for (const task of tasks) {
		const assignment = await api.call.actorsApi.canonicalSequencer(task, at);
		if (assignment.isOpen) continue;
		if (!assignment.isSequencer) throw new CliError(`actor ${task}: no canonical sequencer at block ${at} (${assignment.type})`);
		const sequencer = assignment.asSequencer.sequencer.toString();
		if (who !== null && who !== sequencer) {
			throw new CliError(`actors ${tasks.join(', ')} have different canonical sequencers at block ${at}: co-schedule only actors of one affinity group (actors.setAffinity)`);
		}
		who = sequencer;
	}
	return who;
}

/**
 * The signer among `candidates` (keyring pairs) that may submit an APoV for `tasks` now: their canonical sequencer
 * at the next block, or `candidates[0]` when submission is open. When a rotation boundary is near (the answer for
 * two blocks later differs), waits for it to pass, so the APoV lands in the rotation it was signed for.
 * Throws a CliError when none of `candidates` is the actors' sequencer (`canonicalSequencerOf`'s errors too).
 */
async function sequencerFor(api, tasks, candidates, { attempts = 30, intervalMs = 1000 } = {}) {
	for (let attempt = 0; attempt < attempts; attempt++) {
		const head = (await api.rpc.chain.getHeader()).number.toNumber();
		const [soon, later] = await Promise.all([head + 1, head + 3].map((at) => canonicalSequencerOf(api, tasks, at)));
		if (soon === later) {
			if (soon === null) return candidates[0];
			const signer = candidates.find((c) => c.address === soon);
			if (!signer) throw new CliError(`actors ${tasks.join(', ')}: only their canonical sequencer ${soon} may submit now; sign with its key`);
			return signer;
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	throw new CliError(`actors ${tasks.join(', ')}: their canonical sequencer kept changing`);
}

module.exports = {
	dryRunCall,
	canonicalSequencerOf,
	sequencerFor,
	deploy,
	buildAndSubmit,
	fuelLimitFor,
	maxFuel,
	callActor,
	signedCallActor,
	signedCallItem,
	submitCall,
	agendaHex,
	signedCallPayload,
	callNonce,
	actorHead,
	alterPost,
};
