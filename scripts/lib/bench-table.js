// Reads criterion's results (target/criterion/<group>/<name>/new/{estimates,benchmark}.json) for the
// benchmarks of actors/fixtures/benches/replay.rs and bench/benches/in_runtime.rs and prints the Markdown table
// of docs/performance.md.
// Usage: node scripts/lib/bench-table.js <criterion dir> [weights.rs] [bencher output]
// The weights file is pallets/actors/src/weights.rs, or with BENCH_WEIGHTS_LIVE=1 the one this run rendered.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [dir, weightsFile, peerFile] = process.argv.slice(2);
/** Set by scripts/bench.sh when `weightsFile` was rendered by this run's in-runtime benchmarks. */
const live = process.env.BENCH_WEIGHTS_LIVE === '1';
if (!dir) {
	console.error('usage: bench-table.js <criterion dir> [weights.rs]');
	process.exit(1);
}

/** `{ meanNs, throughput }` of benchmark `group/name`, or null if it did not run. */
function result(group, name) {
	const base = path.join(dir, group, name, 'new');
	try {
		const estimates = JSON.parse(fs.readFileSync(path.join(base, 'estimates.json'), 'utf8'));
		const benchmark = JSON.parse(fs.readFileSync(path.join(base, 'benchmark.json'), 'utf8'));
		return { meanNs: estimates.mean.point_estimate, throughput: benchmark.throughput || null };
	} catch (e) {
		return null;
	}
}

const fmtTime = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);
/** Bytes as B, KiB (one decimal) or MiB (two), whole multiples without decimals (`256 KiB`). */
const fmtBytes = (b) => (b >= 1 << 20 ? `${(b / (1 << 20)).toFixed(b % (1 << 20) ? 2 : 0)} MiB` : b >= 1024 ? `${(b / 1024).toFixed(b % 1024 ? 1 : 0)} KiB` : `${b} B`);
const rows = [];
const missing = [];
/** Per workload, the compute part of its charge over its time in the runtime: `dryRun` (one APoV per runtime call,
 * in a fresh instance), `block` (per APoV of a block of `copies`, as a validator imports it). */
const band = new Map();

/**
 * Written by bench/benches/in_runtime.rs: `workloads[name]` is `{ charged, n, i, consumed, sent, sent_bytes }`,
 * the weight (ps of ref_time) each workload's APoV is charged after refunds, the components of `submit_apov(n, i)`
 * in it, and its messages (`Pallet::messages_weight`); `db` is the runtime's `DbWeight` (`read`, `write`, ps);
 * `limits` the chain's code, witness and message limits.
 */
let inRuntime = { workloads: {} };
try {
	inRuntime = JSON.parse(fs.readFileSync(path.join(dir, '..', 'in-runtime-charged.json'), 'utf8'));
} catch (e) { /* not measured in this run */ }
const weightsText = weightsFile ? fs.readFileSync(weightsFile, 'utf8') : null;
/** `submit_apov(n, i)` as `weights.rs` declares it (`weightFn`), or null. */
const submitWeight = weightsText && weightFn(weightsText, 'submit_apov', ['n', 'i']);
/** `submit_apov_fixed()`: the fixed part the pallet charges, with `submit_apov`'s slopes above (1, 0); or null. */
const fixedWeight = weightsText && weightFn(weightsText, 'submit_apov_fixed', []);
/** `apply_messages(c, m, k)`: the messages' slopes the pallet charges (`Pallet::messages_weight`); or null. */
const messagesWeight = weightsText && weightFn(weightsText, 'apply_messages', ['c', 'm', 'k']);
/** `signed_calls_ed25519(s)`: a signed call's storage accesses (its signer's nonce read and written; the same for
 * every scheme), which the pallet charges per call with the slope; or null. */
const signedWeight = weightsText && weightFn(weightsText, 'signed_calls_ed25519', ['s']);
/**
 * The part of `w` (an in_runtime.rs workload entry) that pays for storage: the reads and writes `submit_apov(n, i)`
 * declares in `weights.rs`, those of its messages and those of its signed calls, at the runtime's `DbWeight`. The
 * pallet's other weights are charged as slopes without storage accesses per unit, so their storage parts cancel.
 * `{ ps, reads, writes }`, or null if unknown.
 */
