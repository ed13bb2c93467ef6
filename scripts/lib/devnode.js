// Starts and stops a throwaway `coreplay-node --dev` on loopback, for the end-to-end tests.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const REPO = path.join(__dirname, '..', '..');

/** The coreplay-node binary: $COREPLAY_NODE, else the debug build in $CARGO_TARGET_DIR (default ~/.cache/coreplay/target). */
function nodeBinary() {
	if (process.env.COREPLAY_NODE) return process.env.COREPLAY_NODE;
	const target = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache', 'coreplay', 'target');
	return path.join(target, 'debug', 'coreplay-node');
}

/** The directory of the example actors' AVF blobs: $COREPLAY_AVF_DIR, else target/actors in the repository. */
function avfDir() {
	return process.env.COREPLAY_AVF_DIR || path.join(REPO, 'target', 'actors');
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Resolves once something accepts TCP connections on `port`, or rejects after `timeoutMs`. */
async function waitForPort(port, timeoutMs, child) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`coreplay-node exited (${child.exitCode ?? child.signalCode})`);
		}
		const open = await new Promise((resolve) => {
			const socket = net.connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				resolve(true);
			});
			socket.once('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`coreplay-node did not open its RPC port ${port} within ${timeoutMs / 1000} s`);
}

/** The block interval of the dev nodes the tests start (`--consensus manual-seal-<ms>`), in milliseconds. */
const DEV_BLOCK_MS = 1000;

/**
 * Starts `coreplay-node --dev --tmp` on free loopback ports with its log in a temporary file; without its sequencer
 * (`--no-sequencer`) unless `sequencer` is true, so that tests submitting APoVs by hand as Alice (the dev chain's
 * sequencer) do not race it. Blocks come every `DEV_BLOCK_MS` and are final at once (`--consensus
 * manual-seal-1000`), unless `consensus` says otherwise (`aura`: 6-second Aura slots and GRANDPA).
 * Returns `{ ws, logFile, stop(), logTail(n) }`; `stop()` kills the node and waits for it.
 */
async function startDevNode({ extraArgs = [], timeoutMs = 60000, sequencer = false, consensus = `manual-seal-${DEV_BLOCK_MS}` } = {}) {
	const binary = nodeBinary();
	if (!fs.existsSync(binary)) {
		throw new Error(`${binary} does not exist: build it with \`cargo build -p coreplay-node\` or set COREPLAY_NODE`);
	}
	const [rpcPort, p2pPort] = [await freePort(), await freePort()];
	const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coreplay-dev-')), 'node.log');
	const log = fs.openSync(logFile, 'w');
	const args = [
		'--dev',
		'--tmp',
		'--rpc-port', String(rpcPort),
		'--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
		'--no-prometheus',
		'--no-telemetry',
		'--no-mdns',
		...(sequencer ? ['-l', 'sequencer=debug'] : ['--no-sequencer']),
		'--consensus', consensus,
		...extraArgs,
	];
	const child = spawn(binary, args, { stdio: ['ignore', log, log] });
	child.once('error', (e) => fs.appendFileSync(logFile, `\nspawn failed: ${e.message}\n`));
	const logTail = (n = 40) => fs.readFileSync(logFile, 'utf8').split('\n').slice(-n).join('\n');
	const stop = () =>
		new Promise((resolve) => {
			if (child.exitCode !== null || child.signalCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGINT');
			setTimeout(() => child.kill('SIGKILL'), 10000).unref();
		});
	try {
		await waitForPort(rpcPort, timeoutMs, child);
	} catch (e) {
		await stop();
		throw new Error(`${e.message}\n--- ${logFile} (tail)\n${logTail()}`);
	}
	return { ws: `ws://127.0.0.1:${rpcPort}`, logFile, stop, logTail };
}

module.exports = { REPO, DEV_BLOCK_MS, nodeBinary, avfDir, freePort, startDevNode };
