"""Assign taxonomy needs to services from feeds that carry none, with the detector the conversation uses."""

from index.importing.records import ServiceRecord

LONGEST_DETECTOR_TEXT = 2000


def infer_needs(record: ServiceRecord) -> list[str]:
    """The needs the resident-facing detector reads in the service's own words."""
    from index.detection import get_detector

    text = f"{record.name}. {record.description}"[:LONGEST_DETECTOR_TEXT]
    return list(get_detector().detect(text).needs)