function storagePart(w) {
	const submit = submitWeight;
	if (!submit || !inRuntime.db || w.n === undefined) return null;
	// As the pallet charges it: the fixed benchmark's accesses, and `submit_apov`'s per-component ones above (1, 0).
	const count = fixedWeight
		? (io, fixed) => fixed.base + io.n * (w.n - 1) + io.i * w.i
		: (io) => io.base + io.n * w.n + io.i * w.i;
	// And the messages' (`Pallet::messages_weight`): per consumed and per sent message, and per byte sent the
	// accesses of a largest message over an empty one's.
	const messages = (io) => {
		if (!messagesWeight || !w.consumed && !w.sent) return 0;
		const max = (inRuntime.limits && inRuntime.limits.max_message_bytes) || 1;
		return io.c * (w.consumed || 0) + io.m * (w.sent || 0) + Math.ceil((io.k - io.m) * (w.sent_bytes || 0) / max);
	};
	if ((w.consumed || w.sent) && !messagesWeight) return null;
	if (w.signed && !signedWeight) return null;
	// Each signed call's nonce, a read and a write (before session 23 the table counted them as compute).
	const signed = (io) => (w.signed ? io.s * w.signed : 0);
	const reads = count(submit.reads, fixedWeight && fixedWeight.reads) + messages(messagesWeight && messagesWeight.reads) + signed(signedWeight && signedWeight.reads);
	const writes = count(submit.writes, fixedWeight && fixedWeight.writes) + messages(messagesWeight && messagesWeight.writes) + signed(signedWeight && signedWeight.writes);
	return { ps: reads * inRuntime.db.read + writes * inRuntime.db.write, reads, writes };
}
/** The fixed cost of a runtime call (`ActorsApi_limits`), inside each in-runtime dry run. */
const overhead = result('in-runtime', 'call-overhead');
rows.push('| benchmark | mean time | figure |', '|---|---|---|');
for (const name of ['counter-minimal', 'counter-1MiB', 'spin-100k', 'sidetask-job', 'ledger-100-transfers', 'large-memory-2MiB', 'witness-lookups', 'ping-pong-16-rounds', 'links-8-actors', 'branches-random']) {
	const r = result('validate', name);
	if (!r) { missing.push(`validate/${name}`); continue; }
	const bytes = r.throughput && r.throughput.Bytes;
	rows.push(`| validate \`${name}\` (native coreplay-vm) | ${fmtTime(r.meanNs)} | APoV ${fmtBytes(bytes)}; ${(1e9 / r.meanNs).toFixed(0)} validations/s |`);
	const c = result('validate-compact', name);
	if (!c) { missing.push(`validate-compact/${name}`); continue; }
	const compactBytes = c.throughput && c.throughput.Bytes;
	rows.push(`| the same, compact \`post\` (delta against \`pre\`) | ${fmtTime(c.meanNs)} | APoV ${fmtBytes(compactBytes)} (${(100 * compactBytes / bytes).toFixed(0)} %); ${(c.meanNs / r.meanNs).toFixed(2)}× the time |`);
	// bench/benches/in_runtime.rs: the same compact APoV through `ActorsApi_dry_run_apov` in the runtime Wasm.
	const w = result('in-runtime', name);
	if (!w) { missing.push(`in-runtime/${name}`); continue; }
	// The charge beside the time: its compute part (a dry run's storage is in memory) against the time less the
	// runtime call's fixed cost (a block instantiates the runtime once, not per extrinsic).
	const entry = inRuntime.workloads[name];
	const storage = entry && storagePart(entry);
	let charge = '';
	if (entry && storage && overhead) {
		const compute = entry.charged - storage.ps;
		const time = (w.meanNs - overhead.meanNs) * 1000;
		charge = `; charged ${fmtTime(entry.charged / 1000)} of weight, of which ${fmtTime(compute / 1000)} compute (less \`DbWeight\` of ${storage.reads} reads, ${storage.writes} writes); less the call's fixed cost, the time is ${(time / compute).toFixed(2)}× that compute`;
		band.set(name, { dryRun: compute / time });
	} else if (entry) {
		charge = `; charged ${fmtTime(entry.charged / 1000)} of weight, ${((w.meanNs * 1000) / entry.charged).toFixed(2)}× that in time`;
	}
	rows.push(`| the same compact APoV in the runtime (\`ActorsApi_dry_run_apov\` under sc-executor) | ${fmtTime(w.meanNs)} | 1/${(w.meanNs / c.meanNs).toFixed(1)} of native coreplay-vm's speed${charge} |`);
}
if (overhead) rows.push(`| a runtime call in the runtime Wasm under sc-executor (\`ActorsApi_limits\`: instantiate, call, answer) | ${fmtTime(overhead.meanNs)} | the fixed cost inside each in-runtime row above |`);
// in_runtime.rs's block imports: `Core_execute_block` of `copies` signed `submit_apov`s of a workload (each on
// actors of its own) against the same block of remarks about as long (a remark's call does nothing, so that block
// is what the transactions cost besides their calls); per APoV, the difference set against the compute part of
// its charge (storage is in memory here too).
for (const [name, block] of Object.entries(inRuntime.blocks || {})) {
	const apovs = result('in-runtime-block', `${name}x${block.copies}`);
	const remarks = result('in-runtime-block', `${name}x${block.copies}-remarks`);
	const entry = inRuntime.workloads[name];
	const storage = entry && storagePart(entry);
	if (!apovs || !remarks || !storage) { missing.push(`in-runtime-block/${name}x${block.copies}`); continue; }
	const perApov = (apovs.meanNs - remarks.meanNs) / block.copies;
	const compute = entry.charged - storage.ps;
	// The same APoV alone at the head of a block and after a remark of each size of in_runtime.rs's CONTEXTS
	// (`contexts`: the quartiles of paired differences with the same block with a remark as long in its place):
	// the band sets the charge against the costliest of the block of copies and these medians.
	const contexts = block.contexts || [];
	if (!contexts.length) missing.push(`the contexts of ${name} (in_runtime.rs, paired imports)`);
	const worst = Math.max(perApov, ...contexts.map((c) => c.median));
	// Each executor's costliest context (`executors`: in_runtime.rs measures every context in a few executors, each
	// of which compiled the runtime anew), against the charge: the spread of where the runtime's code lands.
	const draws = contexts.length > 0 && contexts.every((c) => Array.isArray(c.executors) && c.executors.length === contexts[0].executors.length)
		? contexts[0].executors.map((_, k) => compute / (Math.max(perApov, ...contexts.map((c) => c.executors[k])) * 1000))
		: [];
	band.set(name, { ...(band.get(name) || {}), block: compute / (perApov * 1000), worst: compute / (worst * 1000), draws, copies: block.copies });
	const where = (pad) => (pad ? `after ${pad / 1000} KB` : 'at the head');
	const alone = contexts.length ? `; alone ${contexts.map((c) => `${where(c.after)}: ${fmtTime(c.median)} (${fmtTime(c.q1)}-${fmtTime(c.q3)})`).join(', ')}` : '';
	rows.push(`| block import of ${block.copies} \`${name}\` APoVs (\`Core_execute_block\` under sc-executor), less the same block of remarks as long | ${fmtTime(apovs.meanNs)} | ${fmtTime(perApov)} per APoV (remarks block ${fmtTime(remarks.meanNs)})${alone}; the compute part of its charge (${fmtTime(compute / 1000)}) is ${(compute / (perApov * 1000)).toFixed(2)}× the first, ${(compute / (worst * 1000)).toFixed(2)}× the costliest |`);
}
const fuel = result('fuel', 'spin-100k');
const native = result('native', 'spin-100k');
let nsPerFuel = null;
if (fuel && fuel.throughput && fuel.throughput.Elements) {
	nsPerFuel = fuel.meanNs / fuel.throughput.Elements;
	rows.push(`| fuel rate, \`spin-100k\` (native coreplay-vm) | ${fmtTime(fuel.meanNs)} | ${fuel.throughput.Elements} fuel: ${(nsPerFuel * 1000).toFixed(0)} ps per fuel |`);
} else missing.push('fuel/spin-100k');
if (native && fuel) {
	rows.push(`| the same 100,000 steps as native Rust | ${fmtTime(native.meanNs)} | native coreplay-vm is ${(fuel.meanNs / native.meanNs).toFixed(1)}× slower |`);
} else if (!native) missing.push('native/spin-100k');
for (const op of ['encode', 'hash', 'decode']) {
	const r = result('snapshot', `${op}-2MiB`);
	if (!r) { missing.push(`snapshot/${op}-2MiB`); continue; }
	const gibs = (r.throughput.Bytes / (1 << 30)) / (r.meanNs / 1e9);
	rows.push(`| snapshot ${op}, 32 touched pages (2 MiB) | ${fmtTime(r.meanNs)} | ${gibs.toFixed(2)} GiB/s |`);
}

