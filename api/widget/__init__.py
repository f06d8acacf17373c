"""The resident-facing pages: the chat, its embed loader, the privacy notice and the services browser."""
