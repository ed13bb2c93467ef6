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
