#!/usr/bin/env python3
"""Renders each benchmark fixture with python-liquid and prints renders/second.

Usage: peer_python.py FIXTURES_DIR [--seconds 3]

Same protocol as liquid-bench: parse templates/index.liquid once (partials come
from an in-memory loader and are parsed once too), render once and compare with expected_result.txt,
then render in a loop for SECONDS and print `fixture NAME: N renders/s`.
"""

import argparse
import json
import sys
import time
from pathlib import Path

import liquid
from liquid import CachingDictLoader, Environment


def bench(folder: Path, seconds: float) -> None:
    templates = {p.name: p.read_text(encoding="utf-8") for p in (folder / "templates").glob("*.liquid")}
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    expected = (folder / "expected_result.txt").read_text(encoding="utf-8")

    # The caching loader keeps parsed partials, so `include` does not re-parse
    # them on every render (a plain DictLoader would).
    env = Environment(loader=CachingDictLoader(templates, auto_reload=False), autoescape=False)
    template = env.get_template("index.liquid")
    first = template.render(**data)
    print(f"fixture {folder.name}: matches expected: {'true' if first == expected else 'false'}")

    renders = 0
    start = time.perf_counter()
    elapsed = 0.0
    while elapsed < seconds:
        template.render(**data)
        renders += 1
        elapsed = time.perf_counter() - start
    print(f"fixture {folder.name}: {round(renders / elapsed)} renders/s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", type=Path)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    print(f"# python-liquid {liquid.__version__}, Python {sys.version.split()[0]}")
    for folder in sorted(p for p in args.fixtures.iterdir() if p.is_dir()):
        bench(folder, args.seconds)


if __name__ == "__main__":
    main()
