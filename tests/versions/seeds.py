"""Reading the seed documents and the compiled reference, which sit in `../shared`.

The seeds' JSON examples are read from the documents themselves, so the tests check the spec
against the sources and not against a copy. A few examples are not valid JSON as published;
`REPAIRS` lists each fix (the broken text and its replacement), and a test checks that every fix
still finds its text, so a changed seed cannot be silently misread.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"
REFERENCE = SHARED / "reference" / "ads-api-v12-reference.md"

SEED_FILES = {
    "000": "000_1b727b8eff740097.txt",
    "001": "001_d7f662a803bbda5c.txt",
    "002": "002_727df3a1cc6724f0.txt",
    "003": "003_d158aa08ca25064e.txt",
    "004": "004_b760f1c2817af3ed.txt",
}

# (seed, endpoint heading, broken text, repaired text): typos of the published examples.
REPAIRS: list[tuple[str, str, str, str]] = [
    # v4 PUT accounts echo: a comma is missing after account_id, and account_name has a
    # doubled closing quote.
    (
        "002",
        "PUT accounts/:account_id",
        '"18ce54d4x5t"\n      "account_name"":',
        '"18ce54d4x5t",\n      "account_name":',
    ),
]


@cache
def seed_text(seed: str) -> str:
    return (SEEDS / SEED_FILES[seed]).read_text(encoding="utf-8")


@dataclass(frozen=True)
class SeedExample:
    seed: str
    endpoint: str  # "GET accounts/:account_id", as the seed's heading writes it
    request: str  # the example request line: method, URL with its query string
    request_body: Any  # the JSON body of the example request, if it shows one
    response: Any  # the example response, parsed


_HEADING = re.compile(r"^(GET|POST|PUT|DELETE) ([a-z_/:]+)$", re.MULTILINE)


def seed_examples(seed: str) -> list[SeedExample]:
    """The example request and response of every endpoint section of a reference seed."""
    text = seed_text(seed)
    for repair_seed, _, broken, fixed in REPAIRS:
        if repair_seed == seed:
            text = text.replace(broken, fixed)
    headings = list(_HEADING.finditer(text))
    examples = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        section = text[heading.end() : end]
        request_part, _, response_part = section.partition("Example Response")
        request_part = request_part.split("Example Request", 1)[1]
        line = next(ln.strip() for ln in request_part.splitlines() if ln.strip())
        body_text = request_part.strip()[len(line) :].strip()
        examples.append(
            SeedExample(
                seed,
                f"{heading.group(1)} {heading.group(2)}",
                line,
                json.loads(body_text) if body_text else None,
                _first_json(response_part),
            )
        )
    return examples


def _first_json(text: str) -> Any:
    start = text.index("{")
    value, _ = json.JSONDecoder().raw_decode(text[start:])
    return value


def quick_start_accounts_answer() -> Any:
    """The `GET /11/accounts` answer of seed 001. As published it lost its braces; they are put
    back around the members the excerpt shows, nothing else is changed."""
    text = seed_text("001")
    body = text.split("Example Response", 1)[1].split("Up next", 1)[0].strip()
    repaired = body.replace('"params": {}\n', '"params": {}},\n', 1)
    repaired = repaired.replace('"data": [\n', '"data": [{\n', 1)
    return json.loads("{" + repaired + "}]}")


_MONTHS = "January February March April May June July August September October November December"
_MONTH_DATE = rf"(?:{'|'.join(_MONTHS.split())}) \d{{1,2}}, \d{{4}}"


def seed_versions_table() -> dict[str, list[str]]:
    """Seed 003's table: version -> the dates of its row, in order (introduced, deprecated,
    end of life), `N/A` kept as such. Rows wrap over lines in the seed; dates are read in order
    up to the next row."""
    from datetime import datetime

    text = seed_text("003").split("Every month", 1)[0]
    rows = re.split(r"(?m)^(\d+)\.0 /\d+/", text)[1:]
    table = {}
    for version, rest in zip(rows[::2], rows[1::2], strict=True):
        tokens = re.findall(rf"{_MONTH_DATE}|N/A", rest)
        table[version] = [
            t if t == "N/A" else datetime.strptime(t, "%B %d, %Y").date().isoformat()
            for t in tokens
        ]
    return table


def reference_versions() -> dict[str, dict[str, str]]:
    """The versions 9 to 12 as reference §1 gives them."""
    line = next(ln for ln in REFERENCE.read_text().splitlines() if "Versions table" in ln)
    found = {}
    for version in ("12", "11", "10", "9"):
        match = re.search(rf"{version}\.0 `/{version}/` ([^;]*)", line)
        assert match, f"reference §1 no longer lists version {version}"
        text = match.group(1)
        dates = {"introduced": re.search(r"\d{4}-\d{2}-\d{2}", text).group(0)}
        for key, label in (("deprecated", "deprecated"), ("end-of-life", "EOL")):
            labelled = re.search(rf"{label} (\d{{4}}-\d{{2}}-\d{{2}})", text)
            if labelled:
                dates[key] = labelled.group(1)
        found[version] = dates
    return found


# -- parameter tables ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedParameter:
    name: str
    required: bool
    type: str | None  # as the seed writes it: string, int, long, boolean, enum
    text: str  # the whole entry, for notes such as "comma-separated" or "ISO 8601"
    default: str | None
    values: tuple[str, ...] | None  # "Possible values"
    bounds: tuple[str, str] | None  # "Min, Max"


def seed_parameters(seed: str) -> dict[str, list[SeedParameter]]:
    """Endpoint heading -> the parameter table of that endpoint in a reference seed."""
    text = seed_text(seed)
    headings = list(_HEADING.finditer(text))
    tables = {}
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        section = text[heading.end() : end]
        table = section.split("Parameters", 1)[1].split("Example Request", 1)[0]
        lines = table.splitlines()
        starts = [
            i
            for i in range(len(lines) - 1)
            if re.fullmatch(r"[a-z_]+", lines[i].strip())
            and lines[i + 1].strip() in ("required", "optional")
        ]
        parameters = []
        for position, start in enumerate(starts):
            stop = starts[position + 1] if position + 1 < len(starts) else len(lines)
            entry = "\n".join(lines[start:stop])
            values = re.search(r"Possible values: ((?:[^\n]*,\n)*[^\n]*)", entry)
            bounds = re.search(r"Min, Max: (\S+), (\S+)", entry)
            default = re.search(r"Default: (\S+)", entry)
            kind = re.search(r"Type: (\w+)", entry)
            parameters.append(
                SeedParameter(
                    name=lines[start].strip(),
                    required=lines[start + 1].strip() == "required",
                    type=kind.group(1) if kind else None,
                    text=entry,
                    default=default.group(1) if default else None,
                    values=tuple(v.strip() for v in values.group(1).split(",")) if values else None,
                    bounds=(bounds.group(1), bounds.group(2)) if bounds else None,
                )
            )
        tables[f"{heading.group(1)} {heading.group(2)}"] = parameters
    return tables
