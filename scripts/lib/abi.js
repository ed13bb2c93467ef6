// An actor's ABI metadata (issue 30): the JSON `coreplay build` writes beside the AVF (`<actor>.json`, from
// `coreplay_actor::metadata!`): a scale-info portable type registry and which of its types are the creation args,
// the call data, the reply, the messages and the events. Values are encoded from JSON and decoded to JSON through
// @polkadot/types, as @polkadot/api-contract does with ink! metadata.
'use strict';

const fs = require('node:fs');
const { TypeRegistry } = require('@polkadot/types');
const { u8aToHex } = require('@polkadot/util');
const { CliError } = require('./chain.js');

/** The metadata layout this reads (`coreplay_actor::metadata::VERSION`). */
const VERSION = 1;

/**
 * Loads `<actor>.json`. Returns `{ file, has(part), encode(part, json), decode(part, bytes) }` for `part` one of
 * `init`, `call`, `reply`, `message`, `event`: `encode` takes a JSON text or value (e.g. `"Inc"`, `5`,
 * `{"Transfer": {"to": "0x..", "amount": 5}}`) and answers the SCALE bytes; `decode` answers the value as JSON.
 * Errors are CliErrors that name the file and the part.
 */
function loadAbi(file) {
	let json;
	try {
		json = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (e) {
		throw new CliError(`--abi ${file}: ${e.message}`);
	}
	if (json.coreplay_metadata !== VERSION) {
		throw new CliError(`--abi ${file}: not Coreplay ABI metadata of version ${VERSION} (coreplay_metadata: ${json.coreplay_metadata})`);
	}
	const registry = new TypeRegistry();
	registry.setLookup(registry.createType('PortableRegistry', json.types));
	const typeOf = (part) => {
		const id = json[part];
		if (id === null || id === undefined) throw new CliError(`--abi ${file}: the actor declares no ${part} type`);
		return registry.createLookupType(id);
	};
	return {
		file,
		has: (part) => json[part] !== null && json[part] !== undefined,
		encode(part, value) {
			let parsed = value;
			if (typeof value === 'string') {
				try {
					parsed = JSON.parse(value);
				} catch {
					parsed = value; // a bare enum variant such as Inc
				}
			}
			try {
				return registry.createType(typeOf(part), parsed).toU8a();
			} catch (e) {
				throw new CliError(`${JSON.stringify(value)} is not a ${part} of ${file}: ${e.message}`);
			}
		},
		decode(part, bytes) {
			try {
				return registry.createType(typeOf(part), bytes).toJSON();
			} catch (e) {
				throw new CliError(`${u8aToHex(bytes)} does not decode as the ${part} of ${file}: ${e.message}`);
			}
		},
	};
}

module.exports = { loadAbi, VERSION };
