#!/usr/bin/env node
// coreplay-demo: deploy the counter actor and advance it with a few APoVs, printing its chain state each time; then
// two ping-pong actors, which the node's sequencer plays by itself after one message; then a ledger transfer signed
// here and carried by the node's sequencer (its call pool, actors_submitCall).
'use strict';

const path = require('node:path');
const { connect, signerFrom, readBytes, parseUint, parseCli, runCli, actorRecord, submit, poll, buildApov, decodeApov, u8aToHex, CliError, COMMON_OPTIONS } = require('../lib/chain.js');
const { deploy, callActor, submitCall, callNonce } = require('../lib/actors.js');
const { bnToU8a } = require('@polkadot/util');

const { avfDir } = require('../lib/devnode.js');

const DEFAULT_AVF = path.join(avfDir(), 'counter.avf');
const PING_PONG_AVF = path.join(avfDir(), 'ping-pong.avf');
const LEDGER_AVF = path.join(avfDir(), 'ledger.avf');

const USAGE = `usage: coreplay-demo [options] [counter.avf]

Deploys the counter actor (default ${path.relative(process.cwd(), DEFAULT_AVF)}, written by
scripts/build-actors.sh), then submits --rounds APoVs, each with the Agenda [Call inc, Service 1], and prints the
actor's sequence, state hash and count read back from the chain after each one. Then deploys two ping-pong actors
(each messages the other once per round), sends the first one message, and watches the node's sequencer play
--ping-rounds rounds by itself (coreplay-node --sequencer, on with --dev): no APoV comes from this script.
Last, unless --no-ledger, deploys a ledger branch minting 1,000 to the signer, signs a transfer of 10 to Bob and
hands it to the node's sequencer (actors_submitCall): the sequencer carries it in the ledger's next APoV, and the
balances are read back.

options:
  --rounds <n>       how many counter APoVs (default 3)
  --ping-rounds <n>  how many ping-pong rounds to watch (default 10; 0 skips them)
  --no-ledger        skip the ledger transfer
${COMMON_OPTIONS}`;

/** The counter's `inc` result: the new count, u64 little-endian, as a bigint. */
function u64le(hex) {
	return Buffer.from(hex.slice(2), 'hex').readBigUInt64LE(0);
}

/**
 * Deploys two ping-pong actors, sends the first a message and prints both actors' sequences as the node's sequencer
 * advances them, until each has played `rounds` rounds (one APoV each per round).
 */
async function pingPong(api, signer, rounds) {
	const code = readBytes(PING_PONG_AVF);
	const first = (await api.query.actors.nextTaskId()).toNumber();
	const peer = (id) => Buffer.from(new Uint32Array([id]).buffer);
	const a = await deploy(api, signer, code, peer(first + 1));
	const b = await deploy(api, signer, code, peer(first));
	console.log(`deployed ping-pong: tasks ${a.task} and ${b.task}, each the other's peer; sending ${a.task} one message`);
	const sent = await submit(api, api.tx.actors.sendMessage(a.task, '0x00', 0), signer);
	if (sent.error) throw new CliError(`send_message failed: ${sent.error}`);
	let shown = -1n;
	await poll(`${rounds} rounds of ping-pong played by the node's sequencer (is it running? coreplay-node --sequencer, on with --dev)`, async () => {
		const [ra, rb] = [await actorRecord(api, a.task), await actorRecord(api, b.task)];
		const played = ra.sequence < rb.sequence ? ra.sequence : rb.sequence;
		if (ra.sequence + rb.sequence > shown) {
			shown = ra.sequence + rb.sequence;
			console.log(`  ping-pong: ${a.task} at sequence ${ra.sequence}, ${b.task} at sequence ${rb.sequence}`);
		}
		return played >= BigInt(rounds) ? true : undefined;
	}, { attempts: rounds * 30 + 30, intervalMs: 1000 });
	console.log(`ping-pong played ${rounds} rounds by itself`);
}

