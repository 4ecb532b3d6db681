"""Benchmark of `extract`: words per second and peak memory, model loading reported apart.

Usage: python bench/bench_extract.py [--words 200000] [--corpus DIR ...] [--lang en|ru] [--warm] [--no-memory]

The English and Russian texts of the corpora (default: ../shared/eval/dev when present, plus
eval/corpus) are repeated until each language has at least --words words; each language is
timed in one process after its models are loaded (lingua for detection, natasha for Russian).
A baseline pass (splitting sentences only) gives a ratio that is stable across machines.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
import tracemalloc
from pathlib import Path

from chronicle.ingest.evaluation import DEV_CORPUS, OWN_CORPUS, corpus_documents
from chronicle.ingest.extraction.pipeline import extract
from chronicle.ingest.extraction.text import split_sentences


def load_texts(corpora: list[Path]) -> dict[str, list[tuple[str, object]]]:
    """Texts by language ('en', 'ru') with their publication dates, from every corpus present."""
    texts: dict[str, list[tuple[str, object]]] = {"en": [], "ru": []}
    for corpus in corpora:
        if not (corpus / "docs").is_dir():
            print(f"skipped corpus (absent): {corpus}")
            continue
        for document in corpus_documents(corpus):
            language = document.language if document.language in texts else "en"
            texts[language].append((document.path.read_text("utf-8"), document.published))
    return texts


def time_models() -> dict[str, float]:
    """Seconds to load lingua and natasha (done once per process)."""
    from chronicle.ingest.extraction.russian import load_models
    from chronicle.ingest.reading.language import detect_language

    started = time.perf_counter()
    detect_language("A short English sentence to build the detector.")
    lingua = time.perf_counter() - started
    started = time.perf_counter()
    load_models()
    natasha = time.perf_counter() - started
    return {"lingua_s": round(lingua, 2), "natasha_s": round(natasha, 2)}


def run(language: str, texts: list[tuple[str, object]], words: int, warm: bool = False) -> dict[str, float]:
    """Extract the texts repeatedly until `words` words are done; words/s and peak memory. With `warm`, one
    pass over every text first, so patterns built on first use are built before the timing starts."""
    batch = sum(len(t.split()) for t, _ in texts)
    rounds = max(1, -(-words // batch))
    for text, published in texts if warm else texts[:1]:
        extract(text, published=published, language=language)  # type: ignore[arg-type]
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for text, published in texts:
            extract(text, published=published, language=language)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    baseline_started = time.perf_counter()
    for _ in range(rounds):
        for text, _published in texts:
            split_sentences(text)
    baseline = time.perf_counter() - baseline_started
    done = batch * rounds
    return {
        "words": done,
        "seconds": round(seconds, 2),
        "words_per_s_wall": round(done / seconds),
        "words_per_cpu_s": round(done / cpu_seconds),  # per core: the process is single-threaded
        "ratio_to_sentence_split": round(seconds / baseline, 1),
        "load_average_1min": round(os.getloadavg()[0], 1),
    }


def peak_memory(texts: list[tuple[str, object]], language: str) -> float:
    """Peak Python-allocated MB while extracting one large concatenated document."""
    big = "\n\n".join(t for t, _ in texts) * 20
    tracemalloc.start()
    extract(big, published=None, language=language)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return round(peak / 2**20, 1)


def main() -> None:
    """Print the benchmark figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--corpus", action="append", type=Path)
    parser.add_argument("--lang", action="append", choices=["en", "ru"], help="only these languages")
    parser.add_argument("--warm", action="store_true", help="one pass over every text before timing")
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the traced 20x document (slow on a loaded machine)"
    )
    args = parser.parse_args()
    corpora = args.corpus or [DEV_CORPUS, OWN_CORPUS]
    texts = load_texts(corpora)
    report: dict[str, object] = {"models": time_models()}
    for language, items in texts.items():
        if items and (not args.lang or language in args.lang):
            report[language] = run(language, items, args.words, warm=args.warm)
            if not args.no_memory:
                report[language]["peak_traced_mb_20x_document"] = peak_memory(items, language)  # type: ignore[index]
    report["max_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
