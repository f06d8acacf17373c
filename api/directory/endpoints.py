"""`GET /api/services/search`: the same search the conversation uses, over HTTP."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from api.deps import SettingsDep
from api.directory.schemas import SearchResponse
from index.errors import IndexUnavailableError, InvalidSearchError
from index.search import Delivery, SearchQuery, Weekday, get_service_search

router = APIRouter(prefix="/api/services", tags=["directory"])


def split_needs(values: list[str]) -> list[str]:
    """Accept `needs=a&needs=b` and `needs=a,b` alike."""
    return [need.strip() for value in values for need in value.split(",") if need.strip()]


@router.get("/search", response_model=SearchResponse)
def search_services(
    settings: SettingsDep,
    q: Annotated[str, Query(max_length=1000, description="What the resident wrote or is looking for")] = "",
    area: Annotated[str | None, Query(max_length=100, description="District or town; omit for anywhere")] = None,
    age: Annotated[int | None, Query(ge=0, le=120)] = None,
    needs: Annotated[list[str], Query(description="Need taxonomy keys, repeated or comma-separated")] = [],  # noqa: B006
    delivery: Delivery | None = None,
    free: bool = False,
    open_on: Weekday | None = None,
    open_now: bool = False,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639-1, or bfi for BSL")] = None,
    self_referral: bool = False,
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> SearchResponse:
    """Find active services a resident is eligible for, best match first, each with a reason."""
    query = SearchQuery(
        q=q,
        area=area,
        age=age,
        needs=split_needs(needs),
        delivery=delivery,
        free=free,
        open_on=open_on,
        open_now=open_now,
        language=language,
        self_referral=self_referral,
        limit=limit,
    )
    try:
        return SearchResponse(results=get_service_search(settings.index_dir).search(query))
    except InvalidSearchError as error:
        detail = [
            {"loc": ["query", error.field], "msg": error.message, "type": "value_error", "allowed": error.allowed}
        ]
        raise HTTPException(status_code=error.status_code, detail=detail) from error
    except IndexUnavailableError as error:
        raise HTTPException(status_code=error.status_code, detail=error.message) from error
