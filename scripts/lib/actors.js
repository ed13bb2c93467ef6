// The Coreplay workflows the scripts and tests share: deploy an actor, build and submit an APoV, call an actor.
'use strict';

const {
	CliError,
	submit,
	buildApov,
	getActorState,
	decodeApov,
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
 * `fuelLimit` defaults to the node's own limit (the runtime's `MaxFuel`, used by the builder too).
 * Returns `{ apov, blockHash, events, error }`; `error` is the readable dispatch error or null.
 */
async function buildAndSubmit(api, provider, signer, agenda, { fuelLimit = null, witness = null, finalized = false } = {}) {
	const apov = await buildApov(provider, agenda, { fuelLimit, witness });
	const limit = fuelLimit ?? (await maxFuel(api));
	const result = await submit(api, api.tx.actors.submitApov(apov, limit), signer, { finalized });
	return { apov, ...result };
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

/** `{ sequence, stateHash }` of `task` from `actors_getActorState` (the snapshot left out). */
async function actorHead(provider, task, at = null) {
	const view = await getActorState(provider, task, at);
	return { sequence: BigInt(view.sequence), stateHash: view.stateHash, at: view.at };
}

module.exports = { deploy, buildAndSubmit, maxFuel, callActor, actorHead };
