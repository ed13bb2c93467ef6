//! `ledger`: one *branch actor* of an asset ledger (RFC, "Scaling a Common Use-Case"). Accounts live in branches;
//! transfers within a branch are synchronous and cheap, transfers to another branch are debited here and credited
//! there by an asynchronous message. See `README.md` for the encodings.
//!
//! Accounts are FRAME account ids: only an account's owner moves its funds, by a call it signed (an Agenda
//! `SignedCall`, which the chain checks: signature, chain, actor and nonce) or a message it sent (the chain's
//! `send_message` call, which needs no sequencer to reach the inbox) naming it as `from`; only the minter the
//! creator named mints. Every movement is reported with `emit_event` ([`LedgerEvent`]), so the chain deposits
//! an `ActorEvent` for it.
#![no_std]

extern crate alloc;

use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use codec::{Decode, DecodeAll, Encode};
use coreplay_actor::{
	caller, emit_event, now, self_id, send_message, try_next_message, yield_now, Balance,
	BlockNumber, Caller, Sender, StateCell, TaskId,
};

/// An account: a FRAME `AccountId32` (an sr25519 or ed25519 public key), the caller of a signed call. Accounts
/// are identified by branch and account id.
pub type AccountId = [u8; 32];

/// Fee of a [`Call::Transfer`], paid by the sender into the fee pool.
pub const TRANSFER_FEE: Balance = 1;
/// Fee of a [`Call::TransferOut`]: higher, the credit costs a message.
pub const TRANSFER_OUT_FEE: Balance = 2;
/// Most sibling branches a branch accepts at creation.
pub const MAX_BRANCHES: usize = 16;
/// Most credits queued for one branch until the next service sends them (one message of at most
/// `2 + 64 × 48` bytes: `compact(64)` then 64 pairs, under the development chain's 4 KiB message limit).
pub const MAX_QUEUED_CREDITS: usize = 64;

/// The creation arguments (SCALE).
#[derive(Encode, Decode)]
pub struct InitArgs {
	/// The other branches of the same ledger: the only actors whose credit messages are honoured, and the only
	/// targets of [`Call::TransferOut`]. At most [`MAX_BRANCHES`]; this branch's own id is ignored.
	pub branches: Vec<TaskId>,
	/// Initial balances, minted here. A key listed twice gets the sum.
	pub balances: Vec<(AccountId, Balance)>,
	/// The only account that may [`Call::Mint`] later; `None` fixes the supply at creation.
	pub minter: Option<AccountId>,
}

/// The call data (SCALE; the variant index is the first byte). `Transfer`, `TransferOut` and `Mint` are `Err`
/// unless the caller is the account that may make them: `from` (a signed call of `from`), or the minter.
#[derive(Encode, Decode)]
pub enum Call {
	/// `0`: moves `amount` from `from` to `to` within this branch; `from` also pays [`TRANSFER_FEE`]. Only by a
	/// call `from` signed.
	Transfer {
		/// Debited `amount + TRANSFER_FEE`; the signer.
		from: AccountId,
		/// Credited `amount`.
		to: AccountId,
		/// Smallest units.
		amount: Balance,
	},
	/// `1`: debits `amount + TRANSFER_OUT_FEE` from `from` here and queues a credit of `amount` to `to` in
	/// `branch`, sent at this branch's next service. Only by a call `from` signed.
	TransferOut {
		/// Debited here; the signer.
		from: AccountId,
		/// A sibling branch (not this one).
		branch: TaskId,
		/// Credited in `branch`.
		to: AccountId,
		/// Smallest units.
		amount: Balance,
	},
	/// `2`: `who`'s balance (`u128` LE; 0 for unknown accounts).
	Balance {
		/// The account.
		who: AccountId,
	},
	/// `3`: the fee pool (`u128` LE).
	FeePool,
	/// `4`: mints `amount` to `to`. Only by a call the minter ([`InitArgs::minter`]) signed.
	Mint {
		/// Credited.
		to: AccountId,
		/// Smallest units.
		amount: Balance,
	},
}

/// What the ledger reports with `emit_event` (the event's data, SCALE; its topics are the accounts named, as
/// listed), one event per movement.
#[derive(Encode, Decode, Debug, PartialEq, Eq)]
pub enum LedgerEvent {
	/// `0`, topics `[from, to]`: a [`Call::Transfer`] (its fee is [`TRANSFER_FEE`]).
	Transfer {
		/// Debited `amount + TRANSFER_FEE`.
		from: AccountId,
		/// Credited.
		to: AccountId,
		/// Smallest units.
		amount: Balance,
	},
	/// `1`, topics `[from, to]`: a [`Call::TransferOut`], debited here (its fee is [`TRANSFER_OUT_FEE`]).
	TransferOut {
		/// Debited.
		from: AccountId,
		/// The branch that credits `to`.
		branch: TaskId,
		/// Credited in `branch`.
		to: AccountId,
		/// Smallest units.
		amount: Balance,
	},
	/// `2`, topics `[to]`: a [`Call::Mint`].
	Minted {
		/// Credited.
		to: AccountId,
		/// Smallest units.
		amount: Balance,
	},
	/// `3`, no topics: a credit message from a sibling branch was applied.
	Credited {
		/// The sending branch.
		branch: TaskId,
		/// How many credits it held.
		credits: u32,
		/// Their sum (saturating).
		total: Balance,
	},
	/// `4`, topics `[account]`: a message from `account` was consumed without effect: not a [`Call`], a
	/// movement `account` may not make, or one its balance does not cover.
	Refused {
		/// The sender.
		account: AccountId,
	},
}

