"""`POST /api/needs/detect`: the same detector the conversation calls on every message."""

from fastapi import APIRouter

from api.needs.schemas import DetectRequest
from api.observability.metrics import record_crisis_detection
from index.detection import Detection, get_detector

router = APIRouter(prefix="/api/needs", tags=["needs"])


@router.post("/detect", response_model=Detection)
def detect_needs(request: DetectRequest) -> Detection:
    """Needs and crisis type in a resident's message, with scores and the words behind each."""
    detection = get_detector().detect(request.text)
    record_crisis_detection(detection.crisis)
    return detection
