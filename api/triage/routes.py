"""Every triage page router, in the order the app includes them."""

from api.triage import admin_pages, auth_pages, directory_pages, queue_pages, referral_pages

triage_routers = [
    auth_pages.router,
    queue_pages.router,
    referral_pages.router,
    admin_pages.router,
    directory_pages.router,
]
