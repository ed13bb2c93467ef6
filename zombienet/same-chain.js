// zombienet js-script: every node has the same block hash at every height up to the lowest finalised height
// among them (so every validator imported, re-executed and accepted the same blocks), and their finalised
// heads are on that chain. Returns that height.
'use strict';

const { connect } = require('../scripts/lib/chain.js');

async function run(nodeName, networkInfo) {
	const names = Object.keys(networkInfo.nodesByName).sort();
	const conns = await Promise.all(names.map((n) => connect(networkInfo.nodesByName[n].wsUri)));
	try {
		const finalized = [];
		for (const { api } of conns) {
			const head = await api.rpc.chain.getFinalizedHead();
			finalized.push((await api.rpc.chain.getHeader(head)).number.toNumber());
		}
		const height = Math.min(...finalized);
		for (let n = 1; n <= height; n++) {
			const hashes = await Promise.all(conns.map(({ api }) => api.rpc.chain.getBlockHash(n)));
			const distinct = new Set(hashes.map((h) => h.toHex()));
			if (distinct.size !== 1) {
				throw new Error(`block ${n} differs: ${names.map((name, i) => `${name}=${hashes[i].toHex()}`).join(' ')}`);
			}
		}
		console.log(`${names.join(', ')}: the same ${height} finalised blocks (finalised heights ${finalized.join(', ')})`);
		return height;
	} finally {
		await Promise.all(conns.map(({ api }) => api.disconnect()));
	}
}

module.exports = { run };
