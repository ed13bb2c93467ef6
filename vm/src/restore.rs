//! An actor's continuation in and out of a live instance: [`restore`] a snapshot into a fresh instance, and
//! [`take_snapshot`] (with [`global_values`]) after an Agenda.

use crate::{errors::ExecError, state::HostState};
use alloc::vec::Vec;
use coreplay_primitives::snapshot::{self, GlobalValue, SnapshotView, CHUNK_SIZE};
use wasmi::{Store, Val};

/// Overwrites a fresh instance's memory and mutable globals with a snapshot. `data_segments` is
/// [`CodeInfo::data_segments`](crate::CodeInfo::data_segments): only those bytes can be non-zero in a fresh
/// instance, so only they are cleared before the snapshot's chunks are written (scanning the whole initial memory
/// was a fifth of validation's in-runtime time per page, `docs/performance.md`; clearing up to the last segment's
/// end would cost a page's `memset` per initial page that no benchmark measures).
pub(crate) fn restore(
	store: &mut Store<HostState>,
	memory: wasmi::Memory,
	globals: &[wasmi::Global],
	data_segments: &[core::ops::Range<u32>],
	view: &SnapshotView<'_>,
) -> Result<(), ExecError> {
	if view.globals.len() != globals.len() {
		return Err(ExecError::SnapshotCodeMismatch);
	}
	for (global, value) in globals.iter().zip(&view.globals) {
		let val = match value {
			GlobalValue::I32(v) => Val::I32(*v),
			GlobalValue::I64(v) => Val::I64(*v),
		};
		global.set(&mut *store, val).map_err(|_| ExecError::SnapshotCodeMismatch)?;
	}
	let initial = memory.size(&*store);
	let wanted = u64::from(view.memory_pages);
	if wanted < initial {
		return Err(ExecError::SnapshotCodeMismatch);
	}
	if wanted > initial {
		memory.grow(&mut *store, wanted - initial).map_err(|_| ExecError::MemoryLimit)?;
	}
	let data = memory.data_mut(&mut *store);
	// Grown pages are zero, and so is initial memory outside the data segments, which lie within it (checked at
	// upload, `check_structure`).
	for range in data_segments {
		data[range.start as usize..range.end as usize].fill(0);
	}
	for (index, bytes) in &view.chunks {
		let start = *index as usize * CHUNK_SIZE;
		data[start..start + CHUNK_SIZE].copy_from_slice(bytes);
	}
	Ok(())
}

/// The values of actor `index`'s exported mutable globals, in snapshot order.
pub(crate) fn global_values(
	store: &Store<HostState>,
	index: usize,
) -> Result<Vec<GlobalValue>, ExecError> {
	store.data().actors[index]
		.globals
		.iter()
		.map(|global| match global.get(store) {
			Val::I32(v) => Ok(GlobalValue::I32(v)),
			Val::I64(v) => Ok(GlobalValue::I64(v)),
			_ => Err(ExecError::SnapshotCodeMismatch),
		})
		.collect()
}

/// The canonical snapshot of actor `index` in `store`.
pub(crate) fn take_snapshot(store: &Store<HostState>, index: usize) -> Result<Vec<u8>, ExecError> {
	let values = global_values(store, index)?;
	Ok(snapshot::encode(store.data().actors[index].memory.data(store), &values))
}
