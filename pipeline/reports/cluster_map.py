"""Clustering -> a static SVG map of the entries for the organiser overview.

Each entry is a point at its 2-D map position, coloured by cluster and marked with its id; the
legend gives each cluster's label. Hovering a point shows the entry's title. The file is the
same byte for byte for the same clustering (fixed SVG hash salt, no date).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Mapping
from xml.sax.saxutils import escape

from pipeline.types import Clustering

_SALT = "entry-review-cluster-map"
_MAX_LEGEND_LABEL = 60


def write_cluster_map(clustering: Clustering, path: Path, titles: Mapping[str, str | None]) -> Path:
    """Write the map of ``clustering`` to ``path`` (SVG) and return the path."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"svg.hashsalt": _SALT, "svg.fonttype": "none"}):
        figure = Figure(figsize=(8, 6), dpi=100)
        FigureCanvasAgg(figure)  # a canvas of our own: no pyplot, no global backend switch
        ax = figure.add_subplot()
        colours = matplotlib.colormaps["tab20"].colors
        for n, cluster in enumerate(clustering.clusters):
            colour = colours[(2 * n) % 20 if n < 10 else (2 * n + 1) % 20]
            label = f"{cluster.id}: {cluster.label}"
            if len(label) > _MAX_LEGEND_LABEL:
                label = label[: _MAX_LEGEND_LABEL - 1] + "…"
            label += f" ({len(cluster.members)})"
            for k, entry_id in enumerate(cluster.members):
                x, y = clustering.coords.get(entry_id, (0.0, 0.0))
                ax.plot(
                    [x],
                    [y],
                    marker="o",
                    linestyle="none",
                    markersize=8,
                    color=colour,
                    markeredgecolor="black" if entry_id == cluster.representative else "white",
                    label=label if k == 0 else None,
                    gid=_gid(entry_id),
                )
                ax.annotate(entry_id, (x, y), xytext=(5, 4), textcoords="offset points", fontsize=7)
        ax.set_xlabel("map axis 1")
        ax.set_ylabel("map axis 2")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(f"{len(clustering.assignments)} entries in {len(clustering.clusters)} clusters")
        if clustering.clusters:
            ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, frameon=False, title="clusters")
        figure.tight_layout()
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")

    svg = _add_tooltips(buffer.getvalue(), clustering, titles)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(svg, encoding="utf-8")
    return path


def _gid(entry_id: str) -> str:
    return "entry-" + "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in entry_id)


def _add_tooltips(svg: str, clustering: Clustering, titles: Mapping[str, str | None]) -> str:
    """Give each point's group a <title>, which browsers show on hover."""
    for entry_id in clustering.assignments:
        title = titles.get(entry_id) or ""
        tip = escape(f"{entry_id}: {title}" if title else entry_id)
        opening = f'<g id="{_gid(entry_id)}">'
        svg = svg.replace(opening, f"{opening}\n   <title>{tip}</title>", 1)
    return svg
