"""The FastAPI application: wires the feature routers together."""

from fastapi import FastAPI

from actions import webhook as action_webhook
from api import api_docs, health
from api.directory import endpoints as directory_api
from api.needs import endpoints as needs_api
from api.observability import install_observability
from api.reports import pages as report_pages
from api.security import add_security
from api.settings import get_settings
from api.staff import endpoints as staff_api
from api.triage.errors import install_error_handlers
from api.triage.routes import triage_routers
from api.widget import browse as widget_browse
from api.widget import pages as widget_pages
from api.widget.assets import mount_assets


def create_app() -> FastAPI:
    app = FastAPI(
        title="Linkway",
        version="0.1.0",
        description="Self-referral and signposting for social prescribing.",
        lifespan=health.warm_up_in_background,
        docs_url=None,
        redoc_url=None,
    )
    app.include_router(api_docs.router)
    app.include_router(health.router)
    app.include_router(action_webhook.router)
    app.include_router(directory_api.router)
    app.include_router(needs_api.router)
    install_observability(app)
    app.include_router(widget_pages.router)
    app.include_router(widget_browse.router)
    mount_assets(app)
    for router in triage_routers:
        app.include_router(router)
    app.include_router(report_pages.router)
    app.include_router(staff_api.router)
    install_error_handlers(app)
    add_security(app, get_settings())
    return app


app = create_app()
