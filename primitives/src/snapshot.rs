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
//! | `page_count` | `u32` |
//! | each stored page | `index: u32` then [`PAGE_SIZE`] bytes |
//!
//! Pages that are all zero are elided; stored pages are ascending by index and below `memory_pages`. These rules
//! make the encoding canonical: equal memory and globals give equal bytes, so equal state hashes
//! ([`state_hash`]). [`SnapshotView::decode`] rejects every non-canonical encoding.

use crate::{StateHash, H256};
use alloc::vec::Vec;
use codec::{Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Bytes in one Wasm page: the granularity of memory size and of zero-page elision.
pub const PAGE_SIZE: usize = 65_536;

/// A mutable global's value. Floats are not allowed in actors.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GlobalValue {
	/// An `i32` global.
	I32(i32),
	/// An `i64` global.
	I64(i64),
}

/// Why bytes are not a canonical snapshot.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo, MaxEncodedLen)]
pub enum SnapshotError {
	/// The bytes end inside a field.
	Truncated,
	/// Bytes remain after the last page.
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
	/// A stored page index is not above the previous one, or not below `memory_pages`.
	PageOutOfOrder(u32),
	/// A stored page is all zero (it must be elided).
	ZeroPageStored(u32),
}

/// A decoded snapshot that borrows its page contents from the encoded bytes (no copy of memory).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SnapshotView<'a> {
	/// Memory size in pages.
	pub memory_pages: u32,
	/// Mutable globals, in ascending order of export name.
	pub globals: Vec<GlobalValue>,
	/// The non-zero pages: `(index, PAGE_SIZE bytes)`, ascending by index.
	pub pages: Vec<(u32, &'a [u8])>,
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
}

impl<'a> SnapshotView<'a> {
	/// Decodes a canonical snapshot of at most `max_pages` memory pages.
	///
	/// # Errors
	/// A [`SnapshotError`] for truncated, trailing, out-of-order, zero-page or oversized encodings.
	pub fn decode(bytes: &'a [u8], max_pages: u32) -> Result<Self, SnapshotError> {
		let mut r = Reader { bytes };
		let memory_pages = r.u32()?;
		if memory_pages > max_pages {
			return Err(SnapshotError::TooManyPages { pages: memory_pages, max: max_pages });
		}
		let global_count = r.u32()?;
		// Each global takes at least 5 bytes: bound the allocation by what the input can hold.
		let mut globals = Vec::with_capacity((global_count as usize).min(r.bytes.len() / 5));
		for _ in 0..global_count {
			let tag = r.take(1)?[0];
			let value = match tag {
				0 => {
					let b = r.take(4)?;
					GlobalValue::I32(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
				}
				1 => {
					let b = r.take(8)?;
					let mut a = [0u8; 8];
					a.copy_from_slice(b);
					GlobalValue::I64(i64::from_le_bytes(a))
				}
				other => return Err(SnapshotError::BadGlobalTag(other)),
			};
			globals.push(value);
		}
		let page_count = r.u32()?;
		if page_count > memory_pages {
			return Err(SnapshotError::TooManyPages { pages: page_count, max: memory_pages });
		}
		let mut pages = Vec::with_capacity(page_count as usize);
		let mut next_allowed = 0u32;
		for _ in 0..page_count {
			let index = r.u32()?;
			if index < next_allowed || index >= memory_pages {
				return Err(SnapshotError::PageOutOfOrder(index));
			}
			let data = r.take(PAGE_SIZE)?;
			if is_zero(data) {
				return Err(SnapshotError::ZeroPageStored(index));
			}
			pages.push((index, data));
			next_allowed = index + 1;
		}
		if !r.bytes.is_empty() {
			return Err(SnapshotError::TrailingBytes);
		}
		Ok(Self { memory_pages, globals, pages })
	}
}

/// Encodes the canonical snapshot of `memory` (whose length is a whole number of pages) and `globals`.
///
/// # Panics
/// If `memory.len()` is not a multiple of [`PAGE_SIZE`] or exceeds `u32::MAX` pages; a Wasm memory never is.
pub fn encode(memory: &[u8], globals: &[GlobalValue]) -> Vec<u8> {
	let nonzero = nonzero_pages(memory);
	let mut out = Vec::with_capacity(12 + globals.len() * 9 + nonzero.len() * (4 + PAGE_SIZE));
	write(memory, globals, &nonzero, &mut |piece| {
		out.extend_from_slice(piece);
		true
	});
	out
}

/// `true` if `encoded` is exactly [`encode`]`(memory, globals)`, found without building that encoding: validation
/// compares each actor's memory with the APoV's `post` slab in place (no snapshot-sized copy) and stops at the
/// first differing piece. Memory is scanned only if `encoded` declares its size.
///
/// # Panics
/// As [`encode`].
pub fn matches(encoded: &[u8], memory: &[u8], globals: &[GlobalValue]) -> bool {
	// The memory size first: scanning memory for zero pages costs what its size costs, and validation charges
	// by the sizes the `post` declares, so a `post` declaring another size must not cause the scan.
	let pages = (memory.len() / PAGE_SIZE) as u32;
	if encoded.get(..4) != Some(&pages.to_le_bytes()[..]) {
		return false;
	}
	let mut rest = encoded;
	let all = write(memory, globals, &nonzero_pages(memory), &mut |piece| match rest
		.split_at_checked(piece.len())
	{
		Some((head, tail)) if equal(head, piece) => {
			rest = tail;
			true
		}
		_ => false,
	});
	all && rest.is_empty()
}

/// `a == b` for slices of equal length. In the runtime's Wasm, slice equality is compiler-builtins' `memcmp`,
/// which compares byte by byte, so there this is [`equal_words`] (about 11 % off the in-runtime cost per `post`
/// page, `docs/performance.md`); natively `memcmp` is vectorised and faster than words.
fn equal(a: &[u8], b: &[u8]) -> bool {
	if cfg!(target_arch = "wasm32") {
		equal_words(a, b)
	} else {
		a == b
	}
}

/// `a == b` for slices of equal length, comparing 64-byte blocks as 8-byte words.
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
	a[..blocks]
		.chunks_exact(64)
		.zip(b[..blocks].chunks_exact(64))
		.all(|(x, y)| (0..64).step_by(8).fold(0, |diff, i| diff | (word(x, i) ^ word(y, i))) == 0)
		&& a[blocks..] == b[blocks..]
}

