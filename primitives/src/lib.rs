//! # Coreplay primitives
//!
//! The types of the Coreplay RFC (`../shared/seeds/coreplay-RFC.md`, "Explanation"), shared by the vm
//! (`coreplay-vm`), the pallet (`pallet-actors`), the node's sequencer RPC and the tests:
//!
//! - identities: [`TaskId`], [`CodeHash`], [`StateHash`], [`BlockNumber`], [`Balance`];
//! - the Actor PoV: [`ActorPov`] = [`PovContext`] + Agenda ([`AgendaItem`], [`Invocation`]) + [`Slab`]s +
//!   consumed inbox messages ([`InboxBatch`]) + [`Witness`];
//! - messages: [`Message`] (inbound) and [`OutboundMessage`];
//! - the AVF blob header: [`avf`];
//! - the canonical actor continuation: [`snapshot`], whose blake2-256 is the actor's state hash.
//!
//! Everything is `no_std` (with `alloc`) and SCALE-encoded with `scale-info` type information.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod avf;
mod pov;
pub mod snapshot;

pub use pov::*;
pub use primitive_types::H256;

/// Identifies an actor (RFC: "Actor-Task"), `u32`: assigned by the pallet in creation order, starting at 0.
/// Defined by the ABI, which actors see it through.
pub use coreplay_abi::TaskId;

/// blake2-256 of a whole AVF blob (header included): the key under which code is stored.
pub type CodeHash = H256;

/// The offchain-storage key under which the chain indexes a snapshot with `state_hash` (`pallet-actors` writes it
/// with `sp_io::offchain_index::set` for every snapshot it accepts; a node serves it to sequencers):
/// `b"coreplay/state/" ++ hash`, 47 bytes. Here so that a node or a standalone sequencer needs no pallet for it.
pub fn state_key(state_hash: &StateHash) -> alloc::vec::Vec<u8> {
	[&b"coreplay/state/"[..], state_hash.as_bytes()].concat()
}

/// blake2-256 of an actor's canonical snapshot encoding ([`snapshot::encode`]; [`snapshot::state_hash`]).
/// RFC: "Have associated 32-byte *State Hash* and a `u64` Sequence".
pub type StateHash = H256;

/// The block number an APoV is built against, `u32`; what an actor's `now()` returns. Defined by the ABI.
pub use coreplay_abi::BlockNumber;

/// The balance an actor's `payout` inspector returns (RFC: `RelayChainBalance`), `u128` in the chain's smallest
/// unit. Defined by the ABI.
pub use coreplay_abi::Balance;

/// blake2-256 of `data`, the one hash Coreplay uses for code, state and witness preimages.
pub fn blake2_256(data: &[u8]) -> H256 {
	H256(sp_crypto_hashing::blake2_256(data))
}
