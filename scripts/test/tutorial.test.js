// The tutorial (docs/tutorial.md) as a test, so it cannot rot: every `sh` block of the page, in order, as one bash
// script in a new temporary directory outside the repository, against a fresh `coreplay-node --dev --consensus
// instant-seal`, with the `coreplay` command line and the node on PATH; then what each block printed is checked.
//
// Needs the `coreplay` and `coreplay-node` binaries in $CARGO_TARGET_DIR/debug (`cargo test --workspace` builds
// both: their integration tests run them). The actor crate the tutorial makes builds with CARGO_TARGET_DIR set to
// the test build's, so its tests reuse the dependencies the workspace compiled with the same profile and features.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { startDevNode, avfDir } = require('../lib/devnode.js');

const REPO = path.join(__dirname, '..', '..');
const TARGET = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache', 'coreplay', 'target');

/** The bodies of the ```sh blocks of `markdown`, in order (```text blocks are for the reader only). */
function shBlocks(markdown) {
	return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

let node;

before(async () => {
	node = await startDevNode({ consensus: 'instant-seal' });
});

after(async () => {
	if (node) await node.stop();
});

test('docs/tutorial.md runs as written: new, build, the off-chain test, deploy, calls decoded through the ABI', async () => {
	const blocks = shBlocks(fs.readFileSync(path.join(REPO, 'docs', 'tutorial.md'), 'utf8'));
	assert.equal(blocks.length, 6, 'new, build, test, deploy, dry run, execute');
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coreplay-tutorial-'));
	const marker = (i) => `== tutorial block ${i + 1}`;
	const script = ['set -euo pipefail', ...blocks.map((block, i) => `echo "${marker(i)}"\n${block}`)].join('\n');
	const env = {
		...process.env,
		PATH: `${path.join(TARGET, 'debug')}${path.delimiter}${process.env.PATH}`,
		COREPLAY_WS: node.ws,
		CARGO_TARGET_DIR: TARGET,
	};
	const { code, stdout, stderr } = await new Promise((resolve) => {
		execFile('bash', ['-c', script], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
			resolve({ code: error ? error.code : 0, stdout: out, stderr: err }),
		);
	});
	const context = `\n--- stdout\n${stdout}\n--- stderr (tail)\n${stderr.slice(-4000)}\n--- ${node.logFile} (tail)\n${node.logTail(20)}`;
	assert.equal(code, 0, `the tutorial failed${context}`);
	// What each block printed.
	const output = stdout.split(/^== tutorial block \d+\n/m).slice(1);
	assert.equal(output.length, blocks.length, context);
	const [made, built, tested, deployed, dryRun, executed] = output;
	assert.match(made, /made the actor crate `my-counter`/, context);
	assert.match(built, /^code hash: 0x[0-9a-f]{64}$/m, context);
	assert.match(built, /valid under the development chain's limits/, context);
	assert.match(built, /^metadata: +\S+my-counter\.json$/m, context);
	assert.match(tested, /test result: ok\. 4 passed/, context);
	assert.match(deployed, /^task id: +0$/m, context);
	assert.match(dryRun, /^result: 0x0600000000000000$/m, context);
	assert.match(dryRun, /^reply: 6$/m, context);
	assert.match(dryRun, /^dry run: Ok, .*\(nothing submitted\)$/m, context);
	assert.match(dryRun, /^print: count: 6$/m, context);
	assert.match(dryRun, /^event: actor 0, topics \[\], data 0x0600000000000000$/m, context);
	assert.match(dryRun, /^ {2}decoded: \{"count":6\}$/m, context);
	assert.match(executed, /^result: 0x0600000000000000$/m, context);
	assert.match(executed, /^print: count: 6$/m, context);
	assert.match(executed, /^reply: 6$/m, context);
	assert.match(executed, /ActorEvent/, context);
	assert.match(executed, /^ {2}decoded: \{"count":6\}$/m, context);
	assert.match(executed, /^actor 0: sequence 1, /m, context);
	fs.rmSync(dir, { recursive: true, force: true });
});

test('coreplay check --ws validates a blob under the live chain\'s limits (ActorsApi::limits)', async () => {
	const run = (args) =>
		new Promise((resolve) => {
			execFile(path.join(TARGET, 'debug', 'coreplay'), args, (error, out, err) =>
				resolve({ code: error ? error.code : 0, stdout: out, stderr: err }),
			);
		});
	const counter = path.join(avfDir(), 'counter.avf');
	const good = await run(['check', '--avf', counter, '--ws', node.ws]);
	assert.equal(good.code, 0, good.stderr);
	assert.match(good.stdout, new RegExp(`valid under the limits of the chain at ${node.ws}$`, 'm'));
	const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coreplay-check-')), 'bad.avf');
	fs.writeFileSync(bad, 'not an actor');
	const refused = await run(['check', '--avf', bad, '--ws', node.ws]);
	assert.equal(refused.code, 1);
	assert.match(refused.stderr, /^coreplay: .*bad\.avf is not an actor the limits of the chain at .* accept: /);
	const unreachable = await run(['check', '--avf', counter, '--ws', 'ws://127.0.0.1:1']);
	assert.equal(unreachable.code, 1);
	assert.match(unreachable.stderr, /^coreplay: asking ws:\/\/127\.0\.0\.1:1 for its limits failed: /);
	fs.rmSync(path.dirname(bad), { recursive: true, force: true });
});
