//! The canonical snapshot of an actor's continuation: its linear memory and mutable globals, taken between entry
//! point calls (so, with stackless async actors, the whole continuation; `docs/abi.md`).
//!
//! # Encoding
//! All integers little-endian:
//!
//! | field | bytes |
//! |---|---|
//! | `memory_pages` | `u32`: the memory size in 64 KiB pages |
//! | `global_count` | `u32` |
//! | each global | a tag byte (`0` = `i32`, `1` = `i64`) then 4 or 8 value bytes; in ascending order of export name |
//! | `chunk_count` | `u32` |
//! | each stored chunk | `index: u32` (byte offset / [`CHUNK_SIZE`]) then [`CHUNK_SIZE`] bytes |
//!
//! Memory is stored in [`CHUNK_SIZE`]-byte chunks: the chunks that are all zero are elided, so a snapshot's size
//! follows the memory an actor has written, not its memory size (issue 8: a `counter` with 1 MiB of memory
//! stores 8 chunks). Stored chunks are ascending by index and below `memory_pages` × [`CHUNKS_PER_PAGE`]. These
//! rules make the encoding canonical: equal memory and globals give equal bytes, so equal state hashes
//! ([`state_hash`]). [`SnapshotView::decode`] rejects every non-canonical encoding.
//!
//! # Delta (compact `post`) encoding
//! A slab's `post` may instead be a **delta** against the slab's `pre`: only the chunks the Agenda changed. It is
//! not a state: the state, and so the state hash, is always the canonical snapshot [`expand`] rebuilds from `pre`
//! and the delta.
//!
//! | field | bytes |
//! |---|---|
//! | marker | `u32` [`DELTA_MARKER`] (`u32::MAX`; a snapshot opens with `memory_pages` ≤ 65,536, so the two differ) |
//! | `memory_pages`, `global_count`, globals | the post's, encoded as in a snapshot |
//! | `chunk_count` | `u32` |
//! | each changed chunk | `index: u32` then [`CHUNK_SIZE`] bytes, as in a snapshot |
//!
//! The delta is canonical when its chunks are exactly the chunks of memory that differ from `pre` (memory beyond
//! `pre`'s size, and `pre`'s elided chunks, count as zero; a chunk that became zero is listed, all zero),
//! ascending by index, below `memory_pages` × [`CHUNKS_PER_PAGE`], and `memory_pages` is at least `pre`'s (Wasm
//! memory never shrinks). [`delta`] builds it; [`expand`] rejects every non-canonical delta.

use crate::{StateHash, H256};
use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Bytes in one Wasm page: the granularity of memory size.
pub const PAGE_SIZE: usize = 65_536;

/// Bytes in one chunk: the granularity at which snapshots store memory and deltas list changes (module docs).
/// Each stored chunk costs 4 index bytes more than its contents (3 %); smaller chunks would store less of a
/// sparse memory for more index bytes and per-chunk work.
pub const CHUNK_SIZE: usize = 128;

/// Chunks in one page.
pub const CHUNKS_PER_PAGE: u32 = (PAGE_SIZE / CHUNK_SIZE) as u32;

/// Bytes one stored chunk takes in an encoding: its `u32` index and its contents.
pub const ENCODED_CHUNK_BYTES: usize = 4 + CHUNK_SIZE;

/// Bytes a page takes in an encoding when all its chunks are stored (67,584): the unit in which the pallet
/// weighs stored memory, by the encoding's length.
pub const ENCODED_PAGE_BYTES: usize = CHUNKS_PER_PAGE as usize * ENCODED_CHUNK_BYTES;

/// The first 4 bytes (little-endian) of a delta `post` (module docs).
pub const DELTA_MARKER: u32 = u32::MAX;

/// A mutable global's value. Floats are not allowed in actors.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GlobalValue {
	/// An `i32` global.
	I32(i32),
	/// An `i64` global.
	I64(i64),
}

/// Why bytes are not a canonical snapshot or delta.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum SnapshotError {
	/// The bytes end inside a field.
	Truncated,
	/// Bytes remain after the last chunk.
	TrailingBytes,
	/// A global tag other than 0 (`i32`) or 1 (`i64`).
	BadGlobalTag(u8),
	/// More memory pages than the limit allows.
	TooManyPages {
		/// Pages in the snapshot.
		pages: u32,
		/// The limit.
		max: u32,
	},
	/// A chunk index is not above the previous one, or not below `memory_pages` × [`CHUNKS_PER_PAGE`].
	ChunkOutOfOrder(u32),
	/// A snapshot stores a chunk that is all zero (it must be elided).
	ZeroChunkStored(u32),
	/// A delta's first 4 bytes are not [`DELTA_MARKER`].
	NotADelta,
	/// A delta lists a chunk equal to `pre`'s (it must be left out).
	UnchangedChunk(u32),
	/// A delta declares fewer memory pages than its `pre` has (Wasm memory never shrinks).
	MemoryShrunk {
		/// Pages in `pre`.
		pre: u32,
		/// Pages the delta declares.
		post: u32,
	},
}

