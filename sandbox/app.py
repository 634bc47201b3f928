"""The sandbox as an ASGI application (starlette): `create_app(...)`.

One request goes: OAuth 1.0a verification (401) -> parameters decoded and validated against the
operation (400, or 404 for a malformed identifier in the path) -> the ads account it is scoped
to, which must be the caller's (403 ACCOUNT_NOT_FOUND) -> rate limit (429) -> the resource
engine (404 for unknown entities, 400 for broken rules) -> the answer, with the rate-limit and
version headers. Every request, whatever its fate, is recorded in the conformance report.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import random
import secrets
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router

from adsapi.sandbox.engine import Call, Engine
from adsapi.sandbox.errors import ApiError, BatchError, Deviation, Problem, invalid
from adsapi.sandbox.jsontext import JsonRefused, read_json
from adsapi.sandbox.nonces import NonceLedger
from adsapi.sandbox.oauth import AuthError, OAuthVerifier, SignedRequest
from adsapi.sandbox.ratelimit import RateLimiter
from adsapi.sandbox.registry import file_producer
from adsapi.sandbox.report import EVERYONE, Example, Report
from adsapi.sandbox.routing import PathTree
from adsapi.sandbox.runtime import OperationRuntime, VersionRuntime
from adsapi.sandbox.store import Store, StoreBusy
from adsapi.sandbox.times import LocalDate
from adsapi.sandbox.users import DEFAULT_USER, User
from adsapi.sandbox.validation import Decoded
from adsapi.sandbox.versions import VERSION_HEADER, ServedVersions, plan_versions
from adsapi.spec import ApiSpec

FORM = "application/x-www-form-urlencoded"
JSON_MEDIA = "application/json"
REPORT_PATH = "/_sandbox/report"
OPERATOR_TOKEN = "operator_token"
BODY_TOO_LARGE = "BODY_TOO_LARGE"  # the sandbox's own code: the API documents no body limit
# Pauses between tries while another process holds the database's lock (0.78 s in all), then
# 503 with retry-after.
BUSY_PAUSES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.4)
RETRY_AFTER = 1
MAX_BODY = 2**20  # bytes; no request of the API comes near it (a full batch is a few KB)
# Files the API serves from other hosts (analytics results), without OAuth, by unguessable name.
FILES_PATH = "/_sandbox/files"


def _origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host') or request.url.netloc}"


access_log = logging.getLogger("adsapi.sandbox.access")
error_log = logging.getLogger("adsapi.sandbox.error")


class Sandbox:
    """Everything one running sandbox holds: versions, store, users, limits and the report."""

    def __init__(
        self,
        served: ServedVersions,
        *,
        users: Iterable[User],
        db: Path | str | None,
        strict: bool,
        rate_limit_scale: float,
        rate_limits: Mapping[str, int] | None,
        clock: Callable[[], float],
        report_path: Path | str | None,
        seed: int | None,
        timestamp_window: int,
        max_body: int,
        operator_token: str | None,
    ) -> None:
        if max_body < 1:
            raise ValueError("the body limit must be at least 1 byte")
        self.max_body = max_body
        # Reads the whole report; printed at start-up, never logged nor put in the report.
        self.operator_token = operator_token or secrets.token_urlsafe(24)
        self.clock = clock
        self.strict = strict
        self.report_path = Path(report_path) if report_path else None
        self.store = Store(db)
        rng = random.Random(seed)
        self.served = served
        # One runtime per version, each from its own model, all over the one store.
        self.versions = {
            version: VersionRuntime(version, spec, Engine(spec, self.store, clock, rng), strict)
            for version, spec in served.specs.items()
        }
        self.current_version = served.current
        self.spec = served.newest
        self.verifier = OAuthVerifier(
            users,
            clock,
            timestamp_window,
            NonceLedger.over(self.store, clock(), timestamp_window),
        )
        self.limiter = RateLimiter(
            self.spec.rate_limit_classes, clock, rate_limit_scale, rate_limits
        )
        self.base_headers = {v: served.headers(v) for v in self.versions}
        self.report = Report(
            (
                (op.operation_id, op.method, op.path)
                for runtime in self.versions.values()
                for op in runtime.spec.operations.values()
            ),
            title=self.spec.title,
            versions=list(self.versions),
            strict=strict,
            clock=clock,
            as_of=served.day.isoformat() if served.emulated else None,
            warnings=served.warnings,
        )

    # -- the application -----------------------------------------------------------------------

    def build(self) -> Starlette:
        # One mount per version: a request is matched against its version's paths only. No
        # router redirects a trailing slash: `/accounts/` (an empty identifier) is not another
        # spelling of `/accounts`, and the API answers it as an unknown route.
        routes: list[BaseRoute] = [
            Mount(
                f"/{version}",
                app=Router(
                    routes=[
                        Route(path, self._endpoint(runtime, ops), methods=list(ops))
                        for path, ops in runtime.paths.items()
                    ],
                    redirect_slashes=False,
                ),
            )
            for version, runtime in self.versions.items()
        ]
        routes.append(Route(REPORT_PATH, self._report_json, methods=["GET"]))
        routes.append(Route(REPORT_PATH + ".html", self._report_html, methods=["GET"]))
        routes.append(Route(FILES_PATH + "/{kind}/{name}", self._file, methods=["GET"]))

        @contextlib.asynccontextmanager
        async def lifespan(app: Starlette) -> AsyncIterator[None]:
            # A server stopping writes the report; the state stays usable, since in-process
            # clients may run the lifespan more than once around one app.
            yield
            self.write_report()

        app = Starlette(
            routes=routes,
            exception_handlers={HTTPException: self._route_error, Exception: self._crash},
            lifespan=lifespan,
        )
        app.router.redirect_slashes = False
        app.state.sandbox = self
        return FastPath(self, app)  # type: ignore[return-value]

    async def _file(self, request: Request) -> Response:
        """A file a resource module produces (adsapi.sandbox.registry.files), or 404."""
        producer = file_producer(request.path_params["kind"])
        engine = self.versions[self.current_version].engine
        content = producer(engine, request.path_params["name"]) if producer else None
        if content is None:
            return Response(b"", status_code=404)
        body, media_type = content
        return Response(body, media_type=media_type)

    def write_report(self) -> None:
        """Write the report to the --report file, if there is one."""
        if self.report_path is not None:
            self.report.write(self.report_path)

    def close(self) -> None:
        """Write the report and close the database; the app cannot serve afterwards."""
        self.write_report()
        self.store.close()

    def _endpoint(self, version: VersionRuntime, ops: dict[str, OperationRuntime]) -> Callable:
        async def endpoint(request: Request) -> Response:
            method = request.method
            runtime = ops[method if method in ops else "GET"]  # HEAD answers like GET
            return await self.serve(request, version, runtime)

        return endpoint

    async def serve(
        self, request: Request, version: VersionRuntime, runtime: OperationRuntime
    ) -> Response:
        started = time.perf_counter()
        scope = request.scope
        try:
            body = await _read_body(request, self.max_body)
        except BodyTooLarge as exc:
            return self._too_large(request, version, runtime, exc)
        exchange = Exchange.of(request, body, dict(self.base_headers[version.version]))
        problems: tuple[Problem, ...] = ()
        payload: dict[str, Any]
        try:
            exchange.user = self.verifier.verify(exchange.signed())
            self._count_token(runtime, exchange)
            call = self._prepare(runtime, version, exchange)
            payload, status = await self._execute(version.engine, call), 200
            exchange.headers.update(call.headers)
        except AuthError as exc:
            problems = (Problem("UNAUTHORIZED_ACCESS", exc.reason, exc.parameter, exc.rule),)
            payload, status = self._error_body(problems, {}), 401
        except ApiError as exc:
            problems = exc.problems
            status = self._status(problems)
            # One answer has one status: only the problems of that status go in it (the
            # report keeps them all).
            shown = [p for p in problems if self._status((p,)) == status]
            if status == 400 and runtime.op.batch is not None:
                payload = self._batch_error_body(BatchError(tuple(shown)))  # a batch's own 400
            else:
                echo = exchange.understood if exc.echo is None else exc.echo
                payload = self._error_body(shown, echo)
        except BatchError as exc:
            problems = exc.problems + tuple(p for item in exc.item_problems or () for p in item)
            payload, status = self._batch_error_body(exc), 400
        except StoreBusy:
            problems = (_busy(),)
            exchange.headers["retry-after"] = str(RETRY_AFTER)
            payload, status = self._error_body(problems, exchange.understood), 503
        except Exception:
            error_log.error(
                "internal error on %s %s\n%s", request.method, scope["path"], traceback.format_exc()
            )
            problems = (
                Problem(
                    "INTERNAL_ERROR", "the sandbox failed on this request", None, "server-error"
                ),
            )
            payload, status = self._error_body(problems, {}), 500
        content = _dumps(payload)
        user = exchange.user
        self._record(
            operation=runtime.op.operation_id,
            version=version.version,
            method=request.method,
            path=scope["path"],
            status=status,
            user=user.user if user else None,
            problems=problems,
            deviations=exchange.deviations,
            example=exchange.example,
        )
        if access_log.isEnabledFor(logging.INFO):
            access_log.info(
                "%s %s %d %.1fms%s",
                request.method,
                _loggable(scope["path"], exchange.query),
                status,
                (time.perf_counter() - started) * 1000,
                f" user={user.user}" if user else "",
            )
        return Response(content, status, exchange.headers, media_type=JSON_MEDIA)

    async def _execute(self, engine: Engine, call: Call) -> dict[str, Any]:
        """The engine's answer. While another process holds the database's lock, the work is
        tried again after pauses in which the loop serves other requests; StoreBusy if the lock
        outlasts them (the caller answers 503 with retry-after)."""
        for pause in BUSY_PAUSES:
            try:
                return engine.execute(call)
            except StoreBusy:
                await asyncio.sleep(pause)
        return engine.execute(call)

    def _prepare(
        self, runtime: OperationRuntime, version: VersionRuntime, exchange: Exchange
    ) -> Call:
        """The validated call, counted against its account's rate limit, ready for the engine."""
        op = runtime.op
        path = exchange.request.path_params
        user = exchange.user
        assert user is not None
        if op.batch is not None:
            decoded = self._decoded(exchange, runtime.validator.decode(path, exchange.query, []))
            media = exchange.media
            if exchange.body and media != JSON_MEDIA:
                found = Deviation(
                    "body", "content-type", f"a batch body is JSON, sent as {media or 'no type'}"
                )
                exchange.deviations.append(found)
                if self.strict:
                    raise BatchError((found.as_problem(),))
            call = version.call(runtime, user, decoded)
            call.origin = _origin(exchange.request)
            call.parent = version.engine.parent_of(op, user, decoded.values)
            items, item_deviations = runtime.decode_batch(exchange.body, path)
            exchange.deviations.extend(item_deviations)
            self._count_account(runtime, version.engine, call, exchange)
            runtime.attach_items(call, items)
            return call
        json_object = None
        if exchange.body and exchange.media != FORM:
            json_object = self._json_parameters(runtime, exchange)
        decoded = self._decoded(
            exchange, runtime.validator.decode(path, exchange.query, exchange.form, json_object)
        )
        call = version.call(runtime, user, decoded)
        call.origin = _origin(exchange.request)
        call.parent = version.engine.parent_of(op, user, decoded.values)
        self._count_account(runtime, version.engine, call, exchange)
        return call

    @staticmethod
    def _decoded(exchange: Exchange, decoded: Decoded) -> Decoded:
        exchange.understood.update(decoded.values)
        exchange.deviations.extend(decoded.deviations)
        return decoded

    def _json_parameters(
        self, runtime: OperationRuntime, exchange: Exchange
    ) -> dict[str, Any] | None:
        """A body that is not a form: a JSON object of parameters is read leniently."""
        media = exchange.media
        validator = runtime.validator
        if media == JSON_MEDIA and (validator.form_names or validator.body_names):
            try:
                value = read_json(exchange.body)
            except JsonRefused as exc:
                if exc.rule != "json":  # JSON, but beyond what any request needs
                    problem = invalid("body", f"the JSON body {exc.reason}", exc.rule)
                    raise ApiError(problem) from None
                value = None
            if isinstance(value, dict):
                return value
        found = Deviation(
            "body",
            "unreadable-body",
            f"the body ({media or 'no content type'}) is not a form and was ignored",
        )
        if self.strict or validator.form_names or validator.body_names:
            wanted = JSON_MEDIA if validator.body_names else FORM
            raise ApiError(
                found.as_problem()
                if self.strict
                else invalid(
                    "body", f"{found.message}; send the parameters as {wanted}", "content-type"
                )
            )
        exchange.deviations.append(found)
        return None

    # -- rate limits -----------------------------------------------------------------------------

    def _count_token(self, runtime: OperationRuntime, exchange: Exchange) -> None:
        """Count an authenticated request against its access token, valid or not, as the API
        counts every call it answers: the headers go on every answer from here on, and a used-up
        window is 429 before the request is even read. The class comes from the wire
        (`with_total_count=true` moves a request to its own class)."""
        cls = exchange.rate_class = runtime.rate_class_for((*exchange.query, *exchange.form))
        if cls is None:
            return
        user = exchange.user
        assert user is not None
        verdict = self.limiter.hit(cls, user.rate_key, runtime.op.operation_id)
        exchange.headers.update(verdict.headers)
        if not verdict.allowed:
            raise self._too_many(cls, verdict.retry_at, {})

    def _count_account(
        self, runtime: OperationRuntime, engine: Engine, call: Call, exchange: Exchange
    ) -> None:
        """Count the request against its ads account, for classes counted per account: only
        once the account is known to be the caller's, so that requests naming another user's
        account neither use up its limit nor show how much of it is left."""
        counted = self._account_class(exchange.rate_class)
        announced = self._account_class(runtime.rate_class)
        if counted is None and announced is None:
            return
        account = engine.account_of(call, runtime.account_parameter)
        if account is None:
            return
        endpoint = runtime.op.operation_id
        if counted is not None:
            verdict = self.limiter.hit_account(counted, account, endpoint)
            exchange.headers.update(verdict.headers)
            if not verdict.allowed:
                raise self._too_many(counted, verdict.retry_at, dict(call.values))
        elif announced is not None:  # switched to a per-user class: the endpoint's is shown
            exchange.headers.update(self.limiter.peek_account(announced, account, endpoint))

    def _account_class(self, name: str | None) -> str | None:
        """`name`, if it is a class counted per ads account."""
        if name is not None and self.limiter.classes[name].scope == "account":
            return name
        return None

    @staticmethod
    def _too_many(cls: str, retry_at: int, echo: dict[str, Any]) -> ApiError:
        return ApiError(
            Problem(
                "TOO_MANY_REQUESTS",
                f"the {cls} rate limit is used up; retry at or after {retry_at} (epoch seconds)",
                None,
                "rate-limit",
            ),
            echo=echo,
        )

    # -- error answers -------------------------------------------------------------------------

    def _too_large(
        self,
        request: Request,
        version: VersionRuntime,
        runtime: OperationRuntime,
        exc: BodyTooLarge,
    ) -> Response:
        """413, before anything else (the signature needs the body). Outside the spec, which
        documents no body limit: the body is the API's error format, the code the sandbox's
        own. The connection is closed rather than the rest of the body read."""
        problem = Problem(BODY_TOO_LARGE, str(exc), "body", "max-body")
        self._record(
            operation=runtime.op.operation_id,
            version=version.version,
            method=request.method,
            path=request.scope["path"],
            status=413,
            user=None,
            problems=[problem],
            example=lambda: Example.of(request.method, request.scope["path"], [], None, None),
        )
        headers = {**self.base_headers[version.version], "connection": "close"}
        return self._plain_error(problem, 413, headers)

    def _status(self, problems: tuple[Problem, ...]) -> int:
        code = problems[0].code
        entry = self.spec.error_codes.get(code)
        return entry.status if entry else 400

    @staticmethod
    def _error_body(problems: Iterable[Problem], echo: Any) -> dict[str, Any]:
        return {
            "errors": [p.as_error() for p in problems],
            "request": {"params": echo if isinstance(echo, dict) else {}},
        }

    @staticmethod
    def _batch_error_body(exc: BatchError) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if exc.problems:
            body["errors"] = [p.as_error() for p in exc.problems]
        if exc.item_problems is not None:
            body["operation_errors"] = [[p.as_error() for p in item] for item in exc.item_problems]
        echo = exc.echo
        if isinstance(echo, list) and all(item.get("operation_type") for item in echo):
            body["request"] = echo
        return body

    async def _route_error(self, request: Request, exc: Exception) -> Response:
        """No operation answers: an unknown path or version (404) or method (405)."""
        assert isinstance(exc, HTTPException)
        version = request.url.path.strip("/").split("/", 1)[0]
        headers = self.served.headers(version if version in self.versions else None)
        if exc.status_code == 405:
            headers["allow"] = (exc.headers or {}).get("Allow", "")
            problem = Problem(
                "METHOD_NOT_ALLOWED",
                f"{request.method} is not served on this path (allowed: {headers['allow']})",
                None,
                "method",
            )
        else:
            problem = Problem("ROUTE_NOT_FOUND", self._unrouted(request.url.path), None, "route")
        status = 405 if exc.status_code == 405 else 404
        self._record(
            operation=None,
            version=version if version in self.versions else None,
            method=request.method,
            path=request.url.path,
            status=status,
            user=None,
            problems=[problem],
            example=lambda: Example.of(request.method, request.url.path, [], None, None),
        )
        return self._plain_error(problem, status, headers)

    def _unrouted(self, path: str) -> str:
        first = path.strip("/").split("/", 1)[0]
        served = ", ".join(self.versions)
        if first in self.versions:
            return f"no endpoint answers to {path} in version {first}"
        why = self.served.describe(first)
        if why:
            return f"{why}; the live versions are {served}"
        return f"no endpoint answers to {path}; paths start with a live version: {served}"

    async def _crash(self, request: Request, exc: Exception) -> Response:
        error_log.error("internal error on %s %s", request.method, request.url.path, exc_info=exc)
        return self.crash_answer()

    def crash_answer(self) -> Response:
        """The API's 500, for a failure no request handling caught."""
        problem = Problem("INTERNAL_ERROR", "the sandbox failed on this request")
        return self._plain_error(problem, 500, {VERSION_HEADER: self.current_version})

    def _record(self, **request: Any) -> None:
        """Record a request in the report. The answer is made by then: a failure here is the
        sandbox's own, logged, and never the client's answer."""
        try:
            self.report.record(**request)
        except Exception:
            error_log.error("the report failed to record a request\n%s", traceback.format_exc())

    # -- the report ----------------------------------------------------------------------------

    async def _report_json(self, request: Request) -> Response:
        return self._report_page(
            request, lambda report: Response(_dumps(report), media_type=JSON_MEDIA)
        )

    async def _report_html(self, request: Request) -> Response:
        from adsapi.sandbox.render import render_html

        return self._report_page(request, lambda report: HTMLResponse(render_html(report)))

    def _report_page(
        self, request: Request, render: Callable[[dict[str, Any]], Response]
    ) -> Response:
        """The report as its reader may see it, or the API's error: 401 to a reader who may
        not, 503 while the database is locked (a nonce signed ahead of the clock is kept
        there)."""
        headers = {VERSION_HEADER: self.current_version}
        try:
            reader = self._report_reader(request)
        except AuthError as exc:
            problem = Problem("UNAUTHORIZED_ACCESS", exc.reason, exc.parameter, exc.rule)
            return self._plain_error(problem, 401, headers)
        except StoreBusy:
            headers["retry-after"] = str(RETRY_AFTER)
            return self._plain_error(_busy(), 503, headers)
        page = render(self.report.as_json(reader))
        page.headers.update(headers)
        return page

    def _report_reader(self, request: Request) -> Any:
        """Whose requests the report shows: everyone's to the operator (the token printed at
        start-up, as `Authorization: Bearer` or `?operator_token=` for a browser), a user's own
        to a request that user signed. Anything else is refused: the report holds paths, names
        and bodies, one user's of which no other may read."""
        raw_query = request.scope["query_string"].decode("latin-1")
        query = parse_qsl(raw_query, keep_blank_values=True) if raw_query else []
        authorization = request.headers.get("authorization")
        token = dict(query).get(OPERATOR_TOKEN) or _bearer(authorization)
        if token is not None:
            if not hmac.compare_digest(token.encode(), self.operator_token.encode()):
                raise AuthError("the operator token is wrong", OPERATOR_TOKEN, "operator-token")
            return EVERYONE
        user = self.verifier.verify(
            SignedRequest(
                request.method,
                request.scope.get("scheme", "http"),
                request.headers.get("host", ""),
                _signed_path(request.scope),
                query,
                [],
                authorization,
            )
        )
        return user.user

    def _plain_error(self, problem: Problem, status: int, headers: dict[str, str]) -> Response:
        """An answer of one problem, outside an operation's handling."""
        return Response(
            _dumps(self._error_body([problem], {})), status, headers, media_type=JSON_MEDIA
        )


