"""The sandbox as an ASGI application (starlette): `create_app(...)`.

One request goes: OAuth 1.0a verification (401) -> parameters decoded and validated against the
operation (400, or 404 for a malformed identifier in the path) -> the ads account it is scoped
to, which must be the caller's (403 ACCOUNT_NOT_FOUND) -> rate limit (429) -> the resource
engine (404 for unknown entities, 400 for broken rules) -> the answer, with the rate-limit and
version headers. Every request, whatever its fate, is recorded in the conformance report.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import BaseRoute, Mount, Route, Router

from adsapi.sandbox.engine import Engine
from adsapi.sandbox.errors import ApiError, BatchError, Deviation, Problem, invalid
from adsapi.sandbox.oauth import AuthError, OAuthVerifier, SignedRequest
from adsapi.sandbox.ratelimit import RateLimiter
from adsapi.sandbox.registry import file_producer
from adsapi.sandbox.report import Example, Report
from adsapi.sandbox.routing import PathTree
from adsapi.sandbox.runtime import OperationRuntime, VersionRuntime
from adsapi.sandbox.store import Store
from adsapi.sandbox.times import LocalDate
from adsapi.sandbox.users import DEFAULT_USER, User
from adsapi.sandbox.versions import VERSION_HEADER, ServedVersions, plan_versions
from adsapi.spec import ApiSpec

FORM = "application/x-www-form-urlencoded"
JSON_MEDIA = "application/json"
REPORT_PATH = "/_sandbox/report"
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
    ) -> None:
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
        self.verifier = OAuthVerifier(users, clock, timestamp_window)
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
        body = await request.body()
        raw_query = scope["query_string"].decode("latin-1")
        query = parse_qsl(raw_query, keep_blank_values=True) if raw_query else []
        content_type = request.headers.get("content-type")
        media = content_type.split(";", 1)[0].strip().lower() if content_type else ""
        form = (
            parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
            if (body and media == FORM)
            else []
        )
        headers = dict(self.base_headers[version.version])
        user: User | None = None
        problems: tuple[Problem, ...] = ()
        deviations: list[Deviation] = []
        understood: dict[str, Any] = {}  # the parameters decoded so far, echoed in errors
        payload: dict[str, Any]
        try:
            user = self.verifier.verify(
                SignedRequest(
                    request.method,
                    scope.get("scheme", "http"),
                    request.headers.get("host", ""),
                    scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or scope["path"],
                    query,
                    form,
                    request.headers.get("authorization"),
                    body,
                )
            )
            payload, status = self._answer(
                runtime,
                version,
                user,
                request,
                body,
                media,
                query,
                form,
                deviations,
                headers,
                understood,
            )
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
                payload = self._error_body(shown, understood if exc.echo is None else exc.echo)
        except BatchError as exc:
            problems = exc.problems + tuple(p for item in exc.item_problems or () for p in item)
            payload, status = self._batch_error_body(exc), 400
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
        self.report.record(
            operation=runtime.op.operation_id,
            version=version.version,
            method=request.method,
            path=scope["path"],
            status=status,
            user=user.user if user else None,
            problems=problems,
            deviations=deviations,
            example=lambda: Example.of(
                request.method, scope["path"], query, content_type, _example_body(body, media, form)
            ),
        )
        if access_log.isEnabledFor(logging.INFO):
            access_log.info(
                "%s %s %d %.1fms%s",
                request.method,
                _loggable(scope["path"], query),
                status,
                (time.perf_counter() - started) * 1000,
                f" user={user.user}" if user else "",
            )
        return Response(content, status, headers, media_type=JSON_MEDIA)

    def _answer(
        self,
        runtime: OperationRuntime,
        version: VersionRuntime,
        user: User,
        request: Request,
        body: bytes,
        media: str,
        query: list[tuple[str, str]],
        form: list[tuple[str, str]],
        deviations: list[Deviation],
        headers: dict[str, str],
        understood: dict[str, Any],
    ) -> tuple[dict[str, Any], int]:
        op = runtime.op
        path = request.path_params
        if op.batch is not None:
            decoded = runtime.validator.decode(path, query, [])
            understood.update(decoded.values)
            deviations.extend(decoded.deviations)
            if body and media != JSON_MEDIA:
                found = Deviation(
                    "body", "content-type", f"a batch body is JSON, sent as {media or 'no type'}"
                )
                deviations.append(found)
                if self.strict:
                    raise BatchError((found.as_problem(),))
            call = version.call(runtime, user, decoded)
            call.origin = _origin(request)
            call.parent = version.engine.parent_of(op, user, decoded.values)
            items, item_deviations = runtime.decode_batch(body, path)
            deviations.extend(item_deviations)
            self._limit(runtime, user, decoded.values, headers)
            runtime.attach_items(call, items)
            return version.engine.execute(call), 200
        json_object = None
        if body and media != FORM:
            json_object = self._json_parameters(runtime, body, media, deviations)
        decoded = runtime.validator.decode(path, query, form, json_object)
        understood.update(decoded.values)
        deviations.extend(decoded.deviations)
        call = version.call(runtime, user, decoded)
        call.origin = _origin(request)
        call.parent = version.engine.parent_of(op, user, decoded.values)
        self._limit(runtime, user, decoded.values, headers)
        answer = version.engine.execute(call)
        headers.update(call.headers)
        return answer, 200

    def _json_parameters(
        self, runtime: OperationRuntime, body: bytes, media: str, deviations: list[Deviation]
    ) -> dict[str, Any] | None:
        """A body that is not a form: a JSON object of parameters is read leniently."""
        if media == JSON_MEDIA and runtime.validator.form_names:
            try:
                value = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                value = None
            if isinstance(value, dict):
                return value
        found = Deviation(
            "body",
            "unreadable-body",
            f"the body ({media or 'no content type'}) is not a form and was ignored",
        )
        if self.strict or runtime.validator.form_names:
            raise ApiError(
                found.as_problem()
                if self.strict
                else invalid(
                    "body", f"{found.message}; send the parameters as {FORM}", "content-type"
                )
            )
        deviations.append(found)
        return None

    def _limit(
        self,
        runtime: OperationRuntime,
        user: User,
        values: Mapping[str, Any],
        headers: dict[str, str],
    ) -> None:
        cls = runtime.rate_class_for(values)
        if cls is None:
            return
        account = values.get(runtime.account_parameter) if runtime.account_parameter else None
        token = user.consumer_key + "\0" + user.access_token
        verdict = self.limiter.hit(cls, token, account, runtime.op.operation_id)
        headers.update(verdict.headers)
        own = runtime.rate_class
        if (
            account is not None
            and own is not None
            and own != cls
            and self.limiter.classes[own].scope == "account"
            and "x-account-rate-limit-limit" not in verdict.headers
        ):
            headers.update(self.limiter.peek_account(own, account, runtime.op.operation_id))
        if not verdict.allowed:
            raise ApiError(
                Problem(
                    "TOO_MANY_REQUESTS",
                    f"the {cls} rate limit is used up; retry at or after {verdict.retry_at} "
                    "(epoch seconds)",
                    None,
                    "rate-limit",
                ),
                echo=dict(values),
            )

    # -- error answers -------------------------------------------------------------------------

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
        self.report.record(
            operation=None,
            version=version if version in self.versions else None,
            method=request.method,
            path=request.url.path,
            status=status,
            user=None,
            problems=[problem],
            example=lambda: Example.of(request.method, request.url.path, [], None, None),
        )
        return Response(
            _dumps(self._error_body([problem], {})), status, headers, media_type=JSON_MEDIA
        )

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
        problem = Problem("INTERNAL_ERROR", "the sandbox failed on this request")
        return Response(
            _dumps(self._error_body([problem], {})),
            500,
            {VERSION_HEADER: self.current_version},
            media_type=JSON_MEDIA,
        )

    # -- the report ----------------------------------------------------------------------------

    async def _report_json(self, request: Request) -> Response:
        return Response(
            _dumps(self.report.as_json()),
            headers={VERSION_HEADER: self.current_version},
            media_type=JSON_MEDIA,
        )

    async def _report_html(self, request: Request) -> Response:
        from adsapi.sandbox.render import render_html

        return HTMLResponse(
            render_html(self.report.as_json()), headers={VERSION_HEADER: self.current_version}
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
                    response = await self.sandbox.serve(Request(scope, receive), runtime, operation)
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
) -> Starlette:
    """The sandbox as an ASGI app; `app.state.sandbox` is the `Sandbox` behind it.

    The sandbox serves the versions the API served on `as_of` (a date or `YYYY-MM-DD`;
    default: today, by `clock`), each with its own model of `spec` (default: this
    repository's), and warns (`x-api-warn`) on those deprecated that day. `spec` may also be
    one model per version (`{"4": load_spec(version=4)}`), served as given. Without `users`,
    the documented development user. Without `db`, state lives in memory. `rate_limit_scale`
    multiplies every limit; `clock` (epoch seconds) drives timestamps, OAuth windows and rate
    limits (the emulated day only changes which versions are served); `rate_limits` sets the
    limit of named classes (`{"writes": 10}`); `seed` makes identifiers reproducible.
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
    )
    return sandbox.build()


def _json_default(value: Any) -> Any:
    if isinstance(value, LocalDate):
        return value.day.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _dumps(payload: Any) -> bytes:
    return json.dumps(
        payload, separators=(",", ":"), ensure_ascii=False, default=_json_default
    ).encode()


def _example_body(body: bytes, media: str, form: list[tuple[str, str]]) -> Any:
    if media == FORM:
        return form
    if not body:
        return None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body[:200].decode("utf-8", "replace")


def _loggable(path: str, query: list[tuple[str, str]]) -> str:
    """The path and query for the access log, without any oauth_* parameter."""
    kept = [f"{k}={v}" for k, v in query if not k.startswith("oauth_")]
    return path + ("?" + "&".join(kept) if kept else "")
