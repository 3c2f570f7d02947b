#!/usr/bin/env python3
"""Train the FactLint tiny GPT on CPU with a wall-clock budget; resumable from checkpoints.

Env: TRAIN_MINUTES (total budget across resumes, default 60), CKPT_MINUTES (default 3),
     BATCH (default 16), N_LAYER/N_HEAD/D_MODEL/N_CTX, LR (default 2e-3), THREADS (default 2).
"""
import json, math, os, sys, time
import numpy as np
import torch
import torch.nn.functional as F
from model import GPT, Config, count_params


def env(name, default, cast=int):
    return cast(os.environ.get(name, default))


def main(work):
    torch.set_num_threads(env("THREADS", 2))
    budget = env("TRAIN_MINUTES", 60, float) * 60
    ckpt_every = env("CKPT_MINUTES", 3, float) * 60
    B = env("BATCH", 16)
    lr_max = env("LR", 2e-3, float)
    ckpt_path = os.path.join(work, "ckpt.pt")
    train = np.memmap(os.path.join(work, "train.bin"), dtype=np.uint16, mode="r")
    val = np.memmap(os.path.join(work, "val.bin"), dtype=np.uint16, mode="r")

    if os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path)
        cfg = Config(**ck["config"])
        model = GPT(cfg)
        model.load_state_dict(ck["model"])
        state = ck["state"]
        print(f"train: resuming at {state['train_seconds']:.0f}s, {state['tokens_seen']} tokens", flush=True)
    else:
        ck = None
        cfg = Config(vocab_size=8192, n_ctx=env("N_CTX", 256), n_layer=env("N_LAYER", 4),
                     n_head=env("N_HEAD", 4), d_model=env("D_MODEL", 128))
        model = GPT(cfg)
        state = dict(train_seconds=0.0, tokens_seen=0, step=0, seed=1234)
    T = cfg.n_ctx
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=lr_max, betas=(0.9, 0.95))
    if ck is not None:
        opt.load_state_dict(ck["opt"])
    print(f"train: params {count_params(model)}, config {cfg.to_dict()}, budget {budget/60:.1f} min, "
          f"train tokens {len(train)}", flush=True)

    rng = np.random.default_rng(state["seed"] + state["step"])
    # fixed validation windows for monitoring
    vstarts = np.linspace(0, len(val) - T - 2, 32).astype(np.int64)
    vx = torch.from_numpy(np.stack([val[s:s + T] for s in vstarts]).astype(np.int64))
    vy = torch.from_numpy(np.stack([val[s + 1:s + 1 + T] for s in vstarts]).astype(np.int64))

    def val_loss():
        model.eval()
        with torch.no_grad():
            l = F.cross_entropy(model(vx).view(-1, cfg.vocab_size), vy.view(-1)).item()
        model.train()
        return l

    def save():
        tmp = ckpt_path + ".tmp"
        torch.save(dict(config=cfg.to_dict(), model=model.state_dict(), opt=opt.state_dict(), state=state), tmp)
        os.replace(tmp, ckpt_path)

    log = open(os.path.join(work, "train_log.jsonl"), "a")
    model.train()
    last_ckpt = time.time()
    t_prev = time.time()
    loss_ema = None
    while state["train_seconds"] < budget:
        progress = state["train_seconds"] / budget
        warm = 0.03
        lr = lr_max * (progress / warm if progress < warm else 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * (progress - warm) / (1 - warm))))
        for g in opt.param_groups:
            g["lr"] = lr
        starts = rng.integers(0, len(train) - T - 1, size=B)
        xb = np.stack([train[s:s + T + 1] for s in starts]).astype(np.int64)
        x = torch.from_numpy(xb[:, :-1])
        y = torch.from_numpy(xb[:, 1:])
        logits = model(x)
        loss = F.cross_entropy(logits.view(-1, cfg.vocab_size), y.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        now = time.time()
        state["train_seconds"] += now - t_prev
        t_prev = now
        state["step"] += 1
        state["tokens_seen"] += B * T
        loss_ema = loss.item() if loss_ema is None else 0.98 * loss_ema + 0.02 * loss.item()
        if state["step"] % 50 == 0:
            tps = state["tokens_seen"] / max(state["train_seconds"], 1e-9)
            print(f"step {state['step']} loss {loss_ema:.3f} lr {lr:.2e} tokens {state['tokens_seen']} "
                  f"t {state['train_seconds']:.0f}s ({tps:.0f} tok/s)", flush=True)
        if now - last_ckpt >= ckpt_every or state["train_seconds"] >= budget:
            vl = val_loss()
            save()
            rec = dict(step=state["step"], tokens=state["tokens_seen"], seconds=round(state["train_seconds"], 1),
                       train_loss=round(loss_ema, 4), val_loss_monitor=round(vl, 4), lr=lr, wall=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
            log.write(json.dumps(rec) + "\n"); log.flush()
            print(f"ckpt: {rec}", flush=True)
            last_ckpt = time.time()
            t_prev = time.time()  # do not bill eval/save time to training
    save()
    print("train: done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
