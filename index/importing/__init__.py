"""Directory import: read a feed file in any supported shape and upsert its services."""
