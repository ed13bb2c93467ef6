//! The fuel schedule (`coreplay_vm::engine_config`): what each kind of loop iteration of the benchmark actor costs,
//! the figures the pallet's fuel benchmarks divide their fuel by (`coreplay_shapes::COUNT_DOWN_FUEL` and the call
//! prices), and the locals of a callee charged on every call (`LOCAL_FUEL` each).

use coreplay_primitives::{AgendaItem, Witness};
use coreplay_shapes::{
	shaped_actor, Calls, LoadShape, BRANCH_LOOP_FUEL, CALL_LOOP_FUEL, CHASE_STEPS, CHASE_STEP_FUEL,
	COUNT_DOWN_FUEL, INDIRECT_INDEX_FUEL, RANDOM_BRANCHES, RANDOM_BRANCH_FUEL, SCATTER_STEPS,
	SCATTER_STEP_FUEL,
};
use coreplay_vm::{
	ActorInput, Execution, Limits, Machine, CALL_FUEL, CALL_INDIRECT_FUEL, LOCAL_FUEL,
};

/// Fuel of `iterations` iterations of the bench actor's `call` loop with `shape`, less that of none.
fn loop_fuel(shape: LoadShape, iterations: u32) -> u64 {
	let m = Machine::new(Limits::DEFAULT);
	let code = m.load(&shaped_actor(1, 0, 0, shape)).expect("loads");
	let pre = m.create(&code, 1, &[], 1, 1_000_000).expect("creates").snapshot;
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	let fuel = |n: u32| {
		let agenda = [AgendaItem::call(1, n.to_le_bytes().to_vec(), vec![])];
		m.execute(&inputs, &agenda, 1, &Witness::default(), 100_000_000).expect("runs").fuel_used
	};
	// One iteration first, so that the callee's compilation is in both.
	fuel(iterations + 1) - fuel(1)
}

#[test]
fn each_loop_iteration_costs_what_the_fuel_benchmarks_assume() {
	let max = Limits::DEFAULT.max_function_locals;
	let local = u64::from(LOCAL_FUEL);
	let (count_down, call_loop) = (u64::from(COUNT_DOWN_FUEL), u64::from(CALL_LOOP_FUEL));
	let indirect = u64::from(CALL_INDIRECT_FUEL) + u64::from(INDIRECT_INDEX_FUEL);
	let cases: &[(&str, Calls, u32, u64)] = &[
		("count down", Calls::None, 0, count_down),
		("call, no locals", Calls::Direct, 0, call_loop + u64::from(CALL_FUEL)),
		(
			"call, most locals",
			Calls::Direct,
			max,
			call_loop + u64::from(CALL_FUEL) + u64::from(max) * local,
		),
		("call_indirect, no locals", Calls::Indirect, 0, call_loop + indirect),
		(
			"call_indirect, most locals",
			Calls::Indirect,
			max,
			call_loop + indirect + u64::from(max) * local,
		),
	];
	for (name, calls, locals, want) in cases {
		let shape =
			LoadShape { functions: 1, locals: *locals, calls: *calls, ..LoadShape::default() };
		assert_eq!(loop_fuel(shape, 1_000), 1_000 * want, "{name}");
	}
	// The `fuel_branches` benchmark's loop: the same fuel whichever way each `if` goes.
	let branches = LoadShape { branches: RANDOM_BRANCHES, ..LoadShape::default() };
	let want = u64::from(BRANCH_LOOP_FUEL + RANDOM_BRANCHES * RANDOM_BRANCH_FUEL);
	for iterations in [1_000, 1_001, 1_003] {
		assert_eq!(
			loop_fuel(branches, iterations),
			u64::from(iterations) * want,
			"random branches"
		);
	}
}

/// The executions of `[Service 1, Call n]` on the bench actor of `shape` over one touched page, one per `n` of
/// `iterations`: `service` writes what the memory benchmarks need (the permutation of the page's words), then
/// `call` runs `n` iterations of its loop.
fn after_service(shape: LoadShape, iterations: [u32; 2]) -> [Execution; 2] {
	let m = Machine::new(Limits::DEFAULT);
	let code = m.load(&shaped_actor(1, 1, 0, shape)).expect("loads");
	let pre = m.create(&code, 1, &[], 1, 1_000_000).expect("creates").snapshot;
	let inputs = [ActorInput { id: 1, code: &code, pre: &pre, inbox: &[] }];
	iterations.map(|n| {
		let agenda =
			[AgendaItem::service(1, 1), AgendaItem::call(1, n.to_le_bytes().to_vec(), vec![])];
		m.execute(&inputs, &agenda, 1, &Witness::default(), 100_000_000).expect("runs")
	})
}

/// The `fuel_chase` benchmark's loop: `service` writes the permutation of a page's words, then each iteration of
/// `call` follows it by `CHASE_STEPS` loads, at `CHASE_STEP_FUEL` each, and stays within the page all the way
/// round the cycle (32,000 loads through 16,384 words: a load out of the page would trap).
#[test]
fn a_pointer_chase_costs_what_its_benchmark_assumes() {
	let [one, many] = after_service(LoadShape { chase: true, ..LoadShape::default() }, [1, 2_001]);
	let want = u64::from(COUNT_DOWN_FUEL + CHASE_STEPS * CHASE_STEP_FUEL);
	assert_eq!(many.fuel_used - one.fuel_used, 2_000 * want);
}

/// The `fuel_scatter` benchmark's loop: each iteration of `call` stores to `SCATTER_STEPS` words drawn by an LCG,
/// at `SCATTER_STEP_FUEL` each, all within the touched page (32,000 stores: one out of the page would trap), and
/// the post differs from the permutation `service` wrote.
#[test]
fn scattered_stores_cost_what_their_benchmark_assumes() {
	let [one, many] =
		after_service(LoadShape { scatter: true, ..LoadShape::default() }, [1, 2_001]);
	let want = u64::from(COUNT_DOWN_FUEL + SCATTER_STEPS * SCATTER_STEP_FUEL);
	assert_eq!(many.fuel_used - one.fuel_used, 2_000 * want);
	assert_ne!(many.posts, one.posts, "the stores land in memory");
}
