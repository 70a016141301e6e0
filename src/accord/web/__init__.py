"""The analyst's workbench: a local web app and HTTP API over the accord library.

``accord serve`` builds the app with :func:`create_app` and runs it on uvicorn. Handlers only
call the library (scenarios, forecasts, institutions, news); this package adds pages, the
``/api/v1`` JSON routes, security (write token, CSRF, CSP) and long runs as jobs. FastAPI is
imported here, so the CLI imports this package only inside the ``serve`` command.
"""

from accord.web.app import create_app
from accord.web.settings import WebSettings

__all__ = ["WebSettings", "create_app"]
