#!/usr/bin/env python3
"""Grounding accuracy on cited Wikipedia sentences (WiCE dev split; ../shared/eval/grounding-dev/cases.jsonl).

For every case, `factlint check claim.md --context page.md --no-model --format json` is run on the original sentence
(which the page supports: any FL206 is a false alarm) and on each variant with one figure drifted by one digit (the
variant is caught when an FL206 finding's claim holds the drifted figure).

    python3 tests/bench/grounding-eval.py [CASES] [FACTLINT]      (VERBOSE=1 lists every miss and false alarm)

BATCH=1 runs one process for all cases instead: a JSONL chat transcript with one conversation per check (the page as
the user message, the sentence as the answer) and `--ground`. The grounding is the same (the page is searched as written,
the sentence is linted as Markdown); it saves one process start per check on a loaded machine. LIMIT=N takes the first N cases.

FACTLINT: a factlint.dll (run with dotnet) or a native executable; default: the Release build of src/FactLint.Cli.
"""
import json, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
cases_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, '..', 'shared', 'eval', 'grounding-dev', 'cases.jsonl')
tool = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, 'src', 'FactLint.Cli', 'bin', 'Release', 'net10.0', 'factlint.dll')
command = ['dotnet', tool] if tool.endswith('.dll') else [tool]
verbose = os.environ.get('VERBOSE') == '1'

def fl206(work, text):
    with open(os.path.join(work, 'claim.md'), 'w', encoding='utf-8') as f: f.write(text + '\n')
    r = subprocess.run(command + ['check', 'claim.md', '--context', 'page.md', '--no-model', '--format', 'json', '--no-baseline'],
                       cwd=work, capture_output=True, text=True)
    if r.returncode not in (0, 1): sys.exit(f'factlint exited {r.returncode}: {r.stderr.strip()}')
    return [d for d in json.loads(r.stdout)['findings'] if d['code'] == 'FL206']

cases = [json.loads(line) for line in open(cases_path, encoding='utf-8')]
if os.environ.get('LIMIT'): cases = cases[:int(os.environ['LIMIT'])]

def batch(work):
    """All checks in one transcript: returns fl206(text) answers from one run, keyed by conversation line."""
    checks = [(i, None, c['claim'], c['context']) for i, c in enumerate(cases)] + \
             [(i, v, v['text'], c['context']) for i, c in enumerate(cases) for v in c['drifted']]
    with open(os.path.join(work, 'checks.jsonl'), 'w', encoding='utf-8') as f:
        for _, _, text, context in checks:
            f.write(json.dumps([{'role': 'user', 'content': context}, {'role': 'assistant', 'content': text}], ensure_ascii=False) + '\n')
    r = subprocess.run(command + ['check', 'checks.jsonl', '--ground', '--no-model', '--format', 'json', '--no-baseline'], cwd=work, capture_output=True, text=True)
    if r.returncode not in (0, 1): sys.exit(f'factlint exited {r.returncode}: {r.stderr.strip()}')
    by_line = {}
    for d in json.loads(r.stdout)['findings']:
        if d['code'] == 'FL206': by_line.setdefault(int(d['path'].split('#')[1].split('.')[0]), []).append(d)
    return {id(v) if v is not None else i: by_line.get(n + 1, []) for n, (i, v, _, _) in enumerate(checks)}
false_alarms = caught = variants = 0
with tempfile.TemporaryDirectory() as work:
    # An empty config: the run must not pick up a .factlint.yaml above the temporary folder.
    open(os.path.join(work, '.factlint.yaml'), 'w').write('packs: [core]\n')
    results = batch(work) if os.environ.get('BATCH') == '1' else None
    for i, case in enumerate(cases, 1):
        with open(os.path.join(work, 'page.md'), 'w', encoding='utf-8') as f: f.write(case['context'])
        found = results[i - 1] if results is not None else fl206(work, case['claim'])
        if found:
            false_alarms += 1
            if verbose: print(f'false alarm, case {i}: {case["claim"]!r}: ' + '; '.join(d['claim'] + ' ' + ' | '.join(d.get('notes', [])) for d in found))
        for v in case['drifted']:
            variants += 1
            drifted = v['changed'][1]
            hits = [d for d in (results[id(v)] if results is not None else fl206(work, v['text'])) if drifted.replace(',', '') in d['claim'].replace(',', '')]
            if hits: caught += 1
            elif verbose: print(f'missed, case {i}: {v["changed"][0]} -> {drifted} in {v["text"]!r}')
print(f'cases: {len(cases)} originals, {variants} drifted variants ({os.path.basename(cases_path)})')
print(f'false alarms on originals: {false_alarms}/{len(cases)} = {100 * false_alarms / len(cases):.1f}%')
print(f'FL206 catch rate on drifted variants: {caught}/{variants} = {100 * caught / variants:.1f}%')