impl LedgerEvent {
	/// Emits it, with the accounts it names as topics.
	fn emit(&self) {
		let topics: Vec<[u8; 32]> = match self {
			LedgerEvent::Transfer { from, to, .. } | LedgerEvent::TransferOut { from, to, .. } => {
				alloc::vec![*from, *to]
			}
			LedgerEvent::Minted { to, .. } => alloc::vec![*to],
			LedgerEvent::Refused { account } => alloc::vec![*account],
			LedgerEvent::Credited { .. } => Vec::new(),
		};
		emit_event(&topics, &self.encode());
	}
}

/// A credit message between branches: SCALE `Vec<(AccountId, Balance)>`.
pub type Credits = Vec<(AccountId, Balance)>;

struct Ledger {
	branches: BTreeSet<TaskId>,
	minter: Option<AccountId>,
	accounts: BTreeMap<AccountId, Balance>,
	/// Fees collected since the pool was last paid out.
	fee_pool: Balance,
	/// The `now` of the APoV that last settled the pool (see [`Ledger::settle`]).
	fee_epoch: BlockNumber,
	/// Credits for other branches, sent at the next service.
	outgoing: BTreeMap<TaskId, Credits>,
}

static STATE: StateCell<Ledger> = StateCell::new(Ledger {
	branches: BTreeSet::new(),
	minter: None,
	accounts: BTreeMap::new(),
	fee_pool: 0,
	fee_epoch: 0,
	outgoing: BTreeMap::new(),
});

impl Ledger {
	/// Starts a new APoV's accounting. The chain evaluates `payout(now)` on the state *before* the APoV and pays
	/// it to the submitter; `payout` reports the pool only when `now` differs from `fee_epoch`. The first entry
	/// point of that APoV (same `now`) therefore finds `now != fee_epoch` and empties the pool it was paid from,
	/// before any fee of the APoV is added. Fees collected in an APoV are paid by the next one with a later `now`.
	fn settle(&mut self, now: BlockNumber) {
		if now != self.fee_epoch {
			self.fee_pool = 0;
			self.fee_epoch = now;
		}
	}

	fn balance(&self, who: &AccountId) -> Balance {
		self.accounts.get(who).copied().unwrap_or(0)
	}

	/// Sets a balance, dropping empty accounts so the state holds only funded ones.
	fn set_balance(&mut self, who: AccountId, balance: Balance) {
		if balance == 0 {
			self.accounts.remove(&who);
		} else {
			self.accounts.insert(who, balance);
		}
	}

	/// Debits `amount + fee` from `from` into the fee pool (the `amount` part leaves the account).
	fn debit(&mut self, from: AccountId, amount: Balance, fee: Balance) -> Result<(), ()> {
		let total = amount.checked_add(fee).ok_or(())?;
		let left = self.balance(&from).checked_sub(total).ok_or(())?;
		self.set_balance(from, left);
		self.fee_pool = self.fee_pool.saturating_add(fee);
		Ok(())
	}

	/// Credits `amount` to `to`; saturates (only reachable if the branches minted more than `u128::MAX` in total).
	fn credit(&mut self, to: AccountId, amount: Balance) {
		let balance = self.balance(&to).saturating_add(amount);
		self.set_balance(to, balance);
	}

	fn transfer(&mut self, from: AccountId, to: AccountId, amount: Balance) -> Result<(), ()> {
		// Check the credit cannot overflow before debiting anything.
		let credited = if from == to { 0 } else { self.balance(&to) };
		credited.checked_add(amount).ok_or(())?;
		self.debit(from, amount, TRANSFER_FEE)?;
		self.credit(to, amount);
		LedgerEvent::Transfer { from, to, amount }.emit();
		Ok(())
	}

	fn mint(&mut self, to: AccountId, amount: Balance) -> Result<(), ()> {
		let balance = self.balance(&to).checked_add(amount).ok_or(())?;
		self.set_balance(to, balance);
		LedgerEvent::Minted { to, amount }.emit();
		Ok(())
	}

