//! The pallet's `Error` for each error of the vm (`CodeError`, `ExecError`, `PovError`) and each expiry reason:
//! one variant per rule, so that a rejection names its cause.

use super::*;

impl<T> Error<T> {
	/// The error for an upload rule (`coreplay_vm::CodeError`).
	pub fn from_code(e: CodeError) -> Self {
		match e {
			CodeError::TooLarge => Error::CodeTooLarge,
			CodeError::HeaderTruncated => Error::AvfHeaderTruncated,
			CodeError::BadMagic => Error::AvfBadMagic,
			CodeError::UnsupportedVersion => Error::AvfUnsupportedVersion,
			CodeError::UnknownFormat => Error::AvfUnknownFormat,
			CodeError::HeaderReservedNotZero => Error::AvfReservedNotZero,
			CodeError::UnsupportedFormat => Error::UnsupportedFormat,
			CodeError::InvalidWasm => Error::InvalidWasm,
			CodeError::FloatsNotAllowed => Error::FloatsNotAllowed,
			CodeError::StartFunction => Error::StartFunction,
			CodeError::ForbiddenImport => Error::ForbiddenImport,
			CodeError::ImportSignatureMismatch => Error::ImportSignatureMismatch,
			CodeError::ForbiddenImportKind => Error::ForbiddenImportKind,
			CodeError::MissingExport => Error::MissingExport,
			CodeError::BadExportSignature => Error::BadExportSignature,
			CodeError::ExportedTable => Error::TableNotAllowed,
			CodeError::MemoryMissing => Error::MemoryMissing,
			CodeError::MemoryTooLarge => Error::MemoryTooLarge,
			CodeError::UnexportedMutableGlobal => Error::UnexportedMutableGlobal,
			CodeError::TooManyGlobals => Error::TooManyGlobals,
			CodeError::TooManyFunctions => Error::TooManyFunctions,
			CodeError::DataSegmentOutOfBounds => Error::DataSegmentOutOfBounds,
			CodeError::NotCompiled => Error::CodeNotCompiled,
			CodeError::TooManyLocals => Error::TooManyLocals,
			CodeError::TooManyTypes => Error::TooManyTypes,
			CodeError::TableTooLarge => Error::TableTooLarge,
			CodeError::TooManySegments => Error::TooManySegments,
			CodeError::TooManyImports => Error::TooManyImports,
			CodeError::TooManyExports => Error::TooManyExports,
			CodeError::TooManyElementItems => Error::TooManyElementItems,
			CodeError::GlobalExportedTwice => Error::GlobalExportedTwice,
			CodeError::ExportNameTooLong => Error::ExportNameTooLong,
		}
	}

	/// The error for a failed execution (`coreplay_vm::ExecError`).
	pub fn from_exec(e: ExecError) -> Self {
		match e {
			ExecError::OutOfFuel => Error::OutOfFuel,
			ExecError::StackOverflow => Error::StackOverflow,
			ExecError::Trap(_) => Error::ActorTrapped,
			ExecError::MemoryAccess => Error::MemoryAccess,
			ExecError::OutputTooLarge => Error::OutputTooLarge,
			ExecError::MessageTooLarge => Error::MessageTooLarge,
			ExecError::TooManyMessages => Error::TooManyMessages,
			ExecError::HostFunctionNotAllowed => Error::HostFunctionNotAllowed,
			ExecError::BadEntryStatus => Error::BadEntryStatus,
			ExecError::UnknownActor => Error::NotCoScheduled,
			ExecError::CallRejected => Error::CallRejected,
			ExecError::TooManyEvents => Error::TooManyEvents,
			ExecError::EventTooLarge => Error::EventTooLarge,
			ExecError::TooManyTransfers => Error::TooManyTransfers,
			ExecError::BadSnapshot(_) | ExecError::SnapshotCodeMismatch => Error::BadSnapshot,
			ExecError::MemoryLimit => Error::MemoryLimit,
			ExecError::Instantiation | ExecError::ForeignCode | ExecError::BadInspectorOutput => {
				Error::Instantiation
			}
		}
	}

	/// The error for an invalid APoV (`coreplay_vm::PovError`).
	pub fn from_pov(e: PovError) -> Self {
		match e {
			PovError::EmptyAgenda => Error::EmptyAgenda,
			PovError::TooManyAgendaItems => Error::TooManyAgendaItems,
			PovError::NoSlabs => Error::NoSlabs,
			PovError::TooManyActors => Error::TooManyActors,
			PovError::SlabsNotAscending => Error::SlabsNotAscending,
			PovError::NotCoScheduled => Error::NotCoScheduled,
			PovError::MissingService => Error::MissingService,
			PovError::ZeroService => Error::ZeroService,
			PovError::SlabTooLarge => Error::SlabTooLarge,
			PovError::ApovTooLarge => Error::ApovTooLarge,
			PovError::CallTooLarge => Error::CallTooLarge,
			PovError::WitnessTooLarge => Error::WitnessTooLarge,
			PovError::BadInboxBatch => Error::BadInboxBatch,
			PovError::InboxTooLarge => Error::InboxTooLarge,
			PovError::CodeCountMismatch => Error::Instantiation,
			PovError::Exec(e) => Error::from_exec(e),
			PovError::CallOutputMismatch => Error::CallOutputMismatch,
			PovError::InboxNotConsumed => Error::InboxNotConsumed,
			PovError::PostMismatch => Error::PostMismatch,
			PovError::BadPostDelta(_) => Error::BadPostDelta,
			PovError::TooManyWitnessItems => Error::TooManyWitnessItems,
		}
	}

	/// The error for a new outcome that `readiness` finds expired already (`submit_apov`'s rejection).
	pub(crate) fn from_expiry(reason: ExpiryReason) -> Self {
		match reason {
			ExpiryReason::SequenceReached => Error::StaleSequence,
			ExpiryReason::PreStateChanged => Error::PreStateMismatch,
			ExpiryReason::InboxChanged => Error::InboxMismatch,
			ExpiryReason::UndeliverableMessage => Error::InboxFull,
			ExpiryReason::UnknownUpgradeCode => Error::UnknownUpgradeCode,
			// Not reachable from `submit_apov`: `readiness` never times out a new outcome (`process_pending` does,
			// and reports it as `Event::ApovExpired { reason: TimedOut }`, not as an error). `PendingFull` is the
			// nearest error: the queue could not keep it.
			ExpiryReason::TimedOut => Error::PendingFull,
			ExpiryReason::CodeChanged => Error::CodeChanged,
			ExpiryReason::TimeWentBackwards => Error::ContextBeforeActor,
			ExpiryReason::ActorRemoved => Error::UnknownActor,
			ExpiryReason::SenderQuotaFull => Error::SenderQuotaFull,
			ExpiryReason::TransfersNotCovered => Error::TransfersNotCovered,
		}
	}
}
