"""SQLite storage for every resource: one generic table of JSON documents.

Each entity is a row: its resource, identifier, owning user, parent (the ads account for
everything but accounts), creation order, deleted flag and its attributes as JSON. Filters and
sorting read attributes with `json_extract`, so a resource added to the spec needs no new table.

Durability: with a file, the database runs in WAL mode; a write is committed before its answer
is sent, so killing the process never loses an acknowledged write.

Nonces: those signed ahead of the sandbox's clock are kept with the state, so that a request
replayed after a restart is refused (see `adsapi.sandbox.nonces`).

Locks: no statement ever waits for a lock (SQLite's busy timeout is 0 once the store is open).
The store runs in the server's event loop, where waiting would stall every other request; a
lock held by another process raises `StoreBusy` at once, and the caller decides how long to
retry, without blocking (see `adsapi.sandbox.app`).
"""

from __future__ import annotations

import base64
import json
import math
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from adsapi.sandbox.jsontext import read_json

SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT    NOT NULL,
    id       TEXT    NOT NULL UNIQUE,
    owner    TEXT    NOT NULL,
    parent   TEXT,
    deleted  INTEGER NOT NULL DEFAULT 0,
    attrs    TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_by_parent ON entities (resource, parent, seq);
CREATE INDEX IF NOT EXISTS entities_by_owner ON entities (resource, owner, seq);
CREATE TABLE IF NOT EXISTS nonces (
    stamp INTEGER NOT NULL,
    key   INTEGER NOT NULL,
    PRIMARY KEY (stamp, key)
) WITHOUT ROWID;
"""


@dataclass
class Row:
    seq: int
    resource: str
    id: str
    owner: str
    parent: str | None
    deleted: bool
    attrs: dict[str, Any]


@dataclass(frozen=True)
class Filter:
    attribute: str
    match: Literal["any-of", "prefix-ignore-case", "not-equal"]
    value: Any


@dataclass(frozen=True)
class Sort:
    attribute: str | None  # None: creation order
    descending: bool = False


class CursorError(ValueError):
    pass


class StoreBusy(Exception):
    """Another process holds a lock the statement needs (SQLite's BUSY or LOCKED): nothing was
    changed, and the same work may be tried again later."""


_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class Store:
    def __init__(self, path: Path | str | None = None) -> None:
        self.path = str(path) if path else ":memory:"
        self.persistent = bool(path)  # the state outlives the process
        # Opening may wait for another process's lock (nothing is served yet); serving never.
        self.db = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=5.0
        )
        if path:
            self.db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode: a committed transaction survives the process being killed
            # (an OS crash or power loss may lose the last ones, which a sandbox can afford).
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self.db.create_function("starts_with_ci", 2, _starts_with_ci, deterministic=True)
        self.db.execute("PRAGMA busy_timeout=0")
        self._depth = 0

    def _run(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        """One statement; StoreBusy if another process holds the lock it needs."""
        try:
            return self.db.execute(sql, args)
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF in _BUSY_CODES:
                raise StoreBusy(str(exc)) from exc
            raise

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; nested uses join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._run("BEGIN IMMEDIATE")  # StoreBusy here: nothing began
        self._depth = 1
        try:
            yield
            self._run("COMMIT")
        except BaseException:
            if self.db.in_transaction:  # a failed COMMIT leaves it open too
                self.db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    # -- nonces -------------------------------------------------------------------------------

    def keep_nonce(self, timestamp: int, key: int, forget_before: int) -> None:
        """Keep a used nonce (its digest) with the state, and forget those signed before
        `forget_before`, which the timestamp window refuses anyway."""
        with self.transaction():
            self._run("INSERT OR IGNORE INTO nonces (stamp, key) VALUES (?, ?)", (timestamp, key))
            self._run("DELETE FROM nonces WHERE stamp < ?", (forget_before,))

    def kept_nonces(self, since: int) -> list[tuple[int, int]]:
        """The nonces kept with a timestamp at or after `since`."""
        return self._run("SELECT stamp, key FROM nonces WHERE stamp >= ?", (since,)).fetchall()

    # -- single entities -----------------------------------------------------------------------

    def insert(
        self,
        resource: str,
        entity_id: str,
        owner: str,
        parent: str | None,
        attrs: dict[str, Any],
    ) -> Row | None:
        """The new row, or None when the identifier is taken."""
        try:
            cursor = self._run(
                "INSERT INTO entities (resource, id, owner, parent, attrs) VALUES (?, ?, ?, ?, ?)",
                (resource, entity_id, owner, parent, _dumps(attrs)),
            )
        except sqlite3.IntegrityError:
            return None
        return Row(cursor.lastrowid or 0, resource, entity_id, owner, parent, False, attrs)

    def get(self, resource: str, entity_id: str) -> Row | None:
        found = self._run(
            "SELECT seq, resource, id, owner, parent, deleted, attrs FROM entities "
            "WHERE id = ? AND resource = ?",
            (entity_id, resource),
        ).fetchone()
        return _row(found) if found else None

    def save(self, row: Row) -> None:
        self._run(
            "UPDATE entities SET attrs = ?, deleted = ? WHERE seq = ?",
            (_dumps(row.attrs), int(row.deleted), row.seq),
        )

    # -- collections ---------------------------------------------------------------------------

    def page(
        self,
        resource: str,
        scope: tuple[str, str],
        filters: Sequence[Filter],
        sort: Sort,
        with_deleted: bool,
        limit: int,
        cursor: str | None = None,
    ) -> tuple[list[Row], str | None]:
        """One page and the cursor of the next (None on the last page)."""
        where, args = self._where(resource, scope, filters, with_deleted)
        keys = _sort_key(sort)
        key = ", ".join(keys)
        if cursor is not None:
            after = decode_cursor(cursor, sort)
            where += f" AND ({key}) {'<' if sort.descending else '>'} (?, ?, ?)"
            args.extend(after)
        order = ", ".join(k + (" DESC" if sort.descending else "") for k in keys)
        sql = (
            f"SELECT seq, resource, id, owner, parent, deleted, attrs, {key} FROM entities "
            f"WHERE {where} ORDER BY {order} LIMIT ?"
        )
        found = self._run(sql, (*args, limit + 1)).fetchall()
        rows = [_row(r) for r in found[:limit]]
        next_cursor = encode_cursor(found[limit - 1][7:], sort) if len(found) > limit else None
        return rows, next_cursor

    def count(
        self,
        resource: str,
        scope: tuple[str, str],
        filters: Sequence[Filter],
        with_deleted: bool,
    ) -> int:
        where, args = self._where(resource, scope, filters, with_deleted)
        return self._run(f"SELECT count(*) FROM entities WHERE {where}", args).fetchone()[0]

    @staticmethod
    def _where(
        resource: str, scope: tuple[str, str], filters: Sequence[Filter], with_deleted: bool
    ) -> tuple[str, list[Any]]:
        column, value = scope  # ("parent", account id) or ("owner", user)
        clauses = [f"resource = ? AND {column} = ?"]
        args: list[Any] = [resource, value]
        if not with_deleted:
            clauses.append("deleted = 0")
        for f in filters:
            expr = _attribute(f.attribute)
            if f.match == "any-of":
                clauses.append(f"{expr} IN ({', '.join('?' * len(f.value))})")
                args.extend(f.value)
            elif f.match == "prefix-ignore-case":
                clauses.append(f"starts_with_ci({expr}, ?)")
                args.append(f.value.casefold())
            else:
                clauses.append(f"{expr} IS NOT ?")
                args.append(f.value)
        return " AND ".join(clauses), args


def _attribute(name: str) -> str:
    if name in ("id", "deleted"):
        return name
    # Attribute names come from the spec, never from requests; quoting keeps odd names safe.
    return "json_extract(attrs, '$.\"" + name.replace('"', "") + "\"')"


def _sort_key(sort: Sort) -> list[str]:
    """Rows ordered by (has a value, value, creation order): nulls first, ties stable."""
    expr = "seq" if sort.attribute is None else _attribute(sort.attribute)
    return [f"{expr} IS NOT NULL", f"coalesce({expr}, 0)", "seq"]


def encode_cursor(key: Sequence[Any], sort: Sort) -> str:
    payload = json.dumps([sort.attribute, sort.descending, list(key)], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: Sort) -> list[Any]:
    """The sort key a cursor resumes after. A cursor comes back from the client, so every element
    is checked before it reaches SQLite: the key is (has a value: 0 or 1, the value: a 64-bit
    integer, a finite number or a string, creation order: a positive 64-bit integer)."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        attribute, descending, key = read_json(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError) as exc:  # JsonRefused is a ValueError
        raise CursorError("cursor is not one this server issued") from exc
    if attribute != sort.attribute or descending != sort.descending:
        raise CursorError("cursor belongs to a listing with another sort_by")
    if not (
        isinstance(key, list)
        and len(key) == 3
        and key[0] in (0, 1)
        and _is_int(key[0])
        and _is_sort_value(key[1])
        and _is_int(key[2])
        and key[2] > 0
    ):
        raise CursorError("cursor is not one this server issued")
    return key


def _is_int(value: Any) -> bool:
    """An integer SQLite can bind (JSON's true and false are not integers here)."""
    return type(value) is int and -(2**63) <= value < 2**63


def _is_sort_value(value: Any) -> bool:
    if type(value) is float:
        return math.isfinite(value)
    return isinstance(value, str) or _is_int(value)


def _row(found: Sequence[Any]) -> Row:
    seq, resource, entity_id, owner, parent, deleted, attrs = found[:7]
    return Row(seq, resource, entity_id, owner, parent, bool(deleted), _attrs(attrs))


_parsed: dict[str, dict[str, Any]] = {}


def _attrs(text: str) -> dict[str, Any]:
    """The attributes of a stored JSON text. Reads repeat the same texts far more often than
    writes change them, so parses are remembered (each caller gets its own top-level copy;
    nothing mutates the nested values)."""
    parsed = _parsed.get(text)
    if parsed is None:
        if len(_parsed) >= 8192:
            _parsed.clear()
        parsed = _parsed[text] = json.loads(text)
    return dict(parsed)


def _dumps(attrs: dict[str, Any]) -> str:
    return json.dumps(attrs, separators=(",", ":"), ensure_ascii=False)


def _starts_with_ci(value: Any, prefix: str) -> bool:
    return isinstance(value, str) and value.casefold().startswith(prefix)