	fn transfer_out(
		&mut self,
		from: AccountId,
		branch: TaskId,
		to: AccountId,
		amount: Balance,
	) -> Result<(), ()> {
		if !self.branches.contains(&branch) {
			return Err(());
		}
		if self.outgoing.get(&branch).is_some_and(|queued| queued.len() >= MAX_QUEUED_CREDITS) {
			return Err(());
		}
		self.debit(from, amount, TRANSFER_OUT_FEE)?;
		self.outgoing.entry(branch).or_default().push((to, amount));
		LedgerEvent::TransferOut { from, branch, to, amount }.emit();
		Ok(())
	}

	/// Applies a credit message; ignored unless it comes from a sibling branch and decodes.
	fn receive(&mut self, from: TaskId, data: &[u8]) {
		if !self.branches.contains(&from) {
			return;
		}
		if let Ok(credits) = Credits::decode_all(&mut &data[..]) {
			let mut total: Balance = 0;
			for &(to, amount) in &credits {
				self.credit(to, amount);
				total = total.saturating_add(amount);
			}
			LedgerEvent::Credited { branch: from, credits: credits.len() as u32, total }.emit();
		}
	}
}

/// `args`: SCALE [`InitArgs`]. Undecodable args, more than [`MAX_BRANCHES`] siblings or a minted balance over
/// `u128::MAX` trap: creation fails.
async fn main(args: Vec<u8>) {
	let args = InitArgs::decode_all(&mut &args[..]).expect("args: SCALE InitArgs; qed");
	let me = self_id();
	let created = now();
	STATE.with(|ledger| {
		ledger.fee_epoch = created;
		ledger.branches = args.branches.into_iter().filter(|&branch| branch != me).collect();
		ledger.minter = args.minter;
		assert!(ledger.branches.len() <= MAX_BRANCHES, "too many branches");
		for (who, amount) in args.balances {
			let balance = ledger.balance(&who).checked_add(amount).expect("minted over u128::MAX");
			ledger.set_balance(who, balance);
		}
	});
	loop {
		yield_now().await;
		STATE.with(|ledger| ledger.settle(now()));
		// Credits from other branches (sent by their services, in this APoV or delivered to the inbox), and
		// calls accounts sent as messages.
		while let Some((from, data)) = try_next_message() {
			STATE.with(|ledger| match from {
				Sender::Actor(branch) => ledger.receive(branch, &data),
				Sender::Account(account) => {
					let applied = Call::decode_all(&mut &data[..])
						.map_err(|_| ())
						.and_then(|call| ledger.apply(Some(account), call));
					if applied.is_err() {
						LedgerEvent::Refused { account }.emit();
					}
				}
			});
		}
		// Credits for other branches: one message per branch.
		let outgoing = STATE.with(|ledger| core::mem::take(&mut ledger.outgoing));
		for (branch, credits) in outgoing {
			send_message(branch, &credits.encode());
		}
	}
}

impl Ledger {
	/// Applies `call` on behalf of `account` (the signer of a signed call, or the sender of a message; `None`
	/// for anyone else): a movement only if `account` may make it.
	fn apply(&mut self, account: Option<AccountId>, call: Call) -> Result<Vec<u8>, ()> {
		let by = |owner: &AccountId| if account == Some(*owner) { Ok(()) } else { Err(()) };
		match call {
			Call::Transfer { from, to, amount } => {
				by(&from)?;
				self.transfer(from, to, amount).map(|()| Vec::new())
			}
			Call::TransferOut { from, branch, to, amount } => {
				by(&from)?;
				self.transfer_out(from, branch, to, amount).map(|()| Vec::new())
			}
			Call::Mint { to, amount } => {
				by(&self.minter.ok_or(())?)?;
				self.mint(to, amount).map(|()| Vec::new())
			}
			Call::Balance { who } => Ok(self.balance(&who).encode()),
			Call::FeePool => Ok(self.fee_pool.encode()),
		}
	}
}

fn call(_origin: Option<TaskId>, data: Vec<u8>) -> Result<Vec<u8>, ()> {
	let call = Call::decode_all(&mut &data[..]).map_err(|_| ())?;
	// A signed call's signer, checked by the chain.
	let signer = match caller() {
		Caller::Account(signer) => Some(signer),
		Caller::Actor(_) | Caller::None => None,
	};
	STATE.with(|ledger| {
		ledger.settle(now());
		ledger.apply(signer, call)
	})
}

/// The fee pool, if the APoV built against `now` will empty it (see [`Ledger::settle`]); otherwise 0.
fn payout(now: BlockNumber) -> Balance {
	STATE.with(|ledger| if now != ledger.fee_epoch { ledger.fee_pool } else { 0 })
}

/// The branches this branch has credits queued for: co-scheduling with them lets the next service's credit
/// messages be read at once.
fn dependencies(_now: BlockNumber) -> Vec<TaskId> {
	STATE.with(|ledger| ledger.outgoing.keys().copied().collect())
}

coreplay_actor::export_actor! {
	main: main,
	call: call,
	payout: payout,
	dependencies: dependencies,
}