/// One stored chunk, borrowed from an encoding: `(index, CHUNK_SIZE bytes)`; chunk `i` covers memory bytes
/// `i * CHUNK_SIZE..(i + 1) * CHUNK_SIZE`.
pub type Chunk<'a> = (u32, &'a [u8]);

/// A decoded snapshot that borrows its chunks from the encoded bytes (no copy of memory).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SnapshotView<'a> {
	/// Memory size in pages.
	pub memory_pages: u32,
	/// Mutable globals, in ascending order of export name.
	pub globals: Vec<GlobalValue>,
	/// The non-zero chunks, ascending by index.
	pub chunks: Vec<Chunk<'a>>,
}

struct Reader<'a> {
	bytes: &'a [u8],
}

impl<'a> Reader<'a> {
	fn take(&mut self, n: usize) -> Result<&'a [u8], SnapshotError> {
		if self.bytes.len() < n {
			return Err(SnapshotError::Truncated);
		}
		let (head, tail) = self.bytes.split_at(n);
		self.bytes = tail;
		Ok(head)
	}

	fn u32(&mut self) -> Result<u32, SnapshotError> {
		let b = self.take(4)?;
		Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
	}

	/// `memory_pages` (at most `max_pages`) and the globals: the head a snapshot and a delta share.
	fn header(&mut self, max_pages: u32) -> Result<(u32, Vec<GlobalValue>), SnapshotError> {
		let memory_pages = self.u32()?;
		if memory_pages > max_pages {
			return Err(SnapshotError::TooManyPages { pages: memory_pages, max: max_pages });
		}
		let global_count = self.u32()?;
		// Each global takes at least 5 bytes: bound the allocation by what the input can hold.
		let mut globals = Vec::with_capacity((global_count as usize).min(self.bytes.len() / 5));
		for _ in 0..global_count {
			let tag = self.take(1)?[0];
			let value = match tag {
				0 => {
					let b = self.take(4)?;
					GlobalValue::I32(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
				}
				1 => {
					let b = self.take(8)?;
					let mut a = [0u8; 8];
					a.copy_from_slice(b);
					GlobalValue::I64(i64::from_le_bytes(a))
				}
				other => return Err(SnapshotError::BadGlobalTag(other)),
			};
			globals.push(value);
		}
		Ok((memory_pages, globals))
	}

	/// `chunk_count` and the chunks, ascending and within `memory_pages`, to the end of the bytes: the body a
	/// snapshot (`nonzero`: no chunk may be all zero) and a delta share.
	fn chunks(
		&mut self,
		memory_pages: u32,
		nonzero: bool,
	) -> Result<Vec<Chunk<'a>>, SnapshotError> {
		let chunk_count = self.u32()?;
		let end = u64::from(memory_pages) * u64::from(CHUNKS_PER_PAGE);
		// Bound the allocation by what the input can hold.
		let mut chunks =
			Vec::with_capacity((chunk_count as usize).min(self.bytes.len() / ENCODED_CHUNK_BYTES));
		let mut next_allowed = 0u64;
		for _ in 0..chunk_count {
			let index = self.u32()?;
			if u64::from(index) < next_allowed || u64::from(index) >= end {
				return Err(SnapshotError::ChunkOutOfOrder(index));
			}
			let data = self.take(CHUNK_SIZE)?;
			if nonzero && is_zero(data) {
				return Err(SnapshotError::ZeroChunkStored(index));
			}
			chunks.push((index, data));
			next_allowed = u64::from(index) + 1;
		}
		if !self.bytes.is_empty() {
			return Err(SnapshotError::TrailingBytes);
		}
		Ok(chunks)
	}
}

/// Writes `memory_pages`, `global_count` and the globals (the module docs' head) to `sink` until it returns
/// `false`; the one definition snapshots and deltas share. Returns `false` if `sink` stopped it.
fn write_header(
	memory_pages: u32,
	globals: &[GlobalValue],
	sink: &mut impl FnMut(&[u8]) -> bool,
) -> bool {
	sink(&memory_pages.to_le_bytes())
		&& sink(&(globals.len() as u32).to_le_bytes())
		&& globals.iter().all(|g| match g {
			GlobalValue::I32(v) => sink(&[0]) && sink(&v.to_le_bytes()),
			GlobalValue::I64(v) => sink(&[1]) && sink(&v.to_le_bytes()),
		})
}

