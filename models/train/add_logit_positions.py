#!/usr/bin/env python3
"""Add a `logit_positions` input to an exported model so it computes logits only at the rows the scorer reads.

usage: add_logit_positions.py IN.onnx [OUT.onnx]      (OUT defaults to IN, rewritten in place)

The scorer reads the logits of a few positions per window (those before claim tokens), but the export computes the
8,192-wide vocabulary projection at every position: about half the model's FLOPs. This inserts, before the final
projection MatMul,

    GatherND(hidden [batch, sequence, d], Unsqueeze(logit_positions [batch, n], -1), batch_dims=1) -> [batch, n, d]

so `logits` becomes [batch, n, vocab]: row i of batch entry b is the logits at position logit_positions[b, i].
Everything before the projection is per position or causal, so the gathered rows equal the full graph's rows.
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
        raise SystemExit(f"opset {opset}: needs 13+ (Unsqueeze with axes as an input, GatherND batch_dims)")

    hidden = proj.input[0]
    g.input.append(helper.make_tensor_value_info(INPUT, TensorProto.INT64, ["batch", "positions"]))
    g.initializer.append(helper.make_tensor("logit_positions_axis", TensorProto.INT64, [1], [-1]))
    nodes = [
        helper.make_node("Unsqueeze", [INPUT, "logit_positions_axis"], ["logit_positions_index"], name="/logit_positions/Unsqueeze"),
        helper.make_node("GatherND", [hidden, "logit_positions_index"], ["logit_positions_hidden"], name="/logit_positions/GatherND", batch_dims=1),
    ]
    # Insert just before the projection so the node list stays topologically sorted.
    at = list(g.node).index(proj)
    for k, n in enumerate(nodes):
        g.node.insert(at + k, n)
    proj.input[0] = "logit_positions_hidden"

    dims = out.type.tensor_type.shape.dim
    if len(dims) == 3:
        dims[1].Clear()
        dims[1].dim_param = "positions"
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
