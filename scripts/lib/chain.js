// Shared helpers of the Coreplay scripts: connecting to a node, the `actors_*` RPC, signing, submitting and
// waiting for inclusion, and turning dispatch errors into readable messages.
//
// Everything here uses @polkadot/api with the runtime's own metadata: no types are registered by hand. The
// `actors_*` methods are called through `provider.send`, which keeps their JSON as the node wrote it (see
// docs/notes/next-steps-research.md §2.3 for why the decorated form does not fit `actors_buildApov`).
'use strict';

const { ApiPromise, WsProvider } = require('@polkadot/api');
const { Keyring } = require('@polkadot/keyring');
const { u8aToHex, hexToU8a, isHex } = require('@polkadot/util');
const { cryptoWaitReady, blake2AsHex } = require('@polkadot/util-crypto');

/** The dev node's default WebSocket endpoint (`coreplay-node --dev`). */
const DEFAULT_WS = 'ws://127.0.0.1:9944';

/** A failure the scripts report as one line, without a stack trace. */
class CliError extends Error {}

/**
 * Connects to `ws` and waits until the API is ready (metadata fetched).
 * Fails with a CliError naming the endpoint if nothing answers within `timeoutMs`.
 * @returns {Promise<{api: ApiPromise, provider: WsProvider}>}
 */
async function connect(ws = DEFAULT_WS, { timeoutMs = 30000 } = {}) {
	await cryptoWaitReady();
	// autoConnectMs = 0: one attempt, so a wrong endpoint fails instead of retrying forever.
	let provider;
	try {
		provider = new WsProvider(ws, 0);
	} catch (e) {
		throw new CliError(`--ws: ${e.message}`);
	}
	const failed = new Promise((_, reject) => {
		provider.on('error', () =>
			reject(new CliError(`cannot connect to ${ws}: is coreplay-node running there? (start one with scripts/dev-chain.sh)`)),
		);
		provider.on('disconnected', () => reject(new CliError(`${ws} closed the connection before the API was ready`)));
		setTimeout(() => reject(new CliError(`no answer from ${ws} within ${timeoutMs / 1000} s`)), timeoutMs).unref();
	});
	failed.catch(() => {}); // only raced below; a later rejection is not an unhandled one
	let api;
	try {
		await Promise.race([provider.connect(), failed]);
		api = await Promise.race([ApiPromise.create({ provider, noInitWarn: true }), failed]);
	} catch (e) {
		provider.disconnect().catch(() => {});
		throw e;
	}
	if (!api.tx.actors) {
		await api.disconnect();
		throw new CliError(`the chain at ${ws} has no actors pallet: is it a Coreplay node?`);
	}
	return { api, provider };
}

/** Resolves after `ms` milliseconds. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `probe` until it returns something other than `undefined`, waiting `intervalMs` between tries, and returns
 * that value. A probe that throws counts as "not yet" (a block not imported yet, a node still starting). After
 * `attempts` tries it fails with `Error("<what>: <the last error, or 'not reached'>")`.
 */
async function poll(what, probe, { attempts = 30, intervalMs = 1000 } = {}) {
	let cause = 'not reached';
	for (let attempt = 1; ; attempt++) {
		try {
			const value = await probe();
			if (value !== undefined) return value;
			cause = 'not reached';
		} catch (e) {
			cause = e.message;
		}
		if (attempt >= attempts) throw new Error(`${what}: ${cause} after ${attempts} tries`);
		await sleep(intervalMs);
	}
}

/**
 * Waits until the node behind `api` has imported block `hash` (hex); with `best`, also until its best block is at least
 * that high, so that what it builds next sees the block's effects. Returns the block's number.
 * Fails after `attempts` tries `intervalMs` apart (see `poll`), naming the node as `who`.
 */
function waitForBlock(api, hash, { who = 'the node', best = false, attempts = 30, intervalMs = 1000 } = {}) {
	return poll(
		`${who} never imported ${hash}`,
		async () => {
			// @polkadot/api throws for a hash the node does not know ("Unable to retrieve header"): not yet.
			const number = (await api.rpc.chain.getHeader(hash)).number.toNumber();
			if (best && (await api.rpc.chain.getHeader()).number.toNumber() < number) return undefined;
			return number;
		},
		{ attempts, intervalMs },
	);
}