/// The indices of `memory`'s pages that are not all zero, ascending.
fn nonzero_pages(memory: &[u8]) -> Vec<u32> {
	assert!(memory.len().is_multiple_of(PAGE_SIZE), "Wasm memory is a whole number of pages; qed");
	u32::try_from(memory.len() / PAGE_SIZE).expect("at most 65536 pages; qed");
	memory
		.chunks_exact(PAGE_SIZE)
		.enumerate()
		.filter(|(_, page)| !is_zero(page))
		.map(|(index, _)| index as u32)
		.collect()
}

/// The encoding (module docs), written as consecutive pieces to `sink` until it returns `false`; the one definition
/// [`encode`] and [`matches`] share. `nonzero` is [`nonzero_pages`]`(memory)`. Returns `false` if `sink` stopped it.
fn write(
	memory: &[u8],
	globals: &[GlobalValue],
	nonzero: &[u32],
	sink: &mut impl FnMut(&[u8]) -> bool,
) -> bool {
	let memory_pages = (memory.len() / PAGE_SIZE) as u32;
	if !(sink(&memory_pages.to_le_bytes()) && sink(&(globals.len() as u32).to_le_bytes())) {
		return false;
	}
	for g in globals {
		let written = match g {
			GlobalValue::I32(v) => sink(&[0]) && sink(&v.to_le_bytes()),
			GlobalValue::I64(v) => sink(&[1]) && sink(&v.to_le_bytes()),
		};
		if !written {
			return false;
		}
	}
	if !sink(&(nonzero.len() as u32).to_le_bytes()) {
		return false;
	}
	nonzero.iter().all(|&index| {
		let start = index as usize * PAGE_SIZE;
		sink(&index.to_le_bytes()) && sink(&memory[start..start + PAGE_SIZE])
	})
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
		for (i, data) in &view.pages {
			restored[*i as usize * PAGE_SIZE..][..PAGE_SIZE].copy_from_slice(data);
		}
		assert_eq!(restored, m);
	}

	#[test]
	fn zero_pages_are_elided() {
		let bytes = encode(&memory(100, &[(50 * PAGE_SIZE, 1)]), &[]);
		assert_eq!(bytes.len(), 4 + 4 + 4 + 4 + PAGE_SIZE);
		let view = SnapshotView::decode(&bytes, 100).expect("canonical");
		assert_eq!(view.pages.len(), 1);
		assert_eq!(view.pages[0].0, 50);
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
			"a498cd918b23147fe516f5ee1a72d6127350ce991588563292d1dc002a976834"
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
		let mut zero_page = one_page.clone();
		let len = zero_page.len();
		zero_page[len - PAGE_SIZE..].fill(0);
		let mut out_of_range = one_page.clone();
		out_of_range[12..16].copy_from_slice(&2u32.to_le_bytes());
		let mut bad_tag = encode(&[], &[GlobalValue::I32(1)]);
		bad_tag[8] = 5;
		let two_pages = encode(&memory(2, &[(0, 1), (PAGE_SIZE, 1)]), &[]);
		let mut swapped = two_pages.clone();
		swapped[12..16].copy_from_slice(&1u32.to_le_bytes());
		let cases: Vec<(&[u8], u32, SnapshotError)> = vec![
			(&one_page[..5], 4, SnapshotError::Truncated),
			(&one_page[..one_page.len() - 1], 4, SnapshotError::Truncated),
			(&trailing, 4, SnapshotError::TrailingBytes),
			(&zero_page, 4, SnapshotError::ZeroPageStored(1)),
			(&out_of_range, 4, SnapshotError::PageOutOfOrder(2)),
			(&swapped, 4, SnapshotError::PageOutOfOrder(1)),
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
	fn equal_words_agrees_with_slice_equality() {
		for len in [0, 1, 7, 8, 63, 64, 65, 200, PAGE_SIZE] {
			let a: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
			assert!(equal_words(&a, &a.clone()), "len {len}");
			for at in [0, len / 2, len.saturating_sub(1)].into_iter().filter(|at| *at < len) {
				let mut b = a.clone();
				b[at] ^= 0x80;
				assert!(!equal_words(&a, &b), "len {len}, byte {at}");
			}
		}
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