impl<'a> SnapshotView<'a> {
	/// Decodes a canonical snapshot of at most `max_pages` memory pages.
	///
	/// # Errors
	/// A [`SnapshotError`] for truncated, trailing, out-of-order, zero-chunk or oversized encodings.
	pub fn decode(bytes: &'a [u8], max_pages: u32) -> Result<Self, SnapshotError> {
		let mut r = Reader { bytes };
		let (memory_pages, globals) = r.header(max_pages)?;
		let chunks = r.chunks(memory_pages, true)?;
		Ok(Self { memory_pages, globals, chunks })
	}
}

/// The longest canonical snapshot of a memory of `memory_pages` pages with `globals` mutable globals, in bytes:
/// the head (12 bytes, 9 per global at most) and every chunk stored ([`ENCODED_PAGE_BYTES`] per page). Saturates
/// at `usize::MAX`.
pub fn max_encoded_len(memory_pages: u32, globals: u32) -> usize {
	(memory_pages as usize)
		.saturating_mul(ENCODED_PAGE_BYTES)
		.saturating_add(max_head_len(globals as usize))
}

/// The longest head of a snapshot with `globals` mutable globals, in bytes: `memory_pages`, the global count and
/// the chunk count (4 bytes each), and 9 bytes per global at most (a tag and an `i64`). Saturates.
fn max_head_len(globals: usize) -> usize {
	globals.saturating_mul(9).saturating_add(12)
}

/// Encodes the canonical snapshot of `memory` (whose length is a whole number of pages) and `globals`.
///
/// # Panics
/// If `memory.len()` is not a multiple of [`PAGE_SIZE`] or exceeds `u32::MAX` pages; a Wasm memory never is.
pub fn encode(memory: &[u8], globals: &[GlobalValue]) -> Vec<u8> {
	let nonzero = nonzero_chunks(memory);
	let mut out =
		Vec::with_capacity(max_head_len(globals.len()) + nonzero.len() * ENCODED_CHUNK_BYTES);
	write(memory, globals, &nonzero, &mut |piece| {
		out.extend_from_slice(piece);
		true
	});
	out
}

/// `true` if `encoded` is exactly [`encode`]`(memory, globals)`, found without building that encoding: validation
/// compares each actor's memory with the APoV's `post` slab in place (no snapshot-sized copy), in one pass over
/// memory: each chunk `encoded` stores must equal memory's and be non-zero, and memory between them must be zero.
/// Memory is scanned only if `encoded` declares its size.
///
/// # Panics
/// As [`encode`].
pub fn matches(encoded: &[u8], memory: &[u8], globals: &[GlobalValue]) -> bool {
	assert!(memory.len().is_multiple_of(PAGE_SIZE), "Wasm memory is a whole number of pages; qed");
	// The memory size first: scanning memory costs what its size costs, and validation charges by the sizes the
	// `post` declares, so a `post` declaring another size must not cause the scan.
	let pages = (memory.len() / PAGE_SIZE) as u32;
	if declared_pages(encoded) != Some(pages) || is_delta(encoded) {
		return false;
	}
	let mut rest = encoded;
	let head =
		write_header(pages, globals, &mut |piece| match rest.split_at_checked(piece.len()) {
			Some((head, tail)) if head == piece => {
				rest = tail;
				true
			}
			_ => false,
		});
	if !head {
		return false;
	}
	let mut r = Reader { bytes: rest };
	let Ok(chunk_count) = r.u32() else { return false };
	let chunks_in_memory = memory.len() / CHUNK_SIZE;
	let mut next = 0usize; // the first chunk of memory not yet checked
	for _ in 0..chunk_count {
		let (Ok(index), Ok(data)) = (r.u32(), r.take(CHUNK_SIZE)) else { return false };
		let index = index as usize;
		if index < next || index >= chunks_in_memory {
			return false;
		}
		let chunk = &memory[index * CHUNK_SIZE..(index + 1) * CHUNK_SIZE];
		if !is_zero(&memory[next * CHUNK_SIZE..index * CHUNK_SIZE]) || !equal_nonzero(chunk, data) {
			return false;
		}
		next = index + 1;
	}
	r.bytes.is_empty() && is_zero(&memory[next * CHUNK_SIZE..])
}

/// `a == b && a` is not all zero, for slices of equal length: in the runtime's Wasm one pass in 8-byte words
/// (slice equality there is compiler-builtins' byte-by-byte `memcmp`: [`equal_words`] took about 11 % off the
/// in-runtime cost per `post` page, `docs/performance.md`); natively `memcmp`, which is vectorised, then a scan.
fn equal_nonzero(a: &[u8], b: &[u8]) -> bool {
	if cfg!(target_arch = "wasm32") {
		equal_words(a, b)
	} else {
		a == b && !is_zero(a)
	}
}

