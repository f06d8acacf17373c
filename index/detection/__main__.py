"""`python -m index.detection fit`: refit the learned layer after editing training_examples.yml."""

import argparse
import time

from index.detection.classifier import MODEL_FILE, fit_learned_model, save_learned_model
from index.detection.encoder import ClauseEncoder


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m index.detection", description=__doc__)
    parser.add_argument("command", choices=["fit"], help="fit: refit and save the learned model")
    parser.parse_args()
    started = time.perf_counter()
    save_learned_model(fit_learned_model(ClauseEncoder()))
    print(f"saved {MODEL_FILE} in {time.perf_counter() - started:.0f}s")


if __name__ == "__main__":
    main()