/** The sr25519 dev key or seed `uri` (`//Alice`, a mnemonic, `0x` seed), as a keyring pair. */
function signerFrom(uri = '//Alice') {
	try {
		return new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(uri);
	} catch (e) {
		throw new CliError(`--seed: not a valid secret URI: ${e.message}`);
	}
}

/** `error` (a DispatchError) as `section.Name: docs`, or its string form for non-module errors. */
function describeDispatchError(api, error) {
	if (error.isModule) {
		const { section, name, docs } = api.registry.findMetaError(error.asModule);
		const doc = docs.join(' ').trim();
		return doc ? `${section}.${name}: ${doc}` : `${section}.${name}`;
	}
	return error.toString();
}

/**
 * Signs `tx` with `signer` (at `nonce`, default the next index the node knows, pool included), submits it and
 * waits until it is in a block (or finalised).
 * Resolves `{ blockHash, events, error }`, where `error` is the readable dispatch error or null.
 * Rejects with a CliError when the pool refuses the transaction, drops it, or `timeoutMs` (0: none) passes.
 * With the default nonce, a refusal because another transaction of the signer took that nonce meanwhile (the
 * node's sequencer signs with the dev chain's Alice too: 1010 "outdated", 1014 "priority is too low") is retried
 * with the next index, up to 3 times.
 */
async function submit(api, tx, signer, options = {}) {
	const auto = (options.nonce ?? -1) === -1;
	for (let attempt = 1; ; attempt++) {
		try {
			// A retry skips past the index the other signer's transaction may be about to take.
			const nonce = auto && attempt > 1 ? (await api.rpc.system.accountNextIndex(signer.address)).toNumber() + attempt - 1 : options.nonce;
			return await submitOnce(api, tx, signer, { ...options, nonce: nonce ?? -1 });
		} catch (e) {
			const raced = /Transaction is outdated|Priority is too low/.test(e.message);
			if (!raced || !auto || attempt >= 3) throw e;
			await sleep(200);
		}
	}
}

/** `submit` without its retries. */
function submitOnce(api, tx, signer, { finalized = false, nonce = -1, timeoutMs = 0 } = {}) {
	return new Promise((resolve, reject) => {
		let unsub = null;
		let done = false;
		const finish = (fn, value) => {
			if (done) return;
			done = true;
			if (unsub) unsub();
			fn(value);
		};
		if (timeoutMs) {
			setTimeout(
				() => finish(reject, new CliError(`not in a block within ${timeoutMs / 1000} s (was an earlier nonce rejected?)`)),
				timeoutMs,
			).unref();
		}
		tx.signAndSend(signer, { nonce }, (result) => {
			const { status, events, dispatchError, internalError } = result;
			if (internalError) return finish(reject, new CliError(`cannot read the events of the transaction's block: ${internalError.message}`));
			if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
				return finish(reject, new CliError(`the transaction pool reported the transaction as ${status.type}; it was not included`));
			}
			// A node that finalizes its blocks as it seals them (`--consensus manual-seal-<ms>`) reports a
			// transaction `Finalized` without `InBlock` first.
			if (status.isFinalized || (!finalized && status.isInBlock)) {
				finish(resolve, {
					blockHash: (status.isFinalized ? status.asFinalized : status.asInBlock).toHex(),
					events,
					error: dispatchError ? describeDispatchError(api, dispatchError) : null,
				});
			}
		}).then(
			(u) => {
				unsub = u;
				if (done) u();
			},
			(e) => finish(reject, new CliError(`the node refused the transaction: ${e.message}`)),
		);
	});
}

/** Calls an `actors_*` RPC method; a JSON-RPC error becomes a CliError with the node's code and message. */
async function actorsRpc(provider, method, params) {
	try {
		return await provider.send(method, params);
	} catch (e) {
		throw new CliError(`${method}: ${e.message}`);
	}
}

/** `actors_getActorState`: `{ at, codeHash, stateHash, sequence, state }` of actor `task` at `at` (default best). */
function getActorState(provider, task, at = null) {
	return actorsRpc(provider, 'actors_getActorState', at ? [task, at] : [task]);
}