/// In 64-byte blocks of 8-byte words: `a == b && a` is not all zero, for slices of equal length.
fn equal_words(a: &[u8], b: &[u8]) -> bool {
	let blocks = a.len() - a.len() % 64;
	let word = |c: &[u8], i: usize| {
		u64::from_ne_bytes([
			c[i],
			c[i + 1],
			c[i + 2],
			c[i + 3],
			c[i + 4],
			c[i + 5],
			c[i + 6],
			c[i + 7],
		])
	};
	let (mut diff, mut any) = (0u64, 0u64);
	for (x, y) in a[..blocks].chunks_exact(64).zip(b[..blocks].chunks_exact(64)) {
		for i in (0..64).step_by(8) {
			let w = word(x, i);
			diff |= w ^ word(y, i);
			any |= w;
		}
		if diff != 0 {
			return false;
		}
	}
	a[blocks..] == b[blocks..] && (any != 0 || !is_zero(&a[blocks..]))
}

/// The indices of `memory`'s chunks that are not all zero, ascending.
fn nonzero_chunks(memory: &[u8]) -> Vec<u32> {
	assert!(memory.len().is_multiple_of(PAGE_SIZE), "Wasm memory is a whole number of pages; qed");
	u32::try_from(memory.len() / PAGE_SIZE).expect("at most 65536 pages; qed");
	memory
		.chunks_exact(CHUNK_SIZE)
		.enumerate()
		.filter(|(_, chunk)| !is_zero(chunk))
		.map(|(index, _)| index as u32)
		.collect()
}

/// The encoding (module docs), written as consecutive pieces to `sink` until it returns `false`. `nonzero` is
/// [`nonzero_chunks`]`(memory)`. Returns `false` if `sink` stopped it.
fn write(
	memory: &[u8],
	globals: &[GlobalValue],
	nonzero: &[u32],
	sink: &mut impl FnMut(&[u8]) -> bool,
) -> bool {
	let memory_pages = (memory.len() / PAGE_SIZE) as u32;
	if !(write_header(memory_pages, globals, sink) && sink(&(nonzero.len() as u32).to_le_bytes())) {
		return false;
	}
	nonzero.iter().all(|&index| {
		let start = index as usize * CHUNK_SIZE;
		sink(&index.to_le_bytes()) && sink(&memory[start..start + CHUNK_SIZE])
	})
}

/// `true` if `bytes` open with [`DELTA_MARKER`]: a delta `post`, not a snapshot.
pub fn is_delta(bytes: &[u8]) -> bool {
	bytes.get(..4) == Some(&DELTA_MARKER.to_le_bytes()[..])
}

/// The memory size, in 64 KiB pages, that a snapshot or a delta declares in its head, without decoding the
/// rest; `None` if the bytes are too short to hold it. Weights read it before validation decodes anything.
pub fn declared_pages(bytes: &[u8]) -> Option<u32> {
	let at = if is_delta(bytes) { 4 } else { 0 };
	bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// A decoded delta `post` (module docs) that borrows its chunks from the encoded bytes. Decoding checks the
/// encoding alone; whether each chunk differs from `pre` is [`expand`]'s check.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DeltaView<'a> {
	/// The post's memory size in pages.
	pub memory_pages: u32,
	/// The post's mutable globals, in ascending order of export name.
	pub globals: Vec<GlobalValue>,
	/// The changed chunks with their new contents (all zero for a chunk that became zero), ascending by index.
	pub chunks: Vec<Chunk<'a>>,
}

impl<'a> DeltaView<'a> {
	/// Decodes a delta of at most `max_pages` memory pages.
	///
	/// # Errors
	/// [`SnapshotError::NotADelta`] without the marker; otherwise a [`SnapshotError`] for truncated, trailing,
	/// out-of-order or oversized encodings.
	pub fn decode(bytes: &'a [u8], max_pages: u32) -> Result<Self, SnapshotError> {
		let mut r = Reader { bytes };
		if r.u32()? != DELTA_MARKER {
			return Err(SnapshotError::NotADelta);
		}
		let (memory_pages, globals) = r.header(max_pages)?;
		let chunks = r.chunks(memory_pages, false)?;
		Ok(Self { memory_pages, globals, chunks })
	}
}

