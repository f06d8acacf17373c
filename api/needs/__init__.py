"""`POST /api/needs/detect`: the need and crisis detector over HTTP."""
