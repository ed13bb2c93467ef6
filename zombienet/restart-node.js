// zombienet js-script: kills this node's process (SIGKILL, mid-run) and starts it again with the same command
// line, then waits until it has caught up: its best block reaches the other nodes' and finality, which stalls
// while one of the three GRANDPA voters is down, moves past where it was. Returns the new finalised height.
//
// zombienet's native provider cannot restart nodes, so this does it by hand: the new process's PID is written to
// <tmpDir>/<node>-restarted.pid, its log to <tmpDir>/<node>-restarted.log, and stop-restarted.js stops it at the
// end of the test (it also runs under `timeout`, so it cannot outlive a failed run by long).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { findNode } = require('./processes.js');
const { connect, sleep, poll } = require('../scripts/lib/chain.js');

async function heights(api) {
	const best = (await api.rpc.chain.getHeader()).number.toNumber();
	const finalized = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
	return { best, finalized };
}

async function run(nodeName, networkInfo) {
	const others = Object.keys(networkInfo.nodesByName).filter((n) => n !== nodeName).sort();
	const peer = await connect(networkInfo.nodesByName[others[0]].wsUri);
	let restarted = null;
	try {
		const { pid, argv } = findNode(nodeName, networkInfo.tmpDir);
		const before = await heights(peer.api);
		process.kill(pid, 'SIGKILL');
		for (let i = 0; fs.existsSync(`/proc/${pid}`) && i < 50; i++) await sleep(100);
		console.log(`${nodeName} (pid ${pid}) killed at finalised height ${before.finalized}, best ${before.best}`);
		await sleep(8000); // a block or more passes without it

		const log = fs.openSync(path.join(networkInfo.tmpDir, `${nodeName}-restarted.log`), 'w');
		const child = spawn('timeout', ['900', ...argv], { detached: true, stdio: ['ignore', log, log] });
		child.unref();
		fs.writeFileSync(path.join(networkInfo.tmpDir, `${nodeName}-restarted.pid`), String(child.pid));
		console.log(`${nodeName} restarted as pid ${child.pid}`);

		restarted = await poll(
			`${nodeName} did not answer after its restart`,
			() => connect(networkInfo.nodesByName[nodeName].wsUri, { timeoutMs: 5000 }),
			{ attempts: 60 },
		);
		return await poll(
			`${nodeName} did not catch up`,
			async () => {
				const own = await heights(restarted.api);
				const theirs = await heights(peer.api);
				if (own.best < theirs.best - 1 || theirs.finalized < before.best + 2 || own.finalized < before.best + 2) {
					throw new Error(JSON.stringify({ own, theirs, before }));
				}
				console.log(`${nodeName} caught up: best ${own.best} (peer ${theirs.best}), finalised ${own.finalized}`);
				return own.finalized;
			},
			{ attempts: 90, intervalMs: 2000 },
		);
	} finally {
		await peer.api.disconnect();
		if (restarted) await restarted.api.disconnect();
	}
}

module.exports = { run };
