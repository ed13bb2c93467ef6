// Joins several renderings of the same benchmarks (`.maintain/weight-template.hbs`, one frame-omni-bencher process
// each: a "draw") into one, each ref_time figure the median of the draws' (scripts/weights.sh --draws N).
// Why: one process is one draw of where wasmtime places the compiled runtime, and that alone moves the same call's
// time by up to 1.6x on the Intel VM of sessions 31-32 (docs/performance.md, "Session 32"); a median over draws
// is as robust as the harness's median over executors.
// Usage: node scripts/lib/weights-median.js DRAW.rs... > JOINED.rs
//   Each function `fn <name>(...)` in each `// @functions <impl>` section: its base ref_time (`Weight::from_parts
//   (<base>, <proof>)`) and each component's ref_time slope (`Weight::from_parts(<slope>, 0).saturating_mul(<c>
//   .into())`) become the median over the draws (a slope a draw omits, as frame-benchmarking-cli omits a zero
//   one, counts as 0; a median of 0 is omitted in turn); the comment's minimum execution time becomes the least
//   of the draws'. Everything else (proof sizes, reads, writes) comes from the first draw: they are counted, not
//   timed, so every draw should have the same (a warning on stderr names a function where they differ). A
//   component is `_`-prefixed in the signature when no line of the joined function uses it, as
//   frame-benchmarking-cli does. Outside the sections the first draw is kept as it is.
//   With more than one draw, stderr gets each function's figures per draw and their median (ps of ref_time).
'use strict';

const fs = require('node:fs');

const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: weights-median.js DRAW.rs... > JOINED.rs');
	process.exit(1);
}

const number = (text) => Number(text.replace(/_/g, ''));
/** `1234567` as frame-benchmarking-cli's `underscore` helper writes it: `1_234_567`. */
const underscore = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '_');
/** The median of `values` (numbers): the middle one, or the lower of the two middle ones (a measured figure). */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)];
}

const SIGNATURE = /^\tfn ([a-z0-9_]+)\((.*)\) -> Weight \{$/;
const COMMENT = /^(\t\t\/\/ Measured proof size: [0-9_]+ bytes; minimum execution time: )([0-9_]+)( ns\.)$/;
const BASE = /^\t\tWeight::from_parts\(([0-9_]+), ([0-9_]+)\)$/;
const SLOPE = /^\t\t\t\.saturating_add\(Weight::from_parts\(([0-9_]+), 0\)\.saturating_mul\(([a-z0-9_]+)\.into\(\)\)\)$/;

/**
 * Parses one rendering: `{ lines, functions }`, where `functions` maps `<impl>/<name>` to `{ start, end, components,
 * comment, minNs, base, proof, slopes: Map<component, slope>, rest: [line] }` (`start`/`end`: the indices of its
 * signature and of its closing `\t}` in `lines`; `comment`: its comment's text before and after the minimum
 * execution time; `rest`: its other lines, in order).
 */
function parse(file) {
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const functions = new Map();
	let impl = null;
	let current = null;
	lines.forEach((line, index) => {
		const section = /^\/\/ @functions (\S+)$/.exec(line);
		if (section) { impl = section[1]; return; }
		if (line === '// @end') { impl = null; return; }
		if (impl === null) return;
		const signature = SIGNATURE.exec(line);
		if (signature) {
			const components = signature[2].split(',').map((c) => c.trim()).filter((c) => c)
				.map((c) => c.replace(/^_/, '').replace(/: u32$/, ''));
			current = { start: index, components, comment: null, minNs: null, base: null, proof: null, slopes: new Map(), rest: [] };
			functions.set(`${impl}/${signature[1]}`, current);
			return;
		}
		if (current === null) return;
		if (line === '\t}') { current.end = index; current = null; return; }
		let m;
		if ((m = COMMENT.exec(line))) { current.comment = [m[1], m[3]]; current.minNs = number(m[2]); }
		else if ((m = BASE.exec(line))) { current.base = number(m[1]); current.proof = m[2]; }
		else if ((m = SLOPE.exec(line))) current.slopes.set(m[2], number(m[1]));
		else current.rest.push(line);
	});
	for (const [key, f] of functions) {
		if (f.end === undefined || f.base === null) throw new Error(`${file}: ${key} is not in the template's shape`);
	}
	return { lines, functions };
}

const draws = files.map(parse);
const [first] = draws;
const out = [];
let next = 0;
const ordered = [...first.functions.entries()].sort((a, b) => a[1].start - b[1].start);
for (const [key, f] of ordered) {
	out.push(...first.lines.slice(next, f.start));
	next = f.end + 1;
	const all = draws.map((d, i) => {
		const g = d.functions.get(key);
		if (!g) throw new Error(`${files[i]} lacks ${key}, which ${files[0]} has`);
		if (g.proof !== f.proof || g.rest.join('\n') !== f.rest.join('\n')) {
			console.error(`weights-median: ${key}: ${files[i]} counts other proof sizes, reads or writes than ` +
				`${files[0]}; the first one's are kept`);
		}
		return g;
	});
	// Each figure's draws (ps of ref_time): the base, then each component's slope in the signature's order, as
	// frame-benchmarking-cli writes them.
	const figures = [['base', all.map((g) => g.base)],
		...f.components.map((c) => [c, all.map((g) => g.slopes.get(c) || 0)])];
	if (draws.length > 1 && key.startsWith('SubstrateWeight/')) {
		console.error(`weights-median: ${key.split('/')[1]}: ${figures.filter(([, v]) => v.some((x) => x > 0))
			.map(([name, v]) => `${name} ${v.map(underscore).join(' / ')} -> ${underscore(median(v))}`).join('; ')}`);
	}
	const [base, ...slopes] = figures.map(([name, v]) => [name, median(v)]);
	const body = [
		...slopes.filter(([, slope]) => slope > 0).map(([c, s]) => `\t\t\t.saturating_add(Weight::from_parts(${underscore(s)}, 0).saturating_mul(${c}.into()))`),
		...f.rest,
	];
	const used = (c) => body.some((line) => line.includes(`(${c}.into())`));
	out.push(`\tfn ${key.split('/')[1]}(${f.components.map((c) => `${used(c) ? '' : '_'}${c}: u32, `).join('')}) -> Weight {`);
	if (f.comment !== null) out.push(f.comment.join(underscore(Math.min(...all.map((g) => g.minNs)))));
	out.push(`\t\tWeight::from_parts(${underscore(base[1])}, ${f.proof})`, ...body, '\t}');
}
out.push(...first.lines.slice(next));
process.stdout.write(out.join('\n'));
