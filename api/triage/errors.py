"""How domain errors reach people: a page with the message under /triage, JSON with `detail` elsewhere."""

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from api.errors import DomainError, SignInRequiredError
from api.triage.templating import render

TRIAGE_PREFIX = "/triage"


def handle_domain_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, DomainError)
    if request.url.path.startswith(TRIAGE_PREFIX):
        if isinstance(error, SignInRequiredError) and request.url.path != f"{TRIAGE_PREFIX}/login":
            target = request.url.path if request.method == "GET" else f"{TRIAGE_PREFIX}/queue"
            return RedirectResponse(f"{TRIAGE_PREFIX}/login?next={quote(target)}", status_code=303)
        return render(request, "triage/error.html", {"message": error.message}, status_code=error.status_code)
    headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, SignInRequiredError) else None
    return JSONResponse({"detail": error.message}, status_code=error.status_code, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, handle_domain_error)
