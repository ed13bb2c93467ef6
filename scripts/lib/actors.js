// The Coreplay workflows the scripts and tests share: deploy an actor, build and submit an APoV, call an actor.
'use strict';

const {
	CliError,
	submit,
	buildApov,
	getActorState,
	decodeApov,
	apovTypeName,
	findEvent,
	u8aToHex,
	blake2AsHex,
} = require('./chain.js');

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
 * Builds an APoV for `agenda` through `actors_buildApov` and submits it as `actors.submitApov(apov, fuelLimit)`.
 * `fuelLimit` defaults to [`fuelLimitFor`]'s estimate from a dry run.
 * Returns `{ apov, fuelLimit, blockHash, events, error }`; `error` is the readable dispatch error or null.
 */
async function buildAndSubmit(api, provider, signer, agenda, { fuelLimit = null, witness = null, finalized = false } = {}) {
	const apov = await buildApov(provider, agenda, { fuelLimit, witness });
	const limit = fuelLimit ?? (await fuelLimitFor(api, signer.address, apov));
	const result = await submit(api, api.tx.actors.submitApov(apov, limit), signer, { finalized });
	return { apov, fuelLimit: limit, ...result };
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

module.exports = { deploy, buildAndSubmit, fuelLimitFor, maxFuel, callActor, actorHead, alterPost };
