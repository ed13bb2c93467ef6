//! [`StateCell`]: actor state in a `static`, shared by `main` and the entry points.

use core::{
	cell::UnsafeCell,
	sync::atomic::{AtomicBool, Ordering},
};

/// Holds an actor's state in a `static`, so that `main` (across its yields) and `call` (between them) can both
/// reach it.
///
/// Access goes through [`StateCell::with`], whose closure cannot `.await`: no borrow of the state is ever held
/// across a yield, where a `call` could run. A nested `with` on the same cell (e.g. from inside another `with`)
/// panics instead of aliasing. The state lives in linear memory like everything else, so it is part of the
/// snapshot.
///
/// ```
/// use coreplay_actor::StateCell;
///
/// struct Counter {
///     count: u64,
/// }
///
/// static STATE: StateCell<Counter> = StateCell::new(Counter { count: 0 });
///
/// let count = STATE.with(|state| {
///     state.count += 1;
///     state.count
/// });
/// assert_eq!(count, 1);
/// ```
pub struct StateCell<T> {
	in_use: AtomicBool,
	value: UnsafeCell<T>,
}

// SAFETY: `with` hands out the `&mut T` only while it holds `in_use` (an acquire/release flag, like a spin lock that
// never waits: contention panics), so there is never more than one reference to the value, and `T: Send` lets that
// reference be used from whichever thread holds the flag. (In `wasm32v1-none` there is only one thread.)
unsafe impl<T: Send> Sync for StateCell<T> {}

impl<T> StateCell<T> {
	/// A cell holding `value`; `const`, so it can initialise a `static`.
	pub const fn new(value: T) -> Self {
		Self { in_use: AtomicBool::new(false), value: UnsafeCell::new(value) }
	}

	/// Runs `f` with exclusive access to the state and returns its result.
	///
	/// # Panics
	/// If the cell is already in use: a `with` nested inside another `with` of the same cell. In an actor, a panic
	/// traps and aborts the whole execution.
	pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
		struct Release<'a>(&'a AtomicBool);
		impl Drop for Release<'_> {
			fn drop(&mut self) {
				self.0.store(false, Ordering::Release);
			}
		}

		if self.in_use.swap(true, Ordering::Acquire) {
			panic!("StateCell::with: the state is already in use (nested `with`)");
		}
		let _release = Release(&self.in_use);
		// SAFETY: `in_use` was false and is now ours until `_release` drops, so no other reference exists.
		f(unsafe { &mut *self.value.get() })
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn with_gives_back_what_the_closure_returns_and_keeps_changes() {
		let cell = StateCell::new(41u64);
		cell.with(|v| *v += 1);
		assert_eq!(cell.with(|v| *v), 42);
	}

	#[test]
	fn a_nested_with_panics() {
		extern crate std;
		let cell = StateCell::new(0u8);
		let nested = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
			cell.with(|_| cell.with(|_| ()));
		}));
		assert!(nested.is_err());
		// The outer borrow was released while unwinding.
		assert_eq!(cell.with(|v| *v), 0);
	}
}