/**
 * `actors_buildApov`: the SCALE-encoded APoV (hex) for `agenda`, an array of `{ actor, service }` /
 * `{ actor, call: '0x..' }` items, built against the node's best block. Its `post` slabs are deltas against
 * `pre` where shorter (the node's default), or full snapshots with `compact: false`.
 */
function buildApov(provider, agenda, { fuelLimit = null, witness = null, compact = null } = {}) {
	return actorsRpc(provider, 'actors_buildApov', [agenda, fuelLimit, witness, compact]);
}

/**
 * `actors_traceApov`: the APoV `buildApov` would answer for the same arguments, and what its execution showed:
 * `{ apov, builtAt, fuelUsed, callOutputs, log, events, outbox }` (hex bytes, `log` as text; issue 30).
 */
function traceApov(provider, agenda, { fuelLimit = null, witness = null, compact = null } = {}) {
	return actorsRpc(provider, 'actors_traceApov', [agenda, fuelLimit, witness, compact]);
}

/** The on-chain record of actor `task` (`{ codeHash, stateHash, sequence, creator, deposit, now }`), or null. */
async function actorRecord(api, task, at = null) {
	const query = at ? (await api.at(at)).query : api.query;
	const info = await query.actors.actors(task);
	if (info.isNone) return null;
	const record = info.unwrap();
	return {
		codeHash: record.codeHash.toHex(),
		stateHash: record.stateHash.toHex(),
		sequence: record.sequence.toBigInt(),
		creator: record.creator.toString(),
		deposit: record.deposit.toBigInt(),
		now: record.now.toNumber(),
	};
}

/** The metadata type name of `actors.submitApov`'s `apov` argument (the `ActorPov`). */
function apovTypeName(api) {
	return api.tx.actors.submitApov.meta.args[0].type.toString();
}

/** Decodes an APoV (hex or bytes) with the runtime's metadata types. */
function decodeApov(api, apov) {
	return api.createType(apovTypeName(api), apov);
}

/** The `actors` events among `events` (EventRecords), as `{ name, data }` with human-readable data. */
function actorEvents(events) {
	return events
		.filter(({ event }) => event.section === 'actors')
		.map(({ event }) => ({ name: `${event.section}.${event.method}`, data: event.data.toHuman() }));
}

/** Prints every event of an extrinsic's result, one per line (`section.Method {data}`). */
function printEvents(events, log = console.log) {
	for (const { event } of events) {
		log(`  ${event.section}.${event.method} ${JSON.stringify(event.data.toHuman())}`);
	}
}

/** The first event `section.method` in `events` (EventRecords), or undefined. */
function findEvent(events, section, method) {
	const record = events.find(({ event }) => event.section === section && event.method === method);
	return record && record.event;
}

