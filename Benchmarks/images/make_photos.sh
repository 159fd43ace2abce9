#!/usr/bin/env bash
# Writes COUNT phone-like 4000x3000 JPEG photos into OUT, each with what a phone leaves in a file:
# GPS position, camera make and model, orientation 6 (stored sideways) and an embedded thumbnail.
# Needs the vips command (Debian libvips-tools) and exiftool (libimage-exiftool-perl).
set -euo pipefail
count=${1:?usage: make_photos.sh COUNT OUT}
out=${2:?usage: make_photos.sh COUNT OUT}
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
# One textured base: three octaves of Perlin noise per channel plus sensor grain, so it compresses
# like a photograph (smooth areas, edges, noise) rather than a flat test card.
for band in 0 1 2; do
  vips perlin "p$band-a.v" 4000 3000 --cell-size 512 --seed $((band + 1))
  vips perlin "p$band-b.v" 4000 3000 --cell-size 96 --seed $((band + 11))
  vips perlin "p$band-c.v" 4000 3000 --cell-size 16 --seed $((band + 21))
  vips linear "p$band-b.v" "p$band-b2.v" 0.5 0
  vips linear "p$band-c.v" "p$band-c2.v" 0.2 0
  vips add "p$band-a.v" "p$band-b2.v" "p$band-ab.v"
  vips add "p$band-ab.v" "p$band-c2.v" "p$band.v"
done
vips bandjoin "p0.v p1.v p2.v" rgb.v
vips linear rgb.v scaled.v 80 128
vips gaussnoise grain.v 4000 3000 --sigma 6 --mean 0
vips add scaled.v grain.v grainy.v
vips cast grainy.v base.v uchar
vips copy base.v base.jpg[Q=90]
vips thumbnail base.jpg thumb.jpg 160
for i in $(seq -w 1 "$count"); do
  cp base.jpg "$out/photo-$i.jpg"
done
exiftool -q -overwrite_original -Make=PhonesRUs -Model="Pocket 12" -Orientation=6 -n \
  -GPSLatitude=36.2021 -GPSLatitudeRef=N -GPSLongitude=37.1343 -GPSLongitudeRef=E \
  "-ThumbnailImage<=thumb.jpg" "$out"
# Each file differs by one comment so none is a byte copy of another (the cache keys by content).
for f in "$out"/photo-*.jpg; do exiftool -q -overwrite_original -Comment="$(basename "$f")" "$f"; done
