#!/usr/bin/env bash
# Native smoke test: the desktop app opens a real window under Xvfb, draws frames, writes a
# screenshot and exits 0; the screenshot must show the UI (many colours), not a blank window.
# Then the same with a damaged saved library.
# usage: smoke.sh QUOTIENT_BINARY OUT.png
set -euo pipefail
app=$1 out=$2
rm -f "$out"
# A data folder of its own: the test never reads or writes the user's saved scenarios.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
XDG_DATA_HOME="$data" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --frames 12 --screenshot "$out"
/usr/bin/python3 - "$out" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
w, h = struct.unpack('>II', data[16:24])
assert (w, h) == (1280, 800), f'screenshot is {w}x{h}'
pos, idat = 8, b''
while pos < len(data):
    n, kind = struct.unpack('>I4s', data[pos:pos + 8])
    if kind == b'IDAT': idat += data[pos + 8:pos + 8 + n]
    pos += 12 + n
raw = zlib.decompress(idat)
stride = w * 4 + 1
colours = {raw[y * stride + 1 + x * 4: y * stride + 4 + x * 4] for y in range(0, h, 4) for x in range(0, w, 4)}
assert len(colours) > 40, f'only {len(colours)} colours: the window looks blank'
print(f'native smoke: {w}x{h} screenshot with {len(colours)} colours')
PY

# A damaged library in the data folder: the app still starts, moves the damaged file aside and
# saves a new scenario in its place.
mkdir -p "$data/quotient"
printf '{"schema":1,"active":0,"scen' > "$data/quotient/library.json"
XDG_DATA_HOME="$data" xvfb-run -a -s "-screen 0 1280x800x24" "$app" --frames 12
aside=$(ls "$data"/quotient/library.damaged-*.json)
grep -q '"scen$' "$aside" || { echo "the damaged library was not kept as it was"; exit 1; }
/usr/bin/python3 - "$data/quotient/library.json" <<'PY'
import json, sys
lib = json.load(open(sys.argv[1]))
assert lib['schema'] == 2 and lib['scenarios'][0]['name'] == 'My scenario', lib
print('native smoke: a damaged library was kept aside and replaced by a readable one')
PY