class FastPath:
    """The API's own requests straight to `Sandbox.serve`; everything else to starlette.

    Same matching as starlette's routes (first template wins, a parameter is one segment),
    through a tree of path segments (`adsapi.sandbox.routing`) whose cost does not grow with the
    spec, and without walking the routing and middleware stack on every call: a profile showed
    that stack at a sixth of the time of a valid GET. Unknown paths, unknown methods, the
    report pages and the lifespan still go through the starlette app, which also stays the one
    to read for the route table.
    """

    def __init__(self, sandbox: Sandbox, app: Starlette) -> None:
        self.app = app
        self.state = app.state
        self.routes: dict[str, PathTree[tuple[VersionRuntime, dict[str, OperationRuntime]]]] = {
            version: PathTree([(path, (runtime, ops)) for path, ops in runtime.paths.items()])
            for version, runtime in sandbox.versions.items()
        }
        self.sandbox = sandbox

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            version, _, rest = path[1:].partition("/")
            tree = self.routes.get(version)
            found = tree.match("/" + rest) if tree is not None else None
            if found is not None:
                (runtime, ops), parameters = found
                method = scope["method"]
                operation = ops.get("GET" if method == "HEAD" else method)
                if operation is not None:  # else starlette answers 405 with the Allow header
                    scope["path_params"] = parameters
                    try:
                        response = await self.sandbox.serve(
                            Request(scope, receive), runtime, operation
                        )
                    except Exception:  # serve answers every failure of its own; not this one
                        error_log.error("internal error on %s\n%s", path, traceback.format_exc())
                        response = self.sandbox.crash_answer()
                    await response(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def create_app(
    spec: ApiSpec | Mapping[str, ApiSpec] | None = None,
    *,
    as_of: date | str | None = None,
    users: Iterable[User] | None = None,
    db: Path | str | None = None,
    strict: bool = False,
    rate_limit_scale: float = 1.0,
    rate_limits: Mapping[str, int] | None = None,
    clock: Callable[[], float] = time.time,
    report_path: Path | str | None = None,
    seed: int | None = None,
    timestamp_window: int = 300,
    max_body: int = MAX_BODY,
    operator_token: str | None = None,
) -> Starlette:
    """The sandbox as an ASGI app; `app.state.sandbox` is the `Sandbox` behind it.

    The sandbox serves the versions the API served on `as_of` (a date or `YYYY-MM-DD`;
    default: today, by `clock`), each with its own model of `spec` (default: this
    repository's), and warns (`x-api-warn`) on those deprecated that day. `spec` may also be
    one model per version (`{"4": load_spec(version=4)}`), served as given. Without `users`,
    the documented development user. Without `db`, state lives in memory. `rate_limit_scale`
    multiplies every limit; `clock` (epoch seconds) drives timestamps, OAuth windows and rate
    limits (the emulated day only changes which versions are served); `rate_limits` sets the
    limit of named classes (`{"writes": 10}`); `seed` makes identifiers reproducible;
    `max_body` is the largest request body read, in bytes (413 above it); `operator_token`
    reads the whole report over HTTP (default: a random one, `app.state.sandbox.operator_token`).
    Raises `VersionsError` (a ValueError) when the versions cannot be served.
    """
    sandbox = Sandbox(
        plan_versions(spec, as_of, clock),
        users=tuple(users) if users is not None else (DEFAULT_USER,),
        db=db,
        strict=strict,
        rate_limit_scale=rate_limit_scale,
        rate_limits=rate_limits,
        clock=clock,
        report_path=report_path,
        seed=seed,
        timestamp_window=timestamp_window,
        max_body=max_body,
        operator_token=operator_token,
    )
    return sandbox.build()


@dataclass
class Exchange:
    """One API request on its way through the sandbox, and what its answer gathers."""

    request: Request
    body: bytes
    media: str  # the body's media type, lower case, without parameters
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]  # the body's pairs when it is a form
    headers: dict[str, str]  # the answer's
    user: User | None = None
    rate_class: str | None = None
    deviations: list[Deviation] = field(default_factory=list)
    understood: dict[str, Any] = field(default_factory=dict)  # decoded so far, echoed in errors

    @staticmethod
    def of(request: Request, body: bytes, headers: dict[str, str]) -> Exchange:
        raw_query = request.scope["query_string"].decode("latin-1")
        content_type = request.headers.get("content-type")
        media = content_type.split(";", 1)[0].strip().lower() if content_type else ""
        form = (
            parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            if (body and media == FORM)
            else []
        )
        query = parse_qsl(raw_query, keep_blank_values=True) if raw_query else []
        return Exchange(request, body, media, query, form, headers)

    def signed(self) -> SignedRequest:
        """What the OAuth verifier reads of the request."""
        request = self.request
        return SignedRequest(
            request.method,
            request.scope.get("scheme", "http"),
            request.headers.get("host", ""),
            _signed_path(request.scope),
            self.query,
            self.form,
            request.headers.get("authorization"),
            self.body,
        )

    def example(self) -> Example:
        """The request as the report shows it (credentials removed)."""
        request = self.request
        return Example.of(
            request.method,
            request.scope["path"],
            self.query,
            request.headers.get("content-type"),
            _example_body(self.body, self.media, self.form),
        )


class BodyTooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, read no further than `limit` bytes: a declared length over it is
    refused before anything is read, a streamed body as soon as it passes it."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the body is {declared} bytes; the sandbox reads at most {limit}")
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the body is over {limit} bytes, the most the sandbox reads")
        chunks.append(chunk)
    return b"".join(chunks)


def _busy() -> Problem:
    return Problem(
        "SERVICE_UNAVAILABLE",
        "the database is locked by another process; nothing was done, retry after "
        f"{RETRY_AFTER} second(s)",
        None,
        "database-busy",
    )


def _signed_path(scope: Any) -> str:
    """The path as the client sent it, percent-encoding kept: what its signature covers."""
    return scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or scope["path"]


def _bearer(authorization: str | None) -> str | None:
    """The token of an `Authorization: Bearer` header."""
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None


def _json_default(value: Any) -> Any:
    if isinstance(value, LocalDate):
        return value.day.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _dumps(payload: Any) -> bytes:
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, default=_json_default)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate got this far: JSON escapes it, UTF-8 cannot
        return json.dumps(payload, separators=(",", ":"), default=_json_default).encode()


def _example_body(body: bytes, media: str, form: list[tuple[str, str]]) -> Any:
    if media == FORM:
        return form
    if not body:
        return None
    try:
        return read_json(body)
    except JsonRefused:
        return body[:200].decode("utf-8", "replace")


def _loggable(path: str, query: list[tuple[str, str]]) -> str:
    """The path and query for the access log, without any oauth_* parameter."""
    kept = [f"{k}={v}" for k, v in query if not k.startswith("oauth_")]
    return path + ("?" + "&".join(kept) if kept else "")
