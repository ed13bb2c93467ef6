#!/usr/bin/env bash
# Installs what building and testing Coreplay needs on a fresh Debian machine: the Rust toolchain pinned in
# rust-toolchain.toml with its Wasm targets and components, and the apt packages the node needs.
# Idempotent: fast when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

toolchain=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
# Install only what is missing: `rustup toolchain install` on an installed toolchain re-syncs it and reinstalls
# components, which would disturb builds running at the same time.
if ! rustup toolchain list | grep -q "^$toolchain"; then
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
if [ ${#need_apt[@]} -gt 0 ] && [ "${COREPLAY_SKIP_APT:-0}" != 1 ]; then
	sudo_cmd=""
	[ "$(id -u)" = 0 ] || sudo_cmd=sudo
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
echo "setup: toolchain $toolchain with wasm32v1-none, wasm32-unknown-unknown, rust-src; protoc $(protoc --version 2>/dev/null | cut -d' ' -f2)"