/** A `u128` as SCALE encodes it: 16 bytes, little-endian. */
const u128le = (n) => Buffer.from(bnToU8a(n, { bitLength: 128, isLe: true }));

/** The ledger's `Balance { who }` answer at the best block, built by the node (a dry run: nothing is submitted). */
async function ledgerBalance(api, provider, task, who) {
	const input = Buffer.concat([Buffer.from([0x02]), who]);
	const apov = await buildApov(provider, [{ actor: task, call: u8aToHex(input) }, { actor: task, service: 1 }]);
	return Buffer.from(decodeApov(api, apov).agenda[0].entry.asCall.output).readBigUInt64LE(0);
}

/**
 * Deploys a ledger branch minting 1,000 to `signer`, signs `Transfer { from: signer, to: Bob, amount: 10 }` and hands
 * it to the node's sequencer; prints its answer and, once the APoV is on chain, both balances.
 */
async function ledgerTransfer(api, provider, signer) {
	const me = Buffer.from(signer.publicKey);
	const bob = Buffer.from(signerFrom('//Bob').publicKey);
	const args = Buffer.concat([Buffer.from([0x00, 0x04]), me, u128le(1000n), Buffer.from([0x00])]);
	const d = await deploy(api, signer, readBytes(LEDGER_AVF), args);
	console.log(`deployed ledger: task ${d.task}, 1000 minted to ${signer.address}`);
	const transfer = Buffer.concat([Buffer.from([0x00]), me, bob, u128le(10n)]);
	const r = await submitCall(api, provider, signer, d.task, transfer);
	console.log(`  transfer of 10 to Bob, signed here (call ${r.nonce}): carried by the sequencer's APoV ${r.extrinsic} (sequence ${r.sequence})`);
	await poll('the transfer on chain', async () => ((await callNonce(api, signer.address, d.task)) > r.nonce ? true : undefined), { attempts: 60 });
	const [mine, bobs] = [await ledgerBalance(api, provider, d.task, me), await ledgerBalance(api, provider, d.task, bob)];
	console.log(`  balances: ${signer.address} ${mine} (10 and the fee of 1 paid), Bob ${bobs}`);
}

runCli(async () => {
	const { values, positionals } = parseCli(USAGE, {
		rounds: { type: 'string', default: '3' },
		'ping-rounds': { type: 'string', default: '10' },
		'no-ledger': { type: 'boolean' },
	});
	const rounds = parseUint(values.rounds, '--rounds', { max: 1000 });
	const pingRounds = parseUint(values['ping-rounds'], '--ping-rounds', { max: 1000 });
	const code = readBytes(positionals[0] || DEFAULT_AVF);
	const signer = signerFrom(values.seed);
	const { api, provider } = await connect(values.ws);
	try {
		const chain = (await api.rpc.system.chain()).toString();
		console.log(`connected to ${chain} at ${values.ws}, signing as ${signer.address}`);
		const d = await deploy(api, signer, code);
		console.log(`deployed counter: code ${d.codeHash}, task ${d.task}`);
		let record = await actorRecord(api, d.task, d.blockHash);
		console.log(`  sequence ${record.sequence}  state ${record.stateHash}`);
		for (let round = 1; round <= rounds; round++) {
			const r = await callActor(api, provider, signer, d.task, Uint8Array.of(0x00));
			if (r.error) throw new CliError(`APoV ${round} failed: ${r.error}`);
			record = await actorRecord(api, d.task, r.blockHash);
			console.log(`  sequence ${record.sequence}  state ${record.stateHash}  count ${u64le(r.output)}  (APoV in ${r.blockHash})`);
		}
		if (pingRounds > 0) await pingPong(api, signer, pingRounds);
		if (!values['no-ledger']) await ledgerTransfer(api, provider, signer);
		return 0;
	} finally {
		await api.disconnect();
	}
});
