//! Writes seed corpora for the fuzz targets (`fuzz/README.md`):
//!
//! - `corpus/apov_validate/`: real APoVs, SCALE-encoded, built by the sequencer over the world's example actors,
//!   one per example Agenda (each actor served, each actor's README call, the ping-pong pair co-scheduled, a chain of
//!   several Agendas with messages between them), each also with compact `post` slabs (`-compact`);
//! - `corpus/code_bytes/`: every example actor's AVF blob, and its Wasm module behind the `0` byte the target
//!   wraps in a header.
//!
//! Usage: `cargo run --release --bin seed-corpus [dir]` (default `corpus`), from `fuzz/`.

use codec::Encode;
use coreplay_fuzz::{ok_call, World, FUEL};
use coreplay_primitives::{AgendaItem, TaskId};
use coreplay_sequencer::{ApovRequest, Sequencer};
use std::{fs, path::Path};

fn main() {
	let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
	let dir = Path::new(&dir);
	let mut world = World::new();
	let sequencer = Sequencer::new(*world.machine.limits());
	let count = world.actor_count() as TaskId;

	let mut agendas: Vec<Vec<AgendaItem>> = Vec::new();
	for actor in 0..count {
		agendas.push(vec![AgendaItem::service(actor, 1)]);
		agendas.push(vec![
			AgendaItem::service(actor, 2),
			AgendaItem::call(actor, ok_call(actor), Vec::new()),
		]);
	}
	agendas.push(vec![
		AgendaItem::service(4, 3),
		AgendaItem::service(5, 3),
		AgendaItem::call(4, vec![0x01], Vec::new()),
	]);
	agendas.push((0..count).map(|actor| AgendaItem::service(actor, 1)).collect());

	let apov_dir = dir.join("apov_validate");
	fs::create_dir_all(&apov_dir).expect("create the corpus dir");
	let mut written = 0;
	for (index, agenda) in agendas.into_iter().enumerate() {
		let request = ApovRequest { agenda, fuel_limit: FUEL, ..Default::default() };
		match sequencer.build_apov(&world.chain, request) {
			Ok(built) => {
				fs::write(apov_dir.join(format!("seed-{index:02}")), built.apov.encode())
					.expect("write a seed");
				// The same APoV with compact `post` slabs (deltas against `pre`).
				let mut compact = built.apov.clone();
				for slab in &mut compact.slabs {
					slab.compact(world.machine.limits().max_memory_pages).expect("canonical");
				}
				fs::write(apov_dir.join(format!("seed-{index:02}-compact")), compact.encode())
					.expect("write a seed");
				// Canonicalise, so that later seeds start from states the earlier ones produced (unless the
				// chain would refuse it, as it would refuse it).
				if let Err(refused) = world.canonicalise(&built.apov, &built.execution) {
					eprintln!("seed {index}: not canonicalised: {refused:?}");
				}
				written += 1;
			}
			Err(error) => eprintln!("seed {index}: not built: {error}"),
		}
	}
	println!("{written} APoV seeds, each also compact, in {}", apov_dir.display());

	let code_dir = dir.join("code_bytes");
	fs::create_dir_all(&code_dir).expect("create the corpus dir");
	for actor in coreplay_fixtures::ALL {
		fs::write(code_dir.join(format!("{}.avf", actor.name)), [&[1u8][..], actor.avf].concat())
			.expect("write a seed");
		fs::write(
			code_dir.join(format!("{}.wasm", actor.name)),
			[&[0u8][..], actor.wasm()].concat(),
		)
		.expect("write a seed");
	}
	println!("{} code seeds in {}", 2 * coreplay_fixtures::ALL.len(), code_dir.display());
}
