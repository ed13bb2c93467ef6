//! The single-task executor: `main`'s future lives in linear memory and is polled once per `init`/`service`.
//!
//! Between entry-point calls the shadow stack is empty and every live value of `main` sits inside its boxed future,
//! in the heap. So linear memory plus `__stack_pointer` (what the vm snapshots) is the whole continuation, and a
//! restored instance resumes `main` exactly where it yielded.
//!
//! There is one task and no reactor: `main` is polled with a no-op waker, once per `service` call. A future that
//! returns `Pending` is simply polled again at the next `service`; nothing needs to wake it.

use crate::host::{try_next_message, Sender};
use alloc::vec::Vec;
use core::{
	future::Future,
	pin::Pin,
	task::{Context, Poll},
};

/// Ends this poll of `main`; the next `service` call resumes after the `.await`.
///
/// `init` (or `service`) returns `0` ("pending") when `main` reaches it. A `yield_now().await` in every long loop
/// bounds the work of one `service`, and so the fuel one Agenda item can use.
pub fn yield_now() -> YieldNow {
	YieldNow { yielded: false }
}

/// The future of [`yield_now`]: `Pending` once, then `Ready`.
#[derive(Debug)]
#[must_use = "futures do nothing unless you `.await` them"]
pub struct YieldNow {
	yielded: bool,
}

impl Future for YieldNow {
	type Output = ();

	fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
		if self.yielded {
			Poll::Ready(())
		} else {
			self.yielded = true;
			Poll::Pending
		}
	}
}

/// Waits for the next inbound message and returns `(sender, data)`.
///
/// If a message is waiting it returns at once (within the same poll); otherwise `main` yields and tries again at
/// every later `service`. Only `main` may await it: it uses the `next_message` host function, which the
/// inspectors may not call.
pub fn next_message() -> NextMessage {
	NextMessage { _private: () }
}

/// The future of [`next_message`].
#[derive(Debug)]
#[must_use = "futures do nothing unless you `.await` them"]
pub struct NextMessage {
	_private: (),
}

impl Future for NextMessage {
	type Output = (Sender, Vec<u8>);

	fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
		match try_next_message() {
			Some(message) => Poll::Ready(message),
			None => Poll::Pending,
		}
	}
}

/// Polls `future` once with a no-op waker.
#[cfg(any(target_arch = "wasm32", test))]
fn poll_once<F: Future + ?Sized>(future: Pin<&mut F>) -> Poll<F::Output> {
	future.poll(&mut Context::from_waker(core::task::Waker::noop()))
}

#[cfg(target_arch = "wasm32")]
pub(crate) use task::{init, service};

#[cfg(target_arch = "wasm32")]
mod task {
	use super::poll_once;
	use alloc::{boxed::Box, vec::Vec};
	use core::{cell::UnsafeCell, future::Future, pin::Pin, task::Poll};
	use coreplay_abi::EntryStatus;

	/// Where `main` is in its life.
	enum Main {
		/// `init` has not run.
		NotStarted,
		/// Between polls: the boxed future holds `main`'s whole continuation.
		Pending(Pin<Box<dyn Future<Output = ()>>>),
		/// Being polled (taken out of the static for the duration).
		Polling,
		/// `main` returned; it is never polled again.
		Completed,
	}

	struct MainTask(UnsafeCell<Main>);

	// SAFETY: `wasm32v1-none` has no threads (no `atomics` feature), and the vm runs one entry point of an instance
	// at a time: a `call_actor` back into this actor fails with `Reentrant` instead of re-entering it. So the cell is
	// only ever accessed from one flow of control, and each access below is a short borrow that ends before any
	// user code runs.
	unsafe impl Sync for MainTask {}

	static MAIN: MainTask = MainTask(UnsafeCell::new(Main::NotStarted));

	fn replace(new: Main) -> Main {
		// SAFETY: see `impl Sync for MainTask`; the `&mut` lives only for this statement.
		unsafe { core::mem::replace(&mut *MAIN.0.get(), new) }
	}

	/// Polls `main` once if it is pending: an `EntryStatus`, `Pending` or `Completed` (`docs/abi.md`, `init` and
	/// `service`).
	fn poll_main() -> i32 {
		match replace(Main::Polling) {
			Main::Pending(mut main) => match poll_once(main.as_mut()) {
				Poll::Pending => {
					replace(Main::Pending(main));
					EntryStatus::Pending as i32
				}
				Poll::Ready(()) => {
					replace(Main::Completed);
					EntryStatus::Completed as i32
				}
			},
			Main::Completed => {
				replace(Main::Completed);
				EntryStatus::Completed as i32
			}
			Main::NotStarted => panic!("`service` before `init`"),
			Main::Polling => panic!("`main` re-entered"),
		}
	}

	/// The `init` export: builds `main(args)` and polls it once.
	pub(crate) fn init<F, Fut>(main: F, args: Vec<u8>) -> i32
	where
		F: FnOnce(Vec<u8>) -> Fut,
		Fut: Future<Output = ()> + 'static,
	{
		match replace(Main::Pending(Box::pin(main(args)))) {
			Main::NotStarted => poll_main(),
			_ => panic!("`init` called twice"),
		}
	}

	/// The `service` export: polls `main` once unless it has completed.
	pub(crate) fn service() -> i32 {
		poll_main()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use core::pin::pin;

	#[test]
	fn yield_now_is_pending_exactly_once() {
		let mut future = pin!(yield_now());
		assert_eq!(poll_once(future.as_mut()), Poll::Pending);
		assert_eq!(poll_once(future.as_mut()), Poll::Ready(()));
	}

	#[test]
	fn an_async_block_resumes_after_each_yield() {
		let mut steps = 0;
		let polls = {
			let mut future = pin!(async {
				for _ in 0..3 {
					steps += 1;
					yield_now().await;
				}
			});
			core::iter::repeat_with(|| poll_once(future.as_mut()))
				.take_while(Poll::is_pending)
				.count()
		};
		assert_eq!(polls, 3);
		assert_eq!(steps, 3);
	}
}
