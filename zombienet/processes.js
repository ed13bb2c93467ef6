// Shared by the zombienet js-scripts that kill nodes: finding a node's process of this network.
'use strict';

const fs = require('node:fs');

/**
 * The PID and argv of the process running node `name` of this network (`--name <name>`, base path in `tmpDir`),
 * read from /proc; not a `timeout` wrapper around it. Throws if none runs.
 */
function findNode(name, tmpDir) {
	for (const pid of fs.readdirSync('/proc').filter((p) => /^[0-9]+$/.test(p))) {
		let argv;
		try {
			argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
		} catch (e) {
			continue;
		}
		const i = argv.indexOf('--name');
		if (i >= 0 && argv[i + 1] === name && argv.some((a) => a.startsWith(tmpDir)) && !argv[0].endsWith('timeout')) {
			return { pid: Number(pid), argv };
		}
	}
	throw new Error(`no process runs node ${name} under ${tmpDir}`);
}

module.exports = { findNode };
