"""The public directory API: service search."""
