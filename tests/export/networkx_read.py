"""Loads an export with networkx, as an analyst would, and prints what it read as JSON.

Usage: python3 networkx_read.py graphml|cyjs FILE
"""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
if fmt == "graphml":
    graph = nx.read_graphml(path, force_multigraph=True)
elif fmt == "cyjs":
    with open(path, encoding="utf-8") as f:
        graph = nx.cytoscape_graph(json.load(f))
else:
    sys.exit(f"unknown format {fmt}")

json.dump(
    {
        "class": type(graph).__name__,
        "graph": graph.graph,
        "nodes": {str(n): d for n, d in graph.nodes(data=True)},
        "edges": [[str(u), str(v), d] for u, v, d in graph.edges(data=True)],
    },
    sys.stdout,
    default=str,
)
