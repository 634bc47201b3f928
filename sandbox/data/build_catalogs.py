"""Rebuild the generated catalogs the sandbox serves, from the tables in `sources/`.

    python sandbox/data/build_catalogs.py          # rewrite iab_categories.json, bidding_rules.json
    python sandbox/data/build_catalogs.py --check  # exit 1 if either is stale

Two catalogs are generated: the IAB categories (from `sources/iab_taxonomy.tsv`, the IAB
content taxonomy 1.0) and the bidding rules (one per currency the spec supports, the US dollar
rules scaled by `sources/exchange_rates.tsv` and rounded to each currency's smallest unit,
`x-currency-precision`). The other catalogs (content categories, advertiser business
categories, publishers) are written by hand from the documentation's examples; this script
checks that every IAB category they name exists. Everything is deterministic: the same sources
give the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
SPEC_SCHEMAS = HERE.parent.parent / "spec" / "common" / "schemas.yaml"

# The US dollar rules of the documentation: bids from 1 cent to 1,000 dollars, in cents.
USD_MINIMUM_BID = 10_000
USD_MAXIMUM_BID = 1_000_000_000


def _table(name: str) -> list[list[str]]:
    lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def iab_categories() -> list[dict[str, Any]]:
    return [
        {"id": code, "parent_id": code.split("-")[0] if "-" in code else None, "name": name}
        for code, name in _table("iab_taxonomy.tsv")
    ]


def _precisions() -> dict[str, int]:
    import yaml

    schemas = yaml.safe_load(SPEC_SCHEMAS.read_text(encoding="utf-8"))["schemas"]
    return dict(schemas["SupportedCurrency"]["x-currency-precision"])


def _round_up(micros: float, unit: int) -> int:
    """`micros` rounded up to a whole number of `unit`s (at least one)."""
    return max(unit, -(-int(micros) // unit) * unit)


def _round_down(micros: float, unit: int) -> int:
    return max(unit, int(micros) // unit * unit)


def bidding_rules() -> list[dict[str, Any]]:
    rates = {code: float(rate) for code, rate in _table("exchange_rates.tsv")}
    rules = []
    for currency, precision in sorted(_precisions().items()):
        unit = 10 ** (6 - precision)  # the currency's smallest amount, in micros
        rate = rates[currency]
        rules.append(
            {
                "currency": currency,
                "minimum_cpe_bid_local_micro": _round_up(USD_MINIMUM_BID * rate, unit),
                "maximum_cpe_bid_local_micro": _round_down(USD_MAXIMUM_BID * rate, unit),
                "minimum_denomination": unit,
            }
        )
    return rules


GENERATED = {"iab_categories.json": iab_categories, "bidding_rules.json": bidding_rules}


def _text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def problems() -> list[str]:
    """IAB categories the hand-written catalogs name that the taxonomy lacks."""
    known = {c["id"] for c in iab_categories()}
    found = []
    for name in ("content_categories.json", "advertiser_business_categories.json"):
        for entry in json.loads((HERE / name).read_text(encoding="utf-8")):
            found += [
                f"{name}: {entry['id']} names unknown {code}"
                for code in entry["iab_categories"]
                if code not in known
            ]
    categories = {c["id"] for c in json.loads((HERE / "content_categories.json").read_text())}
    for entry in json.loads((HERE / "publishers.json").read_text(encoding="utf-8")):
        found += [
            f"publishers.json: {entry['username']} names unknown content category {c}"
            for c in entry["content_category_ids"]
            if c not in categories
        ]
    return found


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, build in GENERATED.items():
        text = _text(build())
        path = HERE / name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not check:
            path.write_text(text, encoding="utf-8")
    for problem in problems():
        print(problem, file=sys.stderr)
    if check and stale:
        print(f"stale: {', '.join(stale)}", file=sys.stderr)
    return 1 if (check and stale) or problems() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
