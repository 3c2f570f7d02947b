#!/usr/bin/python3
"""Prints the base64 of a MatMul ONNX model (Y = A @ B, dynamic shapes), inlined in
tests/FactLint.Benchmarks/Surprisal/MatMulPeak.cs.
The surprisal benchmark times it to measure the GFLOP/s ONNX Runtime reaches on this machine.
Run with Debian's python3 (apt-get install -y python3-onnx)."""
import base64
import os
import onnx
from onnx import TensorProto, helper

here = os.path.dirname(os.path.abspath(__file__))
graph = helper.make_graph(
    [helper.make_node("MatMul", ["A", "B"], ["Y"])], "matmul",
    [helper.make_tensor_value_info("A", TensorProto.FLOAT, ["m", "k"]), helper.make_tensor_value_info("B", TensorProto.FLOAT, ["k", "n"])],
    [helper.make_tensor_value_info("Y", TensorProto.FLOAT, ["m", "n"])])
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="factlint-bench")
model.ir_version = 7
onnx.checker.check_model(model)
print(base64.b64encode(model.SerializeToString()).decode())