/// The canonical delta of the canonical snapshot `post` against the canonical snapshot `pre` (module docs):
/// what a sequencer puts in a slab's `post` to carry only the chunks the Agenda changed. [`expand`]`(pre, delta)`
/// gives `post` back.
///
/// # Errors
/// A [`SnapshotError`] if `pre` or `post` is not a canonical snapshot of at most `max_pages` pages, or
/// [`SnapshotError::MemoryShrunk`] if `post` has fewer pages than `pre`.
pub fn delta(pre: &[u8], post: &[u8], max_pages: u32) -> Result<Vec<u8>, SnapshotError> {
	let pre = SnapshotView::decode(pre, max_pages)?;
	let post = SnapshotView::decode(post, max_pages)?;
	if post.memory_pages < pre.memory_pages {
		return Err(SnapshotError::MemoryShrunk { pre: pre.memory_pages, post: post.memory_pages });
	}
	let mut out = Vec::new();
	out.extend_from_slice(&DELTA_MARKER.to_le_bytes());
	write_header(post.memory_pages, &post.globals, &mut |piece| {
		out.extend_from_slice(piece);
		true
	});
	let count_at = out.len();
	out.extend_from_slice(&0u32.to_le_bytes());
	let mut count = 0u32;
	for (index, before, after) in Merge::new(&pre.chunks, &post.chunks) {
		let after = after.unwrap_or(&ZERO_CHUNK);
		if before.unwrap_or(&ZERO_CHUNK) != after {
			out.extend_from_slice(&index.to_le_bytes());
			out.extend_from_slice(after);
			count += 1;
		}
	}
	out[count_at..count_at + 4].copy_from_slice(&count.to_le_bytes());
	Ok(out)
}

/// An elided chunk's contents.
const ZERO_CHUNK: [u8; CHUNK_SIZE] = [0; CHUNK_SIZE];

/// The chunks stored in `a` or `b` (both ascending by index), ascending, each with its contents in either
/// (`None` where one does not store it): a merge in one pass, allocating nothing.
struct Merge<'s, 'x> {
	a: core::iter::Peekable<core::slice::Iter<'s, Chunk<'x>>>,
	b: core::iter::Peekable<core::slice::Iter<'s, Chunk<'x>>>,
}

impl<'s, 'x> Merge<'s, 'x> {
	fn new(a: &'s [Chunk<'x>], b: &'s [Chunk<'x>]) -> Self {
		Self { a: a.iter().peekable(), b: b.iter().peekable() }
	}
}

impl<'x> Iterator for Merge<'_, 'x> {
	type Item = (u32, Option<&'x [u8]>, Option<&'x [u8]>);

	fn next(&mut self) -> Option<Self::Item> {
		let index = match (self.a.peek(), self.b.peek()) {
			(Some(x), Some(y)) => x.0.min(y.0),
			(Some(x), None) => x.0,
			(None, Some(y)) => y.0,
			(None, None) => return None,
		};
		let left = self.a.next_if(|x| x.0 == index).map(|x| x.1);
		let right = self.b.next_if(|y| y.0 == index).map(|y| y.1);
		Some((index, left, right))
	}
}

/// The canonical snapshot that the delta `post` describes against the canonical snapshot `pre`: `pre`'s memory
/// grown to the delta's `memory_pages` with its chunks written over it, and the delta's globals. Validation
/// compares the actor with it and the state hash is its blake2-256, so a delta changes an APoV's bytes, never
/// its meaning. Work and allocation are proportional to the chunks `pre` stores plus the chunks the delta lists
/// (at most `pre.len() + delta.len()` bytes).
///
/// # Errors
/// A [`SnapshotError`] if `pre` is not a canonical snapshot or `delta` not a canonical delta against it (module
/// docs) of at most `max_pages` pages: among others [`SnapshotError::UnchangedChunk`] and
/// [`SnapshotError::MemoryShrunk`].
pub fn expand(pre: &[u8], delta: &[u8], max_pages: u32) -> Result<Vec<u8>, SnapshotError> {
	let pre = SnapshotView::decode(pre, max_pages)?;
	let delta = DeltaView::decode(delta, max_pages)?;
	if delta.memory_pages < pre.memory_pages {
		return Err(SnapshotError::MemoryShrunk {
			pre: pre.memory_pages,
			post: delta.memory_pages,
		});
	}
	let mut out = Vec::with_capacity(
		max_head_len(delta.globals.len())
			+ (pre.chunks.len() + delta.chunks.len()) * ENCODED_CHUNK_BYTES,
	);
	write_header(delta.memory_pages, &delta.globals, &mut |piece| {
		out.extend_from_slice(piece);
		true
	});
	let count_at = out.len();
	out.extend_from_slice(&0u32.to_le_bytes());
	let mut count = 0u32;
	for (index, before, change) in Merge::new(&pre.chunks, &delta.chunks) {
		let contents = match change {
			Some(after) if before.unwrap_or(&ZERO_CHUNK) == after => {
				return Err(SnapshotError::UnchangedChunk(index));
			}
			// A chunk that became zero is elided.
			Some(after) if is_zero(after) => continue,
			Some(after) => after,
			// Unchanged: `pre`'s (`Merge` yields only chunks stored in either).
			None => match before {
				Some(before) => before,
				None => continue,
			},
		};
		out.extend_from_slice(&index.to_le_bytes());
		out.extend_from_slice(contents);
		count += 1;
	}
	out[count_at..count_at + 4].copy_from_slice(&count.to_le_bytes());
	Ok(out)
}

/// The state hash of an encoded snapshot: blake2-256 of its bytes.
pub fn state_hash(encoded: &[u8]) -> StateHash {
	crate::blake2_256(encoded)
}

