//! Shared fixtures for the vm tests: AVF blobs from inline WAT, and one test actor that exercises every host
//! function.
#![allow(dead_code, reason = "each test binary uses a different subset")]

use coreplay_primitives::avf::{wrap, Format};
use coreplay_vm::{ActorCode, Limits, Machine};

/// An AVF blob (Wasm format) of a WAT module.
pub fn avf(wat_text: &str) -> Vec<u8> {
	wrap(Format::Wasm, &wat::parse_str(wat_text).expect("test WAT parses"))
}

/// The imports every test module may use: each host function of `coreplay_abi::HOST_FUNCTIONS`, as
/// `$<name>`.
pub fn imports() -> String {
	coreplay_vm::abi::HOST_FUNCTIONS.iter().map(|f| format!("  {}\n", f.wat())).collect()
}

/// A module with the minimal valid shape plus `extra` items.
pub fn minimal(extra: &str) -> String {
	format!(
		r#"(module
  {extra}
  (memory (export "memory") 1)
  (func (export "init") (result i32) (i32.const 0))
  (func (export "service") (result i32) (i32.const 0))
  (func (export "call") (result i32) (i32.const 0)))"#
	)
}

/// The test actor. Memory layout (all i64 LE):
/// `0` services, `8` calls, `16` LCG state, `24` finish after this many services (0 = never),
/// `32` messages received, `40` message bytes received, `48` last call origin (-1 = None).
/// The mutable global `acc` sums the LCG's high bits, so a snapshot must carry globals too.
/// A data segment "hello" sits at 1024.
///
/// `init(args)`: args `[lcg seed u64][finish_at u64]`, both optional.
/// `service`: services += 1, one LCG step, drains all messages; returns 1 once `services >= finish_at`.
/// `call(input)`, by `input[0]`:
/// - 0: outputs the 56 state bytes.
/// - 1: returns Err with output "no".
/// - 2: traps (`unreachable`).
/// - 3: loops forever.
/// - 4: `call_actor(u32 at input[1..5], input[5..])`; outputs status (i32) ++ reply.
/// - 5: `send_message(u32 at input[1..5], input[5..])`.
/// - 6: recurses without end.
/// - 7: `memory.grow(u32 at input[1..5])`; outputs the result (i32).
/// - 8: `output(u32 at input[5..9], u32 at input[1..5])`: output `len` bytes at `ptr`.
/// - 9: `set_code(input[1..33])`.
/// - 10: `lookup(input[1..33])`; outputs status (i32) ++ reply.
/// - 11: `u32 at input[1..5]` LCG steps.
/// - 12: zeroes the data segment at 1024..1029.
/// - 13: prints "hi", outputs `now()` (i32).
///
/// `payout()`: outputs bytes 0..16 (services, calls). `dependencies()`: calls `next_message` (not allowed).
pub fn test_actor_wat() -> String {
	let imports = imports();
	format!(
		r#"(module
  {imports}
  (memory (export "memory") 2)
  (global $acc (export "acc") (mut i64) (i64.const 0))
  (global $sp (export "__stack_pointer") (mut i32) (i32.const 65536))
  (data (i32.const 1024) "hello")
  (func $step
    (i64.store (i32.const 16)
      (i64.add (i64.mul (i64.load (i32.const 16)) (i64.const 6364136223846793005))
               (i64.const 1442695040888963407)))
    (global.set $acc (i64.add (global.get $acc) (i64.shr_u (i64.load (i32.const 16)) (i64.const 33)))))
  (func $arg (result i32) (i32.load (i32.const 257)))
  (func (export "init") (result i32)
    (call $input_read (i32.const 256))
    (if (i32.ge_u (call $input_len) (i32.const 8))
      (then (i64.store (i32.const 16) (i64.load (i32.const 256)))))
    (if (i32.ge_u (call $input_len) (i32.const 16))
      (then (i64.store (i32.const 24) (i64.load (i32.const 264)))))
    (i64.store (i32.const 48) (i64.const -1))
    (i32.const 0))
  (func (export "service") (result i32)
    (local $from i64)
    (i64.store (i32.const 0) (i64.add (i64.load (i32.const 0)) (i64.const 1)))
    (call $step)
    (block $done
      (loop $more
        (local.set $from (call $next_message))
        (br_if $done (i64.lt_s (local.get $from) (i64.const 0)))
        (i64.store (i32.const 32) (i64.add (i64.load (i32.const 32)) (i64.const 1)))
        (i64.store (i32.const 40)
          (i64.add (i64.load (i32.const 40)) (i64.extend_i32_u (call $reply_len))))
        (br $more)))
    (i32.and
      (i64.ne (i64.load (i32.const 24)) (i64.const 0))
      (i64.ge_u (i64.load (i32.const 0)) (i64.load (i32.const 24)))))
  (func $recurse (param i32) (result i32)
    (i32.add (call $recurse (local.get 0)) (i32.const 1)))
  (func (export "call") (result i32)
    (local $op i32) (local $len i32) (local $i i32)
    (local.set $len (call $input_len))
    (call $input_read (i32.const 256))
    (local.set $op (i32.load8_u (i32.const 256)))
    (i64.store (i32.const 8) (i64.add (i64.load (i32.const 8)) (i64.const 1)))
    (i64.store (i32.const 48) (call $origin))
    (if (i32.eq (local.get $op) (i32.const 0))
      (then (call $output (i32.const 0) (i32.const 56)) (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 1))
      (then (i32.store (i32.const 512) (i32.const 0x6f6e)) (call $output (i32.const 512) (i32.const 2))
            (return (i32.const 1))))
    (if (i32.eq (local.get $op) (i32.const 2)) (then unreachable))
    (if (i32.eq (local.get $op) (i32.const 3)) (then (loop $forever (br $forever))))
    (if (i32.eq (local.get $op) (i32.const 4))
      (then
        (i32.store (i32.const 512)
          (call $call_actor (call $arg) (i32.const 261) (i32.sub (local.get $len) (i32.const 5))))
        (call $reply_read (i32.const 516))
        (call $output (i32.const 512) (i32.add (i32.const 4) (call $reply_len)))
        (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 5))
      (then (call $send_message (call $arg) (i32.const 261) (i32.sub (local.get $len) (i32.const 5)))
            (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 6)) (then (drop (call $recurse (i32.const 0)))))
    (if (i32.eq (local.get $op) (i32.const 7))
      (then (i32.store (i32.const 512) (memory.grow (call $arg)))
            (call $output (i32.const 512) (i32.const 4)) (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 8))
      (then (call $output (i32.load (i32.const 261)) (call $arg)) (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 9))
      (then (call $set_code (i32.const 257)) (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 10))
      (then
        (i32.store (i32.const 512) (call $lookup (i32.const 257)))
        (call $reply_read (i32.const 516))
        (call $output (i32.const 512) (i32.add (i32.const 4) (call $reply_len)))
        (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 11))
      (then
        (local.set $i (call $arg))
        (block $done (loop $more
          (br_if $done (i32.eqz (local.get $i)))
          (call $step)
          (local.set $i (i32.sub (local.get $i) (i32.const 1)))
          (br $more)))
        (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 12))
      (then (i32.store (i32.const 1024) (i32.const 0)) (i32.store8 (i32.const 1028) (i32.const 0))
            (return (i32.const 0))))
    (if (i32.eq (local.get $op) (i32.const 13))
      (then (i32.store (i32.const 512) (i32.const 0x6968)) (call $print (i32.const 512) (i32.const 2))
            (i32.store (i32.const 512) (call $now)) (call $output (i32.const 512) (i32.const 4))
            (return (i32.const 0))))
    (i32.const 1))
  (func (export "payout") (call $output (i32.const 0) (i32.const 16)))
  (func (export "dependencies") (drop (call $next_message)))
)"#
	)
}

/// The test actor as an AVF blob.
pub fn test_actor() -> Vec<u8> {
	avf(&test_actor_wat())
}

/// A machine with the default limits.
pub fn machine() -> Machine {
	Machine::new(Limits::DEFAULT)
}

/// The test actor, loaded.
pub fn loaded(machine: &Machine) -> ActorCode {
	machine.load(&test_actor()).expect("the test actor is valid")
}

/// Call input `[op][u32 LE arg][rest]`.
pub fn op(op: u8, arg: u32, rest: &[u8]) -> Vec<u8> {
	let mut v = vec![op];
	v.extend_from_slice(&arg.to_le_bytes());
	v.extend_from_slice(rest);
	v
}

/// The 56 state bytes as seven i64 fields.
pub fn fields(state: &[u8]) -> Vec<i64> {
	state.chunks_exact(8).map(|c| i64::from_le_bytes(c.try_into().expect("8 bytes"))).collect()
}

/// Plenty of fuel for the tests.
pub const FUEL: u64 = 10_000_000;
