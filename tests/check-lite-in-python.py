#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""What jitscope-cli writes for the lite interpreter loads in PyTorch's own lite interpreter and
computes what the full module computes, at the current bytecode version and backported; and what
jitscope-cli optimize writes loads in Python and agrees with Python's own transform.

Usage: check-lite-in-python.py JITSCOPE_CLI SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

import numpy as np
import torch
from torch.jit.mobile import _get_model_bytecode_version, _load_for_lite_interpreter
from torch.utils.mobile_optimizer import optimize_for_mobile


def main():
    cli, source = sys.argv[1], sys.argv[2]
    conv = os.path.join(source, "resources", "examples", "conv_net.pt")
    x_path = os.path.join(source, "tests", "fixtures", "conv_input.npy")
    x = torch.from_numpy(np.load(x_path))
    full = torch.jit.load(conv).eval()
    with torch.no_grad():
        expected = full(x)
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for version in (None, 5, 4):
            out = os.path.join(tmp, f"conv_{version}.ptl")
            args = [cli, "lite", conv, "-o", out, f'load("{x_path}")']
            if version:
                args += ["--bytecode-version", str(version)]
            subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
            got_version = _get_model_bytecode_version(out)
            if version and got_version != version:
                failures.append(f"{out}: bytecode version {got_version}, asked for {version}")
            got = _load_for_lite_interpreter(out)(x)
            if not torch.allclose(got, expected, atol=1e-6):
                failures.append(f"{out}: PyTorch's lite interpreter computes {got} instead of {expected}")
        for flag, transform in (("--freeze", torch.jit.freeze), ("--mobile", optimize_for_mobile)):
            out = os.path.join(tmp, f"conv{flag}.pt")
            subprocess.run([cli, "optimize", conv, flag, "-o", out], check=True, stdout=subprocess.DEVNULL)
            with torch.no_grad():
                ours, theirs = torch.jit.load(out)(x), transform(torch.jit.load(conv).eval())(x)
            if not torch.allclose(ours, theirs, atol=1e-6):
                failures.append(f"optimize {flag}: {ours} where Python's transform gives {theirs}")
    for f in failures:
        print("check-lite-in-python:", f)
    if not failures:
        print("check-lite-in-python: the .ptl files load in PyTorch's lite interpreter and agree; the optimized "
              "modules agree with Python's transforms.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