/// The state hash of the empty snapshot (no memory, no globals); never an actor's state.
pub fn empty_state_hash() -> H256 {
	state_hash(&encode(&[], &[]))
}

/// `true` if every byte of `data` is zero.
pub fn is_zero(data: &[u8]) -> bool {
	// Compare in 8-byte words: this runs over every page of every snapshot.
	let (words, rest) = data.split_at(data.len() - data.len() % 8);
	words
		.chunks_exact(8)
		.all(|w| u64::from_ne_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]) == 0)
		&& rest.iter().all(|b| *b == 0)
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	fn hex(bytes: &[u8]) -> alloc::string::String {
		bytes.iter().map(|b| alloc::format!("{b:02x}")).collect()
	}

	fn memory(pages: usize, writes: &[(usize, u8)]) -> Vec<u8> {
		let mut m = vec![0u8; pages * PAGE_SIZE];
		for (at, v) in writes {
			m[*at] = *v;
		}
		m
	}

	#[test]
	fn round_trip_restores_memory_and_globals() {
		let m = memory(4, &[(3, 7), (2 * PAGE_SIZE + 5, 9)]);
		let globals = [GlobalValue::I32(-3), GlobalValue::I64(1 << 40)];
		let bytes = encode(&m, &globals);
		let view = SnapshotView::decode(&bytes, 16).expect("canonical");
		assert_eq!(view.memory_pages, 4);
		assert_eq!(view.globals, globals);
		let mut restored = vec![0u8; view.memory_pages as usize * PAGE_SIZE];
		for (i, data) in &view.chunks {
			restored[*i as usize * CHUNK_SIZE..][..CHUNK_SIZE].copy_from_slice(data);
		}
		assert_eq!(restored, m);
	}

	#[test]
	fn zero_chunks_are_elided() {
		let bytes = encode(&memory(100, &[(50 * PAGE_SIZE + 200, 1)]), &[]);
		assert_eq!(bytes.len(), 4 + 4 + 4 + 4 + CHUNK_SIZE);
		let view = SnapshotView::decode(&bytes, 100).expect("canonical");
		assert_eq!(view.chunks.len(), 1);
		assert_eq!(view.chunks[0].0, 50 * CHUNKS_PER_PAGE + 1);
		assert_eq!(view.chunks[0].1[200 - CHUNK_SIZE], 1);
		// Every chunk stored: a page takes `ENCODED_PAGE_BYTES`.
		assert_eq!(encode(&vec![1; 2 * PAGE_SIZE], &[]).len(), 12 + 2 * ENCODED_PAGE_BYTES);
	}

	#[test]
	fn equal_memory_gives_equal_hash_and_a_byte_changes_it() {
		let a = encode(&memory(3, &[(10, 1)]), &[GlobalValue::I32(65536)]);
		let b = encode(&memory(3, &[(10, 1)]), &[GlobalValue::I32(65536)]);
		let c = encode(&memory(3, &[(11, 1)]), &[GlobalValue::I32(65536)]);
		assert_eq!(state_hash(&a), state_hash(&b));
		assert_ne!(state_hash(&a), state_hash(&c));
		// The encoding and hash are part of the chain's state: pin them (values from Python's hashlib.blake2b).
		let pinned = encode(&memory(1, &[(0, 42)]), &[GlobalValue::I32(65536)]);
		assert_eq!(
			hex(&state_hash(&pinned).0),
			"23b0e447602b4ff82af4ff6bfe1e36d8afe2e03a4bce34f2a638730784a6086c"
		);
		assert_eq!(
			hex(&empty_state_hash().0),
			"d2097ea5ba9ae6f4484fa960dbc0f82a6ac5a08e4c0785cff0b95d510a97ce18"
		);
	}

	#[test]
	fn non_canonical_encodings_are_rejected() {
		let one_page = encode(&memory(2, &[(PAGE_SIZE, 1)]), &[]);
		let mut trailing = one_page.clone();
		trailing.push(0);
		let mut zero_chunk = one_page.clone();
		let len = zero_chunk.len();
		zero_chunk[len - CHUNK_SIZE..].fill(0);
		let mut out_of_range = one_page.clone();
		out_of_range[12..16].copy_from_slice(&(2 * CHUNKS_PER_PAGE).to_le_bytes());
		let mut bad_tag = encode(&[], &[GlobalValue::I32(1)]);
		bad_tag[8] = 5;
		let two_pages = encode(&memory(2, &[(0, 1), (PAGE_SIZE, 1)]), &[]);
		let mut swapped = two_pages.clone();
		swapped[12..16].copy_from_slice(&CHUNKS_PER_PAGE.to_le_bytes());
		let cases: Vec<(&[u8], u32, SnapshotError)> = vec![
			(&one_page[..5], 4, SnapshotError::Truncated),
			(&one_page[..one_page.len() - 1], 4, SnapshotError::Truncated),
			(&trailing, 4, SnapshotError::TrailingBytes),
			(&zero_chunk, 4, SnapshotError::ZeroChunkStored(512)),
			(&out_of_range, 4, SnapshotError::ChunkOutOfOrder(1024)),
			(&swapped, 4, SnapshotError::ChunkOutOfOrder(512)),
			(&bad_tag, 4, SnapshotError::BadGlobalTag(5)),
			(&one_page, 1, SnapshotError::TooManyPages { pages: 2, max: 1 }),
		];
		for (bytes, max, want) in cases {
			assert_eq!(SnapshotView::decode(bytes, max).map(|_| ()), Err(want));
		}
	}

	#[test]
	fn matches_agrees_with_encode() {
		let m = memory(3, &[(3, 7), (2 * PAGE_SIZE + 5, 9)]);
		let globals = [GlobalValue::I32(-3), GlobalValue::I64(1 << 40)];
		let bytes = encode(&m, &globals);
		assert!(matches(&bytes, &m, &globals));
		// Any byte changed, one missing or added, or a different memory or global does not match.
		for at in [0, 4, 8, 9, 13, 20, 22, 30, bytes.len() - 1] {
			let mut changed = bytes.clone();
			changed[at] ^= 1;
			assert!(!matches(&changed, &m, &globals), "byte {at} changed");
		}
		assert!(!matches(&bytes[..bytes.len() - 1], &m, &globals));
		let mut longer = bytes.clone();
		longer.push(0);
		assert!(!matches(&longer, &m, &globals));
		assert!(!matches(&bytes, &memory(3, &[(3, 7)]), &globals));
		assert!(!matches(&bytes, &memory(4, &[(3, 7), (2 * PAGE_SIZE + 5, 9)]), &globals));
		assert!(!matches(&bytes, &m, &globals[..1]));
		assert!(!matches(&bytes, &m, &[GlobalValue::I32(-3), GlobalValue::I64(1)]));
		assert!(matches(&encode(&[], &[]), &[], &[]));
		assert!(!matches(&[], &[], &[]));
	}

	#[test]
	fn max_encoded_len_is_a_memory_with_every_chunk_stored() {
		let memory = vec![0xa5u8; 2 * PAGE_SIZE];
		let globals = [GlobalValue::I64(1), GlobalValue::I64(-1), GlobalValue::I64(0)];
		assert_eq!(encode(&memory, &globals).len(), max_encoded_len(2, 3));
		assert!(encode(&memory[..PAGE_SIZE], &globals[..1]).len() < max_encoded_len(2, 3));
	}

	#[test]
	fn equal_words_is_equality_of_non_zero_slices() {
		for len in [1, 7, 8, 63, 64, 65, 128, 200, PAGE_SIZE] {
			let a: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
			assert!(equal_words(&a, &a.clone()) && equal_nonzero(&a, &a.clone()), "len {len}");
			for at in [0, len / 2, len - 1] {
				let mut b = a.clone();
				b[at] ^= 0x80;
				assert!(!equal_words(&a, &b) && !equal_nonzero(&a, &b), "len {len}, byte {at}");
				// Only one byte non-zero, in the blocks or in the tail.
				let mut one = vec![0u8; len];
				one[at] = 1;
				assert!(equal_words(&one, &one.clone()), "len {len}, only byte {at}");
			}
			let zero = vec![0u8; len];
			assert!(!equal_words(&zero, &zero.clone()) && !equal_nonzero(&zero, &zero.clone()));
		}
		assert!(!equal_words(&[], &[]));
	}

	#[test]
	fn delta_round_trips_through_expand() {
		let g = |v| [GlobalValue::I32(v), GlobalValue::I64(-1)];
		let cases: Vec<(Vec<u8>, Vec<u8>)> = vec![
			// Nothing changed.
			(encode(&memory(2, &[(5, 1)]), &g(1)), encode(&memory(2, &[(5, 1)]), &g(1))),
			// One byte and a global.
			(encode(&memory(2, &[(5, 1)]), &g(1)), encode(&memory(2, &[(5, 2)]), &g(2))),
			// A stored page becomes zero; a zero page becomes stored; memory grows with a write in a new page.
			(
				encode(&memory(3, &[(PAGE_SIZE + 9, 4), (10, 1)]), &g(0)),
				encode(&memory(5, &[(2 * PAGE_SIZE, 3), (4 * PAGE_SIZE - 1, 8), (10, 1)]), &g(0)),
			),
			// From the empty memory, and every chunk of a page.
			(encode(&[], &[]), encode(&vec![7u8; PAGE_SIZE], &[])),
		];
		for (pre, post) in cases {
			let d = delta(&pre, &post, 8).expect("canonical snapshots");
			assert!(is_delta(&d) && !is_delta(&post));
			assert_eq!(declared_pages(&d), declared_pages(&post));
			assert_eq!(expand(&pre, &d, 8).expect("canonical delta"), post);
		}
	}

	#[test]
	fn a_delta_carries_only_the_changed_chunks() {
		let pre = encode(&memory(16, &[(3, 1), (5 * PAGE_SIZE, 2)]), &[GlobalValue::I32(9)]);
		let post = encode(&memory(16, &[(3, 1), (5 * PAGE_SIZE + 300, 2)]), &[GlobalValue::I32(9)]);
		let d = delta(&pre, &post, 16).expect("canonical");
		// The byte at 5 * PAGE_SIZE went back to zero (chunk 2560), one at + 300 was written (chunk 2562).
		let mut want = Vec::new();
		want.extend_from_slice(&u32::MAX.to_le_bytes());
		want.extend_from_slice(&16u32.to_le_bytes());
		want.extend_from_slice(&1u32.to_le_bytes());
		want.push(0);
		want.extend_from_slice(&9i32.to_le_bytes());
		want.extend_from_slice(&2u32.to_le_bytes());
		want.extend_from_slice(&2560u32.to_le_bytes());
		want.extend_from_slice(&[0; CHUNK_SIZE]);
		want.extend_from_slice(&2562u32.to_le_bytes());
		let mut chunk = [0; CHUNK_SIZE];
		chunk[300 - 2 * CHUNK_SIZE] = 2;
		want.extend_from_slice(&chunk);
		assert_eq!(d, want);
		let view = DeltaView::decode(&d, 16).expect("canonical");
		assert_eq!(view.chunks.iter().map(|c| c.0).collect::<Vec<_>>(), [2560, 2562]);
		// 13 head bytes and the chunk count, then chunks 0 and 2562.
		assert_eq!(post.len(), 17 + 2 * ENCODED_CHUNK_BYTES);
	}

	#[test]
	fn non_canonical_deltas_are_rejected() {
		let pre = encode(&memory(2, &[(0, 1)]), &[]);
		let post = encode(&memory(2, &[(0, 2), (PAGE_SIZE, 3)]), &[]);
		let good = delta(&pre, &post, 4).expect("canonical");
		// Layout: marker, pages, 0 globals, count 2, chunk 0 (at 16), chunk 512 (at 16 + 132).
		let second = 16 + ENCODED_CHUNK_BYTES;
		let mut unchanged = good.clone();
		unchanged[20] = 1;
		let mut swapped = good.clone();
		swapped[16..20].copy_from_slice(&512u32.to_le_bytes());
		let mut beyond = good.clone();
		beyond[second..second + 4].copy_from_slice(&1024u32.to_le_bytes());
		let mut shrunk = delta(&pre, &pre, 4).expect("canonical");
		shrunk[4..8].copy_from_slice(&1u32.to_le_bytes());
		let mut trailing = good.clone();
		trailing.push(0);
		let cases: Vec<(&[u8], &[u8], u32, SnapshotError)> = vec![
			(&pre, &post, 4, SnapshotError::NotADelta),
			(&pre, &good[..good.len() - 1], 4, SnapshotError::Truncated),
			(&pre, &trailing, 4, SnapshotError::TrailingBytes),
			(&pre, &unchanged, 4, SnapshotError::UnchangedChunk(0)),
			(&pre, &swapped, 4, SnapshotError::ChunkOutOfOrder(512)),
			(&pre, &beyond, 4, SnapshotError::ChunkOutOfOrder(1024)),
			(&pre, &shrunk, 4, SnapshotError::MemoryShrunk { pre: 2, post: 1 }),
			(&pre, &good, 1, SnapshotError::TooManyPages { pages: 2, max: 1 }),
			(&good, &good, 4, SnapshotError::TooManyPages { pages: u32::MAX, max: 4 }),
		];
		for (pre, delta, max, want) in cases {
			assert_eq!(expand(pre, delta, max).map(|_| ()), Err(want));
		}
		let smaller = encode(&memory(1, &[]), &[]);
		assert_eq!(
			delta(&pre, &smaller, 4).map(|_| ()),
			Err(SnapshotError::MemoryShrunk { pre: 2, post: 1 })
		);
		assert_eq!(declared_pages(&[1, 0, 0]), None);
		assert_eq!(declared_pages(&good[..7]), None);
	}

	#[test]
	fn is_zero_sees_a_byte_anywhere() {
		for at in [0, 7, 8, 100, PAGE_SIZE - 1] {
			assert!(!is_zero(&memory(1, &[(at, 1)])), "byte at {at}");
		}
		assert!(is_zero(&memory(1, &[])));
		assert!(!is_zero(&[0, 0, 0, 0, 0, 0, 0, 0, 0, 1]));
	}
}
