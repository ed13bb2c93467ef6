//! Actor ABI metadata (issue 30): what an actor's creation args, calls, replies, messages and events are, as
//! `scale-info` types, so that tools encode arguments from JSON and decode outputs and events (`coreplay call`,
//! the polkadot-js scripts' `lib/abi.js`, through `@polkadot/types`), as ink!'s metadata does for contracts.
//!
//! An actor declares its types with [`metadata!`](crate::metadata) (always compiled: without this crate's
//! `metadata` feature it only checks the types exist). With the feature, which only native builds enable
//! (`coreplay build` builds a small program that calls it), the macro defines
//! `pub fn __coreplay_metadata() -> String`: the JSON of an [`ActorMetadata`].

use alloc::string::String;
use scale_info::{meta_type, PortableRegistry, Registry, TypeInfo};

/// The version of the [`ActorMetadata`] layout.
pub const VERSION: u32 = 1;

/// An actor's interface: a portable type registry and which of its types each part of the ABI is (`docs/abi.md`
/// gives the bytes: creation args are `init`'s input, a call's data is `call`'s input, its `Ok` output the reply,
/// a message's data what `next_message` reads, an event's data what `emit_event` writes). Serialised with serde as
/// `{"coreplay_metadata": 1, "types": {"types": [...]}, "init": id, "call": id, "reply": id, "message": id|null,
/// "event": id|null}`, `types` being scale-info's `PortableRegistry` (the JSON ink! metadata carries too).
#[derive(serde::Serialize)]
pub struct ActorMetadata {
	/// [`VERSION`].
	pub coreplay_metadata: u32,
	/// Every type the ABI names, with the types they are made of.
	pub types: PortableRegistry,
	/// The creation args (SCALE).
	pub init: u32,
	/// A call's data: usually an enum, one variant per call.
	pub call: u32,
	/// A call's `Ok` output.
	pub reply: u32,
	/// The data of a message the actor reads, if it reads any.
	pub message: Option<u32>,
	/// The data of an event it emits, if it emits any.
	pub event: Option<u32>,
}

/// Describes an actor whose creation args are `Init`, call data `Call`, replies `Reply`, messages `Message`
/// (`None`: it reads none) and events `Event` (`None`: it emits none).
pub fn describe<Init, Call, Reply>(
	message: Option<scale_info::MetaType>,
	event: Option<scale_info::MetaType>,
) -> ActorMetadata
where
	Init: TypeInfo + 'static,
	Call: TypeInfo + 'static,
	Reply: TypeInfo + 'static,
{
	let mut registry = Registry::new();
	let init = registry.register_type(&meta_type::<Init>()).id;
	let call = registry.register_type(&meta_type::<Call>()).id;
	let reply = registry.register_type(&meta_type::<Reply>()).id;
	let message = message.map(|ty| registry.register_type(&ty).id);
	let event = event.map(|ty| registry.register_type(&ty).id);
	let types: PortableRegistry = registry.into();
	ActorMetadata { coreplay_metadata: VERSION, types, init, call, reply, message, event }
}

/// The JSON text of an [`ActorMetadata`].
pub type Json = String;

/// [`ActorMetadata`] as JSON.
pub fn to_json(metadata: &ActorMetadata) -> Json {
	serde_json::to_string_pretty(metadata).expect("the metadata serialises; qed")
}

#[cfg(test)]
mod tests {
	use super::*;

	/// An actor's call type, as an actor declares it.
	#[derive(TypeInfo)]
	#[allow(dead_code, reason = "only described")]
	enum Call {
		Inc,
		Add(u32),
	}

	#[test]
	fn the_metadata_names_the_type_of_each_part() {
		let metadata = describe::<u64, Call, u64>(None, Some(meta_type::<u32>()));
		let json: serde_json::Value = serde_json::from_str(&to_json(&metadata)).expect("JSON");
		assert_eq!(json["coreplay_metadata"], VERSION);
		let type_of = |part: &str| {
			let id = json[part].as_u64().expect("an id") as usize;
			json["types"]["types"][id]["type"]["def"].clone()
		};
		assert_eq!(type_of("init")["primitive"], "u64");
		assert_eq!(type_of("reply")["primitive"], "u64");
		assert_eq!(type_of("event")["primitive"], "u32");
		let variants = &type_of("call")["variant"]["variants"];
		assert_eq!(variants[0]["name"], "Inc");
		assert_eq!(variants[0]["index"], 0, "SCALE: the variant index is the call's first byte");
		assert_eq!(variants[1]["name"], "Add");
		assert!(json["message"].is_null(), "no message type declared");
	}
}
