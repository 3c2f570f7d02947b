// Cross-check model.onnx in ONNX Runtime (onnxruntime-node) against reference.json from PyTorch,
// and check that right padding does not change the logits of real tokens. A graph with logit_positions is asked for
// every position, and once more for a few, which must equal the same rows of the full output.
// usage: NODE_PATH=<dir with onnxruntime-node> node ort_check.js MODEL_DIR
const ort = require('onnxruntime-node');
const fs = require('fs');
const path = require('path');

function logSoftmaxAt(logits, offset, vocab, id) {
  let max = -Infinity;
  for (let j = 0; j < vocab; j++) max = Math.max(max, logits[offset + j]);
  let sum = 0;
  for (let j = 0; j < vocab; j++) sum += Math.exp(logits[offset + j] - max);
  return logits[offset + id] - max - Math.log(sum);
}

async function main() {
  const dir = process.argv[2];
  const ref = JSON.parse(fs.readFileSync(path.join(dir, 'reference.json'), 'utf8'));
  const sess = await ort.InferenceSession.create(path.join(dir, 'model.onnx'));
  let maxDiff = 0;
  const seqs = ref.strings.map(s => [ref.bos_id, ...s.ids]);
  const single = [];
  const gather = sess.inputNames.includes('logit_positions');
  // flat positions b * len + p: every position of every row, in order, gives the full [rows * len, vocab] output
  const allPositions = (rows, len) => new ort.Tensor('int64', BigInt64Array.from(
    Array.from({ length: rows * len }, (_, k) => BigInt(k))), [rows * len]);
  for (let k = 0; k < seqs.length; k++) {
    const seq = seqs[k];
    const ids = new ort.Tensor('int64', BigInt64Array.from(seq.map(BigInt)), [1, seq.length]);
    const mask = new ort.Tensor('int64', BigInt64Array.from(seq.map(() => 1n)), [1, seq.length]);
    const feeds = { input_ids: ids, attention_mask: mask };
    if (gather) feeds.logit_positions = allPositions(1, seq.length);
    const out = await sess.run(feeds);
    const logits = out.logits.data; const vocab = out.logits.dims[out.logits.dims.length - 1];
    single.push({ logits, vocab });
    ref.strings[k].ids.forEach((id, i) => {
      const bits = -logSoftmaxAt(logits, i * vocab, vocab, id) / Math.LN2;
      maxDiff = Math.max(maxDiff, Math.abs(bits - ref.strings[k].bits[i]));
    });
  }
  // right-padded batch
  const L = Math.max(...seqs.map(s => s.length));
  const flatIds = [], flatMask = [];
  for (const s of seqs) for (let i = 0; i < L; i++) { flatIds.push(BigInt(i < s.length ? s[i] : 0)); flatMask.push(i < s.length ? 1n : 0n); }
  const batchFeeds = {
    input_ids: new ort.Tensor('int64', BigInt64Array.from(flatIds), [seqs.length, L]),
    attention_mask: new ort.Tensor('int64', BigInt64Array.from(flatMask), [seqs.length, L]),
  };
  if (gather) batchFeeds.logit_positions = allPositions(seqs.length, L);
  const out = await sess.run(batchFeeds);
  const d = out.logits.data; const vocab = out.logits.dims[out.logits.dims.length - 1];
  let padDiff = 0;
  seqs.forEach((s, b) => {
    for (let i = 0; i < s.length * vocab; i++) padDiff = Math.max(padDiff, Math.abs(d[b * L * vocab + i] - single[b].logits[i]));
  });
  // a few positions per row (the last real one, then the first): the same rows as the full output
  let gatherDiff = 0;
  if (gather) {
    const picks = seqs.map(s => [s.length - 1, 0]);
    const flat = picks.flatMap((p, b) => p.map(x => BigInt(b * L + x)));
    const part = await sess.run({ ...batchFeeds, logit_positions: new ort.Tensor('int64', BigInt64Array.from(flat), [flat.length]) });
    seqs.forEach((s, b) => picks[b].forEach((p, r) => {
      for (let j = 0; j < vocab; j++) gatherDiff = Math.max(gatherDiff, Math.abs(part.logits.data[(b * 2 + r) * vocab + j] - d[(b * L + p) * vocab + j]));
    }));
  }
  console.log(JSON.stringify({ max_abs_logit_diff_logit_positions: gatherDiff, max_abs_bits_diff_vs_pytorch: maxDiff, max_abs_logit_diff_right_padding: padDiff,
    output_dims: out.logits.dims, ort_version: require('onnxruntime-node/package.json').version, output_type: out.logits.type, input_names: sess.inputNames, output_names: sess.outputNames }));
  if (maxDiff > 1e-3 || padDiff > 1e-3 || gatherDiff > 1e-5) { console.error('ORT CHECK FAILED'); process.exit(1); }
}
main().catch(e => { console.error(e); process.exit(1); });
