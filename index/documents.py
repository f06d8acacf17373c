"""The text a service is indexed under, in one place for the dense and the lexical index alike.

The service's own words come first; the labels and descriptions of its taxonomy needs follow, so a
befriending scheme described as "a cuppa with a volunteer" is still found for "lonely".
"""

import hashlib
from functools import lru_cache

import bm25s
import Stemmer

from index.embeddings import MODEL_NAME
from index.snapshot import ServiceEntry, Snapshot
from index.taxonomy import load_taxonomy

DOCUMENT_FORMAT = 1


def service_document(entry: ServiceEntry) -> str:
    taxonomy = load_taxonomy()
    needs = [taxonomy.needs[key] for key in entry.needs if key in taxonomy.needs]
    helps = "; ".join(f"{need.label}: {need.covers}" for need in needs)
    return f"{entry.name}. {entry.description}" + (f"\nHelps with {helps}." if helps else "")


def index_checksum(snapshot: Snapshot) -> str:
    """What an index was built from: the directory and the exact text embedded for each service, so a
    change to the document format or to the taxonomy's wording also makes an index stale."""
    documents = "\n".join(service_document(entry) for entry in snapshot.services)
    payload = f"{snapshot.checksum()}\n{DOCUMENT_FORMAT}\n{documents}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def embedding_key(document: str) -> str:
    """The embedding cache key: a document embeds the same way until its text or the model changes."""
    return hashlib.sha256(f"{MODEL_NAME}\n{DOCUMENT_FORMAT}\n{document}".encode()).hexdigest()


@lru_cache
def stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def lexical_tokens(texts: list[str]) -> list[list[str]]:
    """Lower-cased, stop-word-free, stemmed tokens for BM25."""
    tokenized = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer(), return_ids=False, show_progress=False)
    return [list(tokens) for tokens in tokenized]
