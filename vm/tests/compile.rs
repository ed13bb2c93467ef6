//! Lazy compilation: a function is compiled at its first call in an execution, for `COMPILE_FUEL` per byte of its
//! body, in a module each execution builds afresh, so fuel never depends on what ran before.

use coreplay_fixtures::wat_actors as common;

use common::{avf, minimal};
use coreplay_primitives::{AgendaItem, Witness};
use coreplay_vm::{ActorInput, ExecError, Limits, Machine, COMPILE_FUEL};

/// An actor whose `call` calls `$big` (a body of `loops` empty `loop`s, never run by `service`) and whose
/// `service` does nothing.
fn actor(loops: usize) -> Vec<u8> {
	let body = "(loop)".repeat(loops);
	avf(&format!(
		r#"(module
  (memory (export "memory") 1)
  (func $big {body})
  (func (export "init") (result i32) (i32.const 0))
  (func (export "service") (result i32) (i32.const 0))
  (func (export "call") (result i32) (call $big) (i32.const 0)))"#
	))
}

fn fuel_of(
	machine: &Machine,
	blob: &[u8],
	agenda: &[AgendaItem],
	fuel: u64,
) -> Result<u64, ExecError> {
	let code = machine.load(blob).expect("loads");
	let pre = machine.create(&code, 1, &[], 1, 1_000_000).expect("creates").snapshot;
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	machine.execute(&inputs, agenda, 1, &Witness::default(), fuel).map(|e| e.fuel_used)
}

#[test]
fn a_function_is_charged_for_its_bytes_when_first_called() {
	let m = Machine::new(Limits::DEFAULT);
	let call = [AgendaItem::call(1, vec![], vec![])];
	let service = [AgendaItem::service(1, 1)];
	// `service` never calls `$big`: its size changes nothing.
	assert_eq!(
		fuel_of(&m, &actor(10), &service, 10_000_000),
		fuel_of(&m, &actor(1_000), &service, 10_000_000)
	);
	// `call` compiles it: 990 loops more are 2,970 bytes more (`loop`, its block type, `end`), each at
	// `COMPILE_FUEL`; each loop also costs one unit as it runs (wasmi's fuel check at a loop's head).
	let small = fuel_of(&m, &actor(10), &call, 10_000_000).expect("runs");
	let large = fuel_of(&m, &actor(1_000), &call, 10_000_000).expect("runs");
	assert_eq!(large - small, 990 * (3 * u64::from(COMPILE_FUEL) + 1));
	// Compiling runs out of fuel like any instruction.
	assert_eq!(fuel_of(&m, &actor(1_000), &call, large - 1), Err(ExecError::OutOfFuel));
	assert_eq!(fuel_of(&m, &actor(1_000), &call, large), Ok(large));
}

#[test]
fn fuel_does_not_depend_on_what_ran_before() {
	let m = Machine::new(Limits::DEFAULT);
	let blob = actor(100);
	let code = m.load(&blob).expect("loads");
	let pre = m.create(&code, 1, &[], 1, 1_000_000).expect("creates").snapshot;
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let agenda = [AgendaItem::call(1, vec![], vec![]), AgendaItem::call(1, vec![], vec![])];
	let run = || m.execute(&inputs, &agenda, 1, &Witness::default(), 10_000_000).expect("runs");
	let first = run();
	// The same `ActorCode` again, and a machine of its own with the same limits: the same fuel.
	assert_eq!(run().fuel_used, first.fuel_used);
	let other = Machine::new(Limits::DEFAULT);
	let fresh = other.load(&blob).expect("loads");
	let inputs = [ActorInput { id: 1, code: &fresh, pre: &pre, inbox: &[] }];
	let again = other.execute(&inputs, &agenda, 1, &Witness::default(), 10_000_000);
	assert_eq!(again.map(|e| e.fuel_used), Ok(first.fuel_used));
	// Within one execution a function is compiled once: a second call of `$big` costs no compilation.
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let one = m.execute(&inputs, &agenda[..1], 1, &Witness::default(), 10_000_000).expect("runs");
	let compiling = 300 * u64::from(COMPILE_FUEL);
	assert!(one.fuel_used > compiling);
	assert!(first.fuel_used - one.fuel_used < compiling);
}

#[test]
fn code_from_a_machine_with_other_limits_is_refused() {
	let m = Machine::new(Limits::DEFAULT);
	let other = Machine::new(Limits { max_memory_pages: 8, ..Limits::DEFAULT });
	let code = other.load(&avf(&minimal(""))).expect("loads");
	assert_eq!(
		m.create(&code, 1, &[], 1, 1_000_000).map(|c| c.fuel_used),
		Err(ExecError::ForeignCode)
	);
}
