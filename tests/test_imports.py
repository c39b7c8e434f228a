"""Importing the pipeline is cheap: no torch, no spaCy, no Prefect until a model or flow is used."""

import subprocess
import sys


def test_imports_pipeline_without_torch_spacy_or_prefect():
    code = (
        "import sys\n"
        "import pipeline.run, pipeline.sections, pipeline.rubric, pipeline.store, pipeline.evaluate\n"
        "import pipeline.ingest, models.embedder, models.section_classifier, models.nlp, models.involvement_model\n"
        "heavy = [m for m in ('torch', 'spacy', 'sentence_transformers', 'prefect') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"imported at import time: {out.stdout.strip()}"


def test_imports_pipeline_never_imports_flows_or_prefect():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for folder in ("pipeline", "models"):
        for path in (root / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "import prefect" not in text and "from prefect" not in text, path
            # the training scripts are commands: they take the offline model settings from flows.settings
            assert "from flows" not in text or folder == "models" and path.name.startswith("train_"), path
