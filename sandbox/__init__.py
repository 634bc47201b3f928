"""The sandbox: a stateful, validating emulation of the Ads API, served from the spec.

    from sandbox import create_app
    app = create_app()            # ASGI app: every live version, default development user

See the README's "The sandbox" section for what it checks and how to read its report.
"""

from sandbox.app import Sandbox, create_app
from sandbox.users import DEFAULT_USER, User, load_users

__all__ = ["DEFAULT_USER", "Sandbox", "User", "create_app", "load_users"]
