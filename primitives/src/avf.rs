//! The AVF blob header (RFC: "AVF code blobs include metadata describing format and platform").
//!
//! An AVF blob is [`HEADER_LEN`] bytes of header followed by the code: see `docs/abi.md`, "The AVF blob".

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The four magic bytes every AVF blob starts with.
pub const MAGIC: [u8; 4] = *b"cpAV";
/// The header version this crate writes and reads.
pub const VERSION: u8 = 1;
/// Header length in bytes: magic (4), version (1), format (1), reserved (2).
pub const HEADER_LEN: usize = 8;

/// The code format (platform) of an AVF.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Format {
	/// A WebAssembly module for the `wasm32v1-none` profile (`docs/abi.md`).
	Wasm,
	/// A RISC-V program (reserved for a second platform; not executable yet).
	RiscV,
}

impl Format {
	fn from_byte(b: u8) -> Option<Self> {
		match b {
			0 => Some(Format::Wasm),
			1 => Some(Format::RiscV),
			_ => None,
		}
	}

	fn to_byte(self) -> u8 {
		match self {
			Format::Wasm => 0,
			Format::RiscV => 1,
		}
	}
}

/// A decoded AVF header.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Header {
	/// Header version; [`VERSION`].
	pub version: u8,
	/// The code's format.
	pub format: Format,
}

/// Why bytes are not an AVF blob.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HeaderError {
	/// Shorter than [`HEADER_LEN`].
	Truncated,
	/// Does not start with [`MAGIC`].
	BadMagic,
	/// A version other than [`VERSION`].
	UnsupportedVersion(u8),
	/// A format byte that names no [`Format`].
	UnknownFormat(u8),
	/// The reserved bytes are not zero.
	ReservedNotZero,
}

/// Splits an AVF blob into its header and code.
///
/// # Errors
/// A [`HeaderError`] naming the first header field that is wrong.
pub fn split(blob: &[u8]) -> Result<(Header, &[u8]), HeaderError> {
	if blob.len() < HEADER_LEN {
		return Err(HeaderError::Truncated);
	}
	if blob[0..4] != MAGIC {
		return Err(HeaderError::BadMagic);
	}
	if blob[4] != VERSION {
		return Err(HeaderError::UnsupportedVersion(blob[4]));
	}
	let format = Format::from_byte(blob[5]).ok_or(HeaderError::UnknownFormat(blob[5]))?;
	if blob[6..8] != [0, 0] {
		return Err(HeaderError::ReservedNotZero);
	}
	Ok((Header { version: VERSION, format }, &blob[HEADER_LEN..]))
}

/// Wraps `code` of `format` into an AVF blob (header + code).
pub fn wrap(format: Format, code: &[u8]) -> Vec<u8> {
	let mut blob = Vec::with_capacity(HEADER_LEN + code.len());
	blob.extend_from_slice(&MAGIC);
	blob.extend_from_slice(&[VERSION, format.to_byte(), 0, 0]);
	blob.extend_from_slice(code);
	blob
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn wrap_then_split_gives_back_the_code() {
		let blob = wrap(Format::Wasm, b"\0asm\x01\0\0\0");
		let (header, code) = split(&blob).expect("just wrapped");
		assert_eq!(header, Header { version: VERSION, format: Format::Wasm });
		assert_eq!(code, b"\0asm\x01\0\0\0");
	}

	#[test]
	fn each_header_fault_has_its_error() {
		let good = wrap(Format::RiscV, b"x");
		let cases: &[(&[u8], HeaderError)] = &[
			(&good[..7], HeaderError::Truncated),
			(b"\0asm\x01\0\0\0", HeaderError::BadMagic),
			(b"cpAV\x02\0\0\0", HeaderError::UnsupportedVersion(2)),
			(b"cpAV\x01\x07\0\0", HeaderError::UnknownFormat(7)),
			(b"cpAV\x01\0\0\x01", HeaderError::ReservedNotZero),
		];
		for (bytes, want) in cases {
			assert_eq!(split(bytes).map(|_| ()), Err(*want), "{bytes:?}");
		}
	}
}