// The in-runtime rate from the generated weights: `fn fuel(k)` is the weight of k thousand fuel.
if (weightsFile && nsPerFuel) {
	const text = weightsText;
	const generated = !/NOT YET GENERATED/.test(text);
	const m = /fn fuel\(\s*k: u32,?\s*\) -> Weight \{[\s\S]*?Weight::from_parts\(([0-9_]+), 0\)\.saturating_mul\(k\.into\(\)\)/.exec(text);
	if (m) {
		const psPerFuel = Number(m[1].replace(/_/g, '')) / 1000;
		const ratio = psPerFuel / (nsPerFuel * 1000);
		rows.push(`| fuel rate in the runtime (\`fn fuel\`${live ? ', this run' : generated ? ' in weights.rs, benchmarked' : ' in weights.rs, HAND ESTIMATE'}) | — | ${psPerFuel.toFixed(0)} ps per fuel: 1/${ratio.toFixed(1)} of native coreplay-vm |`);
	}
}
// `submit_apov(n, i)`, `snapshot_pages(k)` and `zero_pages(m)` in the runtime, from the generated weights: fixed parts and slopes.
/** `{ base, <component>: slope }` (picoseconds of ref_time) of weight function `name`, or null. */
function weightFn(text, name, components) {
	const body = new RegExp(`fn ${name}\\([^)]*\\) -> Weight \\{([\\s\\S]*?)\\n\\t\\}`).exec(text);
	if (!body) return null;
	const base = /Weight::from_parts\(([0-9_]+), [0-9_]+\)\n/.exec(body[1]);
	if (!base) return null;
	const parts = { base: Number(base[1].replace(/_/g, '')) };
	// The minimum execution time frame-benchmarking-cli measured (ns), from the comment it writes.
	const min = /minimum execution time: ([0-9_]+) ns/.exec(body[1]);
	parts.minNs = min ? Number(min[1].replace(/_/g, '')) : null;
	// Storage accesses: `reads(3)`, `reads((3_u64).saturating_mul(n.into()))`, and the same for writes.
	for (const io of ['reads', 'writes']) {
		const fixed = new RegExp(`DbWeight::get\\(\\)\\.${io}\\(([0-9]+)\\)`).exec(body[1]);
		parts[io] = { base: fixed ? Number(fixed[1]) : 0 };
		for (const c of components) {
			const per = new RegExp(`DbWeight::get\\(\\)\\.${io}\\(\\(([0-9]+)_u64\\)\\.saturating_mul\\(${c}\\.into\\(\\)\\)\\)`).exec(body[1]);
			parts[io][c] = per ? Number(per[1]) : 0;
		}
	}
	for (const c of components) {
		const slope = new RegExp(`Weight::from_parts\\(([0-9_]+), 0\\)\\.saturating_mul\\(${c}\\.into\\(\\)\\)`).exec(body[1]);
		parts[c] = slope ? Number(slope[1].replace(/_/g, '')) : 0;
	}
	return parts;
}
if (weightsText) {
	const text = weightsText;
	const submit = submitWeight;
	const pages = weightFn(text, 'snapshot_pages', ['k']);
	const zero = weightFn(text, 'zero_pages', ['m']);
	const ps = (x) => fmtTime(x / 1000); // weight ref_time is in picoseconds
	const gibs = (bytes, psTime) => ((bytes / (1 << 30)) / (psTime / 1e12)).toFixed(2);
	if (submit && pages && zero) {
		rows.push(`| \`submit_apov\` in the runtime, per co-scheduled actor (\`n\`, one page, no chunk stored) | ${ps(submit.n)} | load its code, instantiate, restore, run, compare, hash, payout, store |`);
		rows.push(`| \`submit_apov\` in the runtime, per Agenda item beyond one per actor (\`i\`) | ${ps(submit.i)} | its instructions are charged as fuel |`);
		// k and m count pre and post pages halved: one unit is a page in `pre` and one in `post`; a stored page is
		// every one of its 512 chunks stored, and the pallet charges stored chunks at k / 512 each.
		rows.push(`| \`submit_apov\` in the runtime, per page of stored chunks in \`pre\` or \`post\` (\`k\`/2; \`k\`/1024 per chunk) | ${ps(pages.k / 2)} | ${gibs(65536, pages.k / 2)} GiB/s of touched memory |`);
		rows.push(`| \`submit_apov\` in the runtime, per zero page of \`pre\` or \`post\`, grown past the code's initial memory (\`zero_pages\` \`m\`/2) | ${ps(zero.m / 2)} | ${zero.m ? gibs(65536, zero.m / 2) : '—'} GiB/s of untouched memory |`);
		// What the pallet charges the minimal submission: `submit_apov_fixed` (measured at that point), or, in
		// weights.rs files before it, `submit_apov(1, 0)` as fitted.
		const minimal = fixedWeight ? fixedWeight.base : submit.base + submit.n;
		const minimalName = fixedWeight ? '`submit_apov_fixed`' : '`submit_apov(1, 0)`';
		const large = result('validate', 'large-memory-2MiB');
		if (large) {
			// 32 pages, each restored from `pre` and compared with `post`: one `k` unit of `snapshot_pages`.
			const nativePerPage = (large.meanNs * 1000) / 32;
			rows.push(`| the same per page pair, native (\`large-memory-2MiB\` / 32) | ${ps(nativePerPage)} | the runtime takes ${(pages.k / nativePerPage).toFixed(1)}× as long per page pair (\`k\`) |`);
		}
		rows.push(`| minimal APoV in the runtime (1 actor, 1 Service, 1 page, no chunk stored): ${minimalName} | ${ps(minimal)} | ${Math.floor(2e12 / minimal)} per 2 s of block execution (fuel excluded) |`);
		// frame-benchmarking-cli writes the least time it measured for any components beside the fitted line; FRAME
		// varies one component with the others at their maximum, so for `submit_apov` that is `n` = 1 with `i` at
		// its maximum, not the fixed part (which `submit_apov_fixed` measures at its own point).
		if (submit.minNs) {
			rows.push(`| the least time \`submit_apov\`'s benchmark measured (\`n\` = 1, \`i\` at its maximum: FRAME varies one component with the others at their maximum) | ${fmtTime(submit.minNs)} | not the fixed part, which ${minimalName} measures at its own point (\`submit_apov\`'s fixed part as fitted, not charged: ${ps(submit.base)}) |`);
		}
	} else missing.push('submit_apov / snapshot_pages / zero_pages in weights.rs');
	const expand = weightFn(text, 'expand_post', ['p', 'd']);
	if (expand && pages) {
		rows.push(`| expanding a compact \`post\` in the runtime, per page of \`pre\` the delta leaves (\`expand_post\` \`p\`: 512 chunks copied) | ${ps(expand.p)} | ${(100 * expand.p / pages.k).toFixed(0)} % of a page pair's validation (\`k\`); charged per 512 chunks of each delta's \`pre\` |`);
		rows.push(`| the same, per page the delta rewrites (\`expand_post\` \`d\`: 512 chunks compared, scanned and copied, \`pre\`'s included) | ${ps(expand.d)} | ${(100 * expand.d / pages.k).toFixed(0)} % of a page pair's validation; charged per 512 chunks of each delta |`);
	} else missing.push('expand_post in weights.rs');
	const fresh = weightFn(text, 'fresh_pages', ['p']);
	if (fresh && pages) {
		rows.push(`| the first touch of a 64 KiB page of runtime heap no allocation of the block used (\`fresh_pages\` \`p\`: one write per 4 KiB, never freed) | ${ps(fresh.p)} | ${(100 * fresh.p / pages.k).toFixed(0)} % of a page pair's validation; charged per page each instance declares (a \`pre\` and \`post\` pair's pages, halved): what a block's first APoV pays and repeated benchmarks do not see |`);
	} else missing.push('fresh_pages in weights.rs');
	if (messagesWeight) {
		const max = (inRuntime.limits && inRuntime.limits.max_message_bytes) || 4096;
		rows.push(`| an outcome's messages in the runtime (\`apply_messages\`), per consumed message (charged as one of ${fmtBytes(max)}: \`c\`) | ${ps(messagesWeight.c)} | read, hashed, taken from the inbox, its sender's quota freed |`);
		rows.push(`| the same, per message sent, empty (\`m\`) / of ${fmtBytes(max)} (\`k\`) | ${ps(messagesWeight.m)} / ${ps(messagesWeight.k)} | recipient and quota checked, written to the inbox; ${messagesWeight.k > messagesWeight.m ? ps((messagesWeight.k - messagesWeight.m) / (max / 1024)) : '—'} per KiB of payload |`);
	} else missing.push('apply_messages in weights.rs');
	// Code (`code_load(c, f)`, `upload_code(c, f)`) and the fuel rates of calls and compiling, as the pallet charges
	// them. The figures for a whole code are at the chain's limits, as the runtime answered `ActorsApi_limits` in
	// this run's in_runtime.rs (without it, per KiB and per function only).
	const limits = inRuntime.limits;
	const perCode = (slope) => (limits ? `${ps(slope * limits.max_code_bytes)} per ${fmtBytes(limits.max_code_bytes)} code` : `${ps(slope * 1024)} per KiB`);
	const perFunctions = (slope) => (limits ? `${ps(slope * limits.max_functions)} for ${limits.max_functions.toLocaleString('en-US')} functions` : '');
	const load = weightFn(text, 'code_load', ['c', 'f']);
	if (load) {
		rows.push(`| a slab's code in the runtime, per byte (\`code_load\` \`c\`: empty \`loop\`s, never called) | ${ps(load.c)} | ${perCode(load.c)}; charged per byte of each slab's code |`);
		rows.push(`| a slab's code in the runtime, per function (\`code_load\` \`f\`: 128 locals, each called once, so compiled) | ${ps(load.f)} | ${perFunctions(load.f)} |`);
	} else missing.push('code_load in weights.rs');
	const upload = weightFn(text, 'upload_code', ['c', 'f']);
	if (upload) {
		rows.push(`| \`upload_code\` in the runtime, per byte (\`c\`: empty \`loop\`s, validated and compiled in full) | ${ps(upload.c)} | ${perCode(upload.c)} |`);
		rows.push(`| \`upload_code\` in the runtime, per function (\`f\`: 128 locals) | ${ps(upload.f)} | ${perFunctions(upload.f)} |`);
	} else missing.push('upload_code in weights.rs');
	const links = weightFn(text, 'code_links', ['i', 'e', 'x']);
	if (links) {
		const all = (slope, name) => (limits && limits[name] ? `; ${ps(slope * limits[name])} for ${limits[name]}` : '');
		rows.push(`| a slab's code in the runtime, per import (\`code_links\` \`i\`: each linked at instantiation) | ${ps(links.i)} | charged per import of each slab's and each uploaded code${all(links.i, 'max_imports')} |`);
		rows.push(`| a slab's code in the runtime, per export (\`code_links\` \`e\`: names of \`max_export_name_bytes\`) | ${ps(links.e)} | charged per export${all(links.e, 'max_exports')} |`);
		rows.push(`| a slab's code in the runtime, per element item (\`code_links\` \`x\`: each written into the table at instantiation) | ${ps(links.x)} | charged per element item${all(links.x, 'max_element_items')} |`);
	} else missing.push('code_links in weights.rs');
	const witness = weightFn(text, 'witness', ['p', 'k']);
	if (witness) {
		rows.push(`| the witness in the runtime, per preimage (\`witness\` \`p\`: hashed, copied and sorted into the index before the Agenda runs) | ${ps(witness.p)} | ${limits && limits.max_witness_items ? `${ps(witness.p * limits.max_witness_items)} for ${limits.max_witness_items}` : ''} |`);
		rows.push(`| the witness in the runtime, per KiB of preimages (\`witness\` \`k\`: blake2-256 in the runtime's Wasm, and the copy) | ${ps(witness.k)} | ${gibs(1024, witness.k)} GiB/s |`);
	} else missing.push('witness in weights.rs');
	for (const scheme of ['sr25519', 'ed25519', 'ecdsa']) {
		const signed = weightFn(text, `signed_calls_${scheme}`, ['s']);
		if (signed) {
			rows.push(`| a signed call in the runtime, ${scheme} (\`signed_calls_${scheme}\` \`s\`: the raw payload, checked once; its nonce read and written) | ${ps(signed.s)} | charged per \`SignedCall\` of this scheme; a \`<Bytes>\`-wrapped signature (a browser extension's) is checked twice and charged this compute once more, declared so before the check and refunded after it for a raw one |`);
		} else missing.push(`signed_calls_${scheme} in weights.rs`);
	}
	const arith = weightFn(text, 'fuel', ['k']);
	const rates = [
		['fuel_calls', 'a `call` of a function without locals per loop iteration, `CALL_FUEL`'],
		['fuel_locals', 'the same callee with 128 locals, `LOCAL_FUEL` each'],
		['fuel_call_indirect', 'a `call_indirect` per loop iteration, `CALL_INDIRECT_FUEL`'],
		['fuel_compile', 'a function of empty `loop`s compiled at its first call, `COMPILE_FUEL` per byte'],
	].map(([name, what]) => [name, what, weightFn(text, name, ['k'])]);
	if (arith && arith.k && rates.every(([, , w]) => w)) {
		for (const [name, what, w] of rates) {
			rows.push(`| fuel rate in the runtime, \`${name}\` (${what}) | — | ${(w.k / 1000).toFixed(0)} ps per fuel, ${(w.k / arith.k).toFixed(2)}× the arithmetic rate (\`fuel\`); fuel is charged at the highest rate |`);
		}
	} else missing.push('fuel and the fuel_* rates in weights.rs');
}
for (const name of ['counter', 'ledger', 'functions-max-locals', 'loops-max-bytes', 'links-max']) {
	const u = result('upload', name);
	const r = result('load', name);
	if (!u || !r) { missing.push(`upload/${name} or load/${name}`); continue; }
	const bytes = r.throughput && r.throughput.Bytes;
	rows.push(`| \`${name}\` (native, ${fmtBytes(bytes)}): \`Machine::validate_code\` (upload) | ${fmtTime(u.meanNs)} | ${(u.meanNs / bytes).toFixed(0)} ns per byte |`);
	rows.push(`| the same, \`Machine::load\` and \`create\` (a slab's module, and \`init\` compiling what it calls) | ${fmtTime(r.meanNs)} | ${(r.meanNs / bytes).toFixed(0)} ns per byte; ${(u.meanNs / r.meanNs).toFixed(1)}× faster than upload |`);
}
// The fuel schedule's calibration probe (`fuel-shapes/*`, native coreplay-vm, replay.rs): each operator shape's
// time per unit of fuel against `if-shift` (`if`s on random bits held in a local: the kind of work of the pallet's
// `fuel_branches` benchmark, one of the fuel slopes the pallet charges the highest of), the costliest per unit
// first.
const shapesDir = path.join(dir, 'fuel-shapes');
const reference = result('fuel-shapes', 'if-shift');
if (reference && reference.throughput && fs.existsSync(shapesDir)) {
	const perUnit = (r) => r.meanNs / r.throughput.Elements;
	const shapes = fs.readdirSync(shapesDir)
		.map((name) => [name, result('fuel-shapes', name)])
		.filter(([, r]) => r && r.throughput && r.throughput.Elements)
		.sort((a, b) => perUnit(b[1]) - perUnit(a[1]));
	for (const [name, r] of shapes) {
		const ratio = perUnit(r) / perUnit(reference);
		rows.push(`| fuel shape \`${name}\` (native, ${r.throughput.Elements} fuel) | ${fmtTime(r.meanNs)} | ${(perUnit(r) * 1000).toFixed(0)} ps per fuel, ${ratio.toFixed(2)}× \`if-shift\`${ratio > 1.3 ? ': charged below its time' : ''} |`);
	}
} else missing.push('fuel-shapes/* (the fuel schedule\'s calibration probe)');
// The live in-runtime run of scripts/bench.sh: `fuel` and `peer_wasmi` slopes (µs per k: 125 loop iterations,
// about a thousand units of our fuel) from frame-omni-bencher's median-slopes output.
/** The slope of component `k` (µs) of `extrinsic` in the bencher's text output, or null. */
function benchedSlope(text, extrinsic) {
	const at = text.indexOf(`Extrinsic: "${extrinsic}"`);
	if (at < 0) return null;
	const median = text.indexOf('Median Slopes Analysis', at);
	const m = median < 0 ? null : /\+ k\s+([0-9.]+)/.exec(text.slice(median));
	return m ? Number(m[1]) : null;
}
if (peerFile && fs.existsSync(peerFile)) {
	const text = fs.readFileSync(peerFile, 'utf8');
	const ours = benchedSlope(text, 'fuel');
	const peer = benchedSlope(text, 'peer_wasmi');
	if (ours && peer) {
		rows.push(`| the same loop in the runtime, live: coreplay-vm (\`fuel\` benchmark), per 125 iterations | ${fmtTime(ours * 1000)} | ${nsPerFuel ? `1/${(ours / nsPerFuel).toFixed(1)} of native coreplay-vm per fuel` : ''} |`);
		rows.push(`| the peer: wasmi 0.32.3 as pallet-contracts 51 runs it, the same loop in the runtime (\`peer_wasmi\`) | ${fmtTime(peer * 1000)} | coreplay-vm is ${(peer / ours).toFixed(1)}× as fast |`);
	} else missing.push('fuel / peer_wasmi in the bencher output');
} else missing.push('the live run of the pallet\'s benchmarks and the peer\'s by frame-omni-bencher (`--no-runtime` or `--no-bencher`)');
console.log(rows.join('\n'));
// Issue 26's band: each workload's compute charge between 1.0× and 1.3× its time in the runtime. Judged on block
// import, what validators run and the weights pay for, in the costliest of the contexts measured (a block of copies,
// and one copy alone at the head of a block and after remarks of in_runtime.rs's CONTEXTS sizes: a block's first
// APoV of its kind pays what the copies after it reuse, and the charge must cover it wherever it lands); the dry
// run (an RPC, a fresh runtime instance per APoV, its heap faulted in on first touch) and the block of copies
// beside it.
if (band.size) {
	const x = (r) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
	const verdict = (r) => (r === undefined ? '' : r < 1 ? 'no: under' : r > 1.3 ? 'no: over' : 'yes');
	// The pallet benchmarks' own APoVs (in_runtime.rs marks them `calibration`: `workloads::calibration`): not in
	// the band, but how far each benchmark's measurement (frame-omni-bencher) is from block import.
	const calibration = (name) => Boolean(inRuntime.workloads[name] && inRuntime.workloads[name].calibration);
	// in_runtime.rs's `heap`: the runtime heap the APoV's validation takes in a fresh instance (the allocator's
	// high-water mark, less a runtime call's own), beside the memory its snapshots declare (`memory`: one
	// instance's per `pre` and `post` pair): the first touch a block's first APoV pays.
	const heap = (name) => {
		const w = inRuntime.workloads[name];
		if (!w || w.heap === undefined || w.memory === undefined) return '—';
		return `${(w.heap / 1024).toFixed(0)} KiB (${(w.memory / 1024).toFixed(0)} KiB of memory pages)`;
	};
	// Per executor: its costliest context's ratio, and in how many executors that is in the band.
	const spread = (d) => (d && d.length > 1 ? `${x(Math.min(...d))}-${x(Math.max(...d))}` : '—');
	const inBand = (d) => (d && d.length > 1 ? `; in ${d.filter((r) => r >= 1 && r <= 1.3).length} of ${d.length} executors` : '');
	console.log('\n| workload | charge / time, dry run | charge / time, block import (APoVs per block) | charge / time, the costliest block context (median of the executors) | the same, per executor | in 1.0–1.3× of the costliest | fresh heap |');
	console.log('|---|---|---|---|---|---|---|');
	for (const [name, b] of band) {
		const judged = calibration(name) ? `the benchmark's own APoV: ${b.worst === undefined ? '—' : `its weight is ${x(b.worst)} its costliest block import`}` : `${verdict(b.worst)}${inBand(b.draws)}`;
		console.log(`| \`${name}\` | ${x(b.dryRun)} | ${x(b.block)}${b.copies ? ` (${b.copies})` : ''} | ${x(b.worst)} | ${spread(b.draws)} | ${judged} | ${heap(name)} |`);
	}
}
// Where the rows from weights.rs were measured: its header names the date and CPU (frame-benchmarking-cli's).
if (weightsFile) {
	const header = /frame-benchmarking-cli \S+ on (\S+?):[\s\S]*?CPU `([^`]*)`/.exec(weightsText);
	let cpu = null;
	try {
		const m = /^model name\s*: (.*)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
		cpu = m && m[1].trim();
	} catch (e) { /* not Linux */ }
	if (header && live) {
		console.log(`\nThe in-runtime rows were measured by this run (frame-omni-bencher, 10 steps × 10 repeats, median slopes; the dry runs by criterion) on CPU \`${header[2]}\`; the committed \`weights.rs\` is \`scripts/weights.sh\`'s (its header names the steps and repeats), and the weight \"charged\" beside each dry run is the runtime's, so from that \`weights.rs\`.`);
	} else if (header) {
		const same = cpu && cpu === header[2];
		console.log(`\nThe in-runtime rows not marked live are from \`weights.rs\`, generated ${header[1]} on CPU \`${header[2]}\`${same ? ', the CPU of this run' : `; this run's CPU is \`${cpu || 'unknown'}\`, so their ratios to the native rows compare two machines (this script without \`--no-runtime\` measures both on one)`}.`);
	}
}
if (missing.length) console.log(`\nNot measured in this run: ${missing.join(', ')}.`);
