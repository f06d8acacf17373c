"""Imports every action family so its actions register with the webhook."""

from actions import about, contact, erasure, fallback, journey, matching, needs, questions, referral, safety

__all__ = ["about", "contact", "erasure", "fallback", "journey", "matching", "needs", "questions", "referral", "safety"]
