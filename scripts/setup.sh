#!/usr/bin/env bash
# Installs what building and testing Coreplay needs on a fresh Debian machine: the Rust toolchain pinned in
# rust-toolchain.toml with its Wasm targets and components, the apt packages the node needs, Node.js (>= 18) for
# the polkadot-js scripts, and the scripts' npm packages from their lockfile (scripts/package-lock.json).
# Idempotent: fast when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

toolchain=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
# Install only what is missing: `rustup toolchain install` on an installed toolchain re-syncs it and reinstalls
# components, which would disturb builds running at the same time.
if ! grep -q "^$toolchain" <<<"$(rustup toolchain list)"; then
	rustup toolchain install "$toolchain" --profile minimal --no-self-update >/dev/null
fi
# rustup does not add a toolchain file's targets to an already installed toolchain: add them explicitly.
installed_targets=$(rustup target list --installed --toolchain "$toolchain")
for target in wasm32v1-none wasm32-unknown-unknown; do
	grep -qx "$target" <<<"$installed_targets" || rustup target add --toolchain "$toolchain" "$target" >/dev/null
done
installed_components=$(rustup component list --installed --toolchain "$toolchain")
for component in rust-src rustfmt clippy; do
	grep -q "^$component" <<<"$installed_components" || rustup component add --toolchain "$toolchain" "$component" >/dev/null
done

need_apt=()
command -v protoc >/dev/null || need_apt+=(protobuf-compiler)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
# openssl-sys (git2 under docify, litep2p's webrtc) links the system OpenSSL.
[ -f /usr/include/openssl/ssl.h ] || need_apt+=(libssl-dev)
# The polkadot-js scripts and zombienet need Node.js >= 18 (Debian bookworm ships 18).
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ] && [ "${COREPLAY_SKIP_APT:-0}" != 1 ]; then
	sudo_cmd=""
	[ "$(id -u)" = 0 ] || sudo_cmd=sudo
	$sudo_cmd apt-get update -qq
	$sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 18 ] || { echo "setup: Node.js >= 18 is required, found $(node --version)" >&2; exit 1; }
# npm packages: install from the lockfile when node_modules is missing or older than the lockfile.
if [ ! -d scripts/node_modules ] || [ scripts/package-lock.json -nt scripts/node_modules/.package-lock.json ]; then
	(cd scripts && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

echo "setup: toolchain $toolchain with wasm32v1-none, wasm32-unknown-unknown, rust-src; protoc $(protoc --version 2>/dev/null | cut -d' ' -f2); node $(node --version); npm packages in scripts/node_modules"
