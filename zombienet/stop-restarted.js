// zombienet js-script: stops the node processes restart-node.js started (zombienet does not know them), by the
// PIDs it recorded in <tmpDir>/<node>-restarted.pid. Returns how many it stopped.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

async function run(nodeName, networkInfo) {
	let stopped = 0;
	for (const file of fs.readdirSync(networkInfo.tmpDir).filter((f) => f.endsWith('-restarted.pid'))) {
		const pid = Number(fs.readFileSync(path.join(networkInfo.tmpDir, file), 'utf8'));
		try {
			// The `timeout` wrapper leads its own process group (detached): stop the node with it.
			process.kill(-pid, 'SIGINT');
			stopped++;
		} catch (e) {
			if (e.code !== 'ESRCH') throw e;
		}
	}
	return stopped;
}

module.exports = { run };
