"""Need and crisis detection: one detector for the conversation and `POST /api/needs/detect`.

from index.detection import get_detector, Detection
detection: Detection = get_detector().detect(text)
"""

from index.detection.detector import NeedDetector, get_detector
from index.detection.schemas import Detection

__all__ = ["Detection", "NeedDetector", "get_detector"]
