// zombienet js-script, args "<victim>,<survivor>[,<takeovers>]": kills the victim node's process (SIGKILL) and its
// sequencer with it, then waits until the survivor's sequencer has advanced, in grace, `takeovers` times (default 1)
// actors the victim held (`GraceTaken` events
// by the survivor's key whose canonical sequencer is the victim's): a sequencer that stops does not stop its
// actors, only delays them by `GracePeriod` blocks. Returns how many such takeovers it saw.
'use strict';

const fs = require('node:fs');
const { findNode } = require('./processes.js');
const { connect, signerFrom, sleep, poll } = require('../scripts/lib/chain.js');

async function run(nodeName, networkInfo, args) {
	const [victim = 'bob', survivor = 'alice', wanted = '1'] = args;
	const key = (name) => signerFrom(`//${name[0].toUpperCase()}${name.slice(1)}`).address;
	const [victimKey, survivorKey] = [key(victim), key(survivor)];
	const { api } = await connect(networkInfo.nodesByName[nodeName].wsUri);
	try {
		const { pid } = findNode(victim, networkInfo.tmpDir);
		process.kill(pid, 'SIGKILL');
		for (let i = 0; fs.existsSync(`/proc/${pid}`) && i < 50; i++) await sleep(100);
		let from = (await api.rpc.chain.getHeader()).number.toNumber();
		console.log(`${victim} (pid ${pid}) killed at #${from}; waiting for ${survivor} to take over its actors`);
		let takeovers = 0;
		await poll(`${survivor} taking over ${victim}'s actors in grace`, async () => {
			const head = (await api.rpc.chain.getHeader()).number.toNumber();
			for (; from <= head; from++) {
				const hash = await api.rpc.chain.getBlockHash(from);
				for (const { event } of await (await api.at(hash)).query.system.events()) {
					if (event.section !== 'actors' || event.method !== 'GraceTaken') continue;
					const { task, by, canonical } = event.data;
					if (by.toString() === survivorKey && canonical.toString() === victimKey) {
						console.log(`#${from}: actor ${task} taken over by ${survivor} in grace`);
						takeovers++;
					}
				}
			}
			return takeovers >= Number(wanted) ? takeovers : undefined;
		}, { attempts: 60, intervalMs: 5000 });
		return takeovers;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
