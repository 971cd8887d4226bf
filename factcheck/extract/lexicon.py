"""Metric words and cue words (target, forecast, direction, comparison basis), matched by lemma (stub)."""
from __future__ import annotations

from factcheck.model import Cue, MetricMention


def find_metrics(text: str, lang: str, offset: int = 0) -> list[MetricMention]:
    return []


def find_cues(text: str, lang: str, offset: int = 0) -> list[Cue]:
    return []