/** Reads a file's bytes, or fails with a CliError naming it. */
function readBytes(path) {
	try {
		return require('node:fs').readFileSync(path);
	} catch (e) {
		throw new CliError(`cannot read ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
	}
}

/** Parses a `0x` hex string argument named `what`, or fails with a CliError. */
function parseHex(value, what) {
	if (value === undefined || value === '') return new Uint8Array();
	if (!isHex(value)) throw new CliError(`${what}: expected 0x-prefixed hex, got ${JSON.stringify(value)}`);
	return hexToU8a(value);
}

/** Parses a non-negative integer argument named `what` (a number or bigint string), or fails with a CliError. */
function parseUint(value, what, { max = Number.MAX_SAFE_INTEGER } = {}) {
	if (!/^[0-9]+$/.test(String(value))) throw new CliError(`${what}: expected a non-negative integer, got ${JSON.stringify(value)}`);
	const n = Number(value);
	if (n > max) throw new CliError(`${what}: ${value} is larger than ${max}`);
	return n;
}

/**
 * Runs `main` as a CLI: a CliError prints `error: <message>` and exits 1; any other error prints its stack
 * and exits 2. The process exits when `main` resolves (open WebSockets do not keep it alive).
 */
function runCli(main) {
	// When the node goes away, pending subscriptions never settle and Node would exit 0: fail instead.
	process.on('beforeExit', () => {
		console.error('error: the connection to the node closed before the command finished');
		process.exit(1);
	});
	main().then(
		(code) => process.exit(code || 0),
		(e) => {
			if (e instanceof CliError) console.error(`error: ${e.message}`);
			else console.error(e);
			process.exit(e instanceof CliError ? 1 : 2);
		},
	);
}

/**
 * Parses `argv` with node:util's parseArgs: `options` are added to the common `--ws`, `--seed`, `--help`.
 * Prints `usage` and exits 0 on `--help`; an unknown option or a missing value is a CliError.
 */
function parseCli(usage, options, argv = process.argv.slice(2)) {
	const { parseArgs } = require('node:util');
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				ws: { type: 'string', default: process.env.COREPLAY_WS || DEFAULT_WS },
				seed: { type: 'string', default: '//Alice' },
				help: { type: 'boolean', short: 'h', default: false },
				...options,
			},
		});
	} catch (e) {
		throw new CliError(`${e.message}\n\n${usage}`);
	}
	if (parsed.values.help) {
		console.log(usage);
		process.exit(0);
	}
	return parsed;
}

/** The common options' help lines. */
const COMMON_OPTIONS = `  --ws <url>      the node's WebSocket endpoint (default $COREPLAY_WS or ${DEFAULT_WS})
  --seed <uri>    the signing key: a dev URI, mnemonic or 0x seed (default //Alice)
  -h, --help      print this help`;

/**
 * Submits `txs` (unsigned) signed with consecutive nonces from `signer`'s next index, in waves of at most
 * `waveBytes` bytes of unsigned encoding (a transaction longer than that is a wave of its own). A wave is
 * submitted once the previous one is in blocks and those blocks are finalized: the transaction pool keeps
 * included transactions until finality, so this keeps the script itself under the pool's byte limit. After a
 * wave with a refused transaction, the later ones are not submitted (their nonces could never be used) and are
 * reported as refused. Settles them all, in order.
 */
async function submitAll(api, signer, txs, waveBytes = Infinity) {
	let nonce = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
	const results = [];
	for (let i = 0; i < txs.length;) {
		let bytes = 0;
		let j = i;
		while (j < txs.length && (j === i || bytes + txs[j].encodedLength <= waveBytes)) bytes += txs[j++].encodedLength;
		const wave = await Promise.allSettled(
			txs.slice(i, j).map((tx) => submit(api, tx, signer, { nonce: nonce++, timeoutMs: 120000 })),
		);
		results.push(...wave);
		i = j;
		if (i === txs.length) break;
		if (wave.some((r) => r.status === 'rejected')) {
			const reason = new CliError('not submitted: a transaction of an earlier wave was refused');
			results.push(...txs.slice(i).map(() => ({ status: 'rejected', reason })));
			break;
		}
		await finalizedUpTo(api, wave.map((r) => r.value.blockHash));
	}
	return results;
}

/** Resolves once the finalized head's number reaches the highest of `blockHashes`' (two minutes at most). */
async function finalizedUpTo(api, blockHashes) {
	let highest = 0;
	for (const hash of new Set(blockHashes)) {
		highest = Math.max(highest, (await api.rpc.chain.getHeader(hash)).number.toNumber());
	}
	const deadline = Date.now() + 120000;
	for (;;) {
		const head = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
		if (head.number.toNumber() >= highest) return;
		if (Date.now() > deadline) throw new CliError(`block #${highest} was not finalized within 2 minutes`);
		await new Promise((r) => setTimeout(r, 1000));
	}
}

module.exports = {
	submitAll,
	finalizedUpTo,
	DEFAULT_WS,
	COMMON_OPTIONS,
	CliError,
	connect,
	sleep,
	poll,
	waitForBlock,
	signerFrom,
	describeDispatchError,
	submit,
	actorsRpc,
	getActorState,
	buildApov,
	traceApov,
	actorRecord,
	apovTypeName,
	decodeApov,
	actorEvents,
	printEvents,
	findEvent,
	readBytes,
	parseHex,
	parseUint,
	runCli,
	parseCli,
	u8aToHex,
	blake2AsHex,
};
