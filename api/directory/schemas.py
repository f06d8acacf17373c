"""Response shapes of the directory API."""

from pydantic import BaseModel

from index.search import SearchResult


class SearchResponse(BaseModel):
    results: list[SearchResult]
