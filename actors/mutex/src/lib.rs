//! `mutex`: the RFC's *Synchronisation Actor*, a utility actor whose lock table changes atomically. Co-scheduled
//! actors lock and unlock numbered resources with `call_actor`, so they can share access across blocks. See
//! `README.md` for the encodings.
#![no_std]

extern crate alloc;

use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, DecodeAll, Encode};
use coreplay_actor::{StateCell, TaskId};

/// Most resources locked at once: keeps the state bounded.
pub const MAX_LOCKS: usize = 1_024;

/// The call data (SCALE; the variant index is the first byte).
#[derive(Encode, Decode)]
pub enum Command {
	/// `0`: lock `resource` for the calling actor.
	Lock {
		/// Any number the users agree on.
		resource: u32,
	},
	/// `1`: release `resource`, which the calling actor holds.
	Unlock {
		/// The resource.
		resource: u32,
	},
	/// `2`: who holds `resource` (SCALE `Option<TaskId>`).
	Owner {
		/// The resource.
		resource: u32,
	},
}

/// Resource → the actor holding it.
static LOCKS: StateCell<BTreeMap<u32, TaskId>> = StateCell::new(BTreeMap::new());

/// `args`: ignored. The actor only serves calls: `main` waits forever (each `service` returns `0`).
async fn main(_args: Vec<u8>) {
	core::future::pending::<()>().await
}

fn call(origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	let command = Command::decode_all(&mut &data[..]).map_err(|_| ())?;
	LOCKS.with(|locks| match command {
		Command::Lock { resource } => {
			let caller = origin.ok_or(())?;
			match locks.get(&resource) {
				Some(&owner) if owner == caller => Ok(Vec::new()),
				Some(_) => Err(()),
				None if locks.len() >= MAX_LOCKS => Err(()),
				None => {
					locks.insert(resource, caller);
					Ok(Vec::new())
				}
			}
		}
		Command::Unlock { resource } => {
			let caller = origin.ok_or(())?;
			match locks.get(&resource) {
				Some(&owner) if owner == caller => {
					locks.remove(&resource);
					Ok(Vec::new())
				}
				_ => Err(()),
			}
		}
		Command::Owner { resource } => Ok(locks.get(&resource).copied().encode()),
	})
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
}
