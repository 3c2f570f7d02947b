#!/usr/bin/env python3
"""Add a `logit_positions` input to an exported model so it computes logits only at the rows the scorer reads.

usage: add_logit_positions.py IN.onnx [OUT.onnx]      (OUT defaults to IN, rewritten in place)

The scorer reads the logits of a few positions per window (those before claim tokens), but the export computes the
8,192-wide vocabulary projection at every position: about half the model's FLOPs. This inserts, before the final
projection MatMul,

    Gather(Flatten(hidden [batch, sequence, d], axis=2) -> [batch * sequence, d], logit_positions [n]) -> [n, d]

so `logits` becomes [n, vocab]: row i is the logits at flat position logit_positions[i] = b * sequence + p.
Flat rather than [batch, n]: windows in one batch read different numbers of rows, and a per-entry gather would pad
them all to the most (2.3x the rows on the real-dev docs). Everything before the projection is per position or causal,
so the gathered rows equal the full graph's rows.
Needs only python3-onnx (Debian bookworm: onnx 1.12); export.py calls add() on a fresh export.
"""
import sys

import onnx
from onnx import TensorProto, helper

INPUT = "logit_positions"


def add(model, logits="logits"):
    g = model.graph
    if any(i.name == INPUT for i in g.input):
        raise SystemExit(f"{INPUT} is already an input")
    out = next((o for o in g.output if o.name == logits), None)
    if out is None:
        raise SystemExit(f"no graph output '{logits}'")
    proj = [n for n in g.node if logits in n.output]
    if len(proj) != 1 or proj[0].op_type != "MatMul":
        raise SystemExit(f"'{logits}' is not produced by one MatMul (found {[n.op_type for n in proj]})")
    proj = proj[0]
    opset = next(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))
    if opset < 13:
        raise SystemExit(f"opset {opset}: needs 13+")

    hidden = proj.input[0]
    g.input.append(helper.make_tensor_value_info(INPUT, TensorProto.INT64, ["positions"]))
    nodes = [
        helper.make_node("Flatten", [hidden], ["logit_positions_flat"], name="/logit_positions/Flatten", axis=2),
        helper.make_node("Gather", ["logit_positions_flat", INPUT], ["logit_positions_hidden"], name="/logit_positions/Gather", axis=0),
    ]
    # Insert just before the projection so the node list stays topologically sorted.
    at = list(g.node).index(proj)
    for k, n in enumerate(nodes):
        g.node.insert(at + k, n)
    proj.input[0] = "logit_positions_hidden"

    shape = out.type.tensor_type.shape
    vocab = shape.dim[-1].dim_value if len(shape.dim) else 0
    shape.ClearField("dim")
    shape.dim.add().dim_param = "positions"
    last = shape.dim.add()
    if vocab:
        last.dim_value = vocab
    else:
        last.dim_param = "vocab"
    onnx.checker.check_model(model)
    return model


def main(src, dst=None):
    model = onnx.load(src)
    add(model)
    onnx.save(model, dst or src)
    print(f"add_logit_positions: wrote {dst or src}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
