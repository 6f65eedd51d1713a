#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when an include runs against the layers README's "How it is built" draws.

- Inside core, each folder (and each room of engine/) includes only the floors below it.
- An include of a core header names its folder ("graph/graphmodel.h"): only core/ is on the path.
- Nothing outside core but the tests reaches engine/ (libtorch stays behind the session).
- widgets/models/ (the item models, tested without a window) includes no widget.
- No two source units (a .h/.cpp pair) include each other, directly or around a circle. A
  header X + "detail.h" (picklereaderdetail.h) is the private part of unit X, shared by the files
  that implement X.
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
# Core's parts, lowest first. A part may include a part of a lower rank, never one of its own
# rank or above. The CMake targets are cut along these ranks (core/CMakeLists.txt).
RANKS = {
    'common': 0,
    'pickle': 1, 'answers': 1, 'values': 1,
    'archive': 2, 'graph': 2,
    'diff': 3,
    'checkpoint': 4,
    'engine/common': 5,
    'engine/model': 6, 'engine/io': 6,
    'engine/ir': 7,
    'engine/run': 8,
    'engine/deploy': 9,
    'session': 10,
}
GENERATED = {'jitscope_revision.h'}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def sources(top):
    for folder, _, names in os.walk(os.path.join(ROOT, top)):
        for name in sorted(names):
            if name.endswith(('.h', '.cpp')):
                yield os.path.relpath(os.path.join(folder, name), ROOT)


def unit_of(path):
    stem = os.path.splitext(path)[0]
    return stem[: -len('detail')] if stem.endswith('detail') else stem


def part_of(core_relative):
    pieces = core_relative.split('/')
    return '/'.join(pieces[:2]) if pieces[0] == 'engine' else pieces[0]


def main():
    problems = []
    core_headers = {os.path.relpath(p, 'core') for p in sources('core') if p.endswith('.h')}
    by_name = {}
    for h in core_headers:
        by_name.setdefault(os.path.basename(h), h)
    units = {}  # unit (path without extension) -> set of included units
    for path in [p for top in ('core', 'widgets', 'render', 'app', 'tests', 'fuzz') for p in sources(top)]:
        text = open(os.path.join(ROOT, path), encoding='utf-8').read()
        unit = unit_of(path)
        units.setdefault(unit, set())
        in_core = path.startswith('core/')
        for inc in INCLUDE.findall(text):
            if inc in GENERATED or inc.endswith('.moc'):
                continue
            if inc in core_headers:
                target = 'core/' + inc
                if in_core:
                    mine, theirs = part_of(os.path.relpath(path, 'core')), part_of(inc)
                    if mine != theirs and RANKS.get(theirs, 99) >= RANKS.get(mine, -1):
                        problems.append(f'{path}: includes {inc}, but {mine} may only include floors below it')
                elif inc.startswith('engine/') and not path.startswith(('tests/', 'fuzz/')):
                    problems.append(f'{path}: includes {inc}; only core/session reaches the engine')
                units[unit].add(unit_of(target))
                continue
            if os.path.basename(inc) in by_name and not os.path.exists(os.path.join(ROOT, os.path.dirname(path), inc)):
                problems.append(f'{path}: includes "{inc}" by bare name; write "{by_name[os.path.basename(inc)]}"')
                continue
            if path.startswith('widgets/models/') and not inc.startswith('models/'):
                problems.append(f'{path}: includes "{inc}"; an item model includes no widget')
            local = os.path.normpath(os.path.join(os.path.dirname(path), inc))
            if os.path.exists(os.path.join(ROOT, local)):
                units[unit].add(unit_of(local))
            elif path.startswith('widgets/') and os.path.exists(os.path.join(ROOT, 'widgets', inc)):
                units[unit].add(unit_of('widgets/' + inc))
    for unit in units:
        units[unit].discard(unit)
    problems += cycles(units)
    for p in problems:
        print('check-layers: ' + p)
    if not problems:
        print(f'check-layers: {len(units)} units, every include runs down its layers, no circle.')
    return 1 if problems else 0


def cycles(graph):
    """Tarjan's strongly connected components; each one of more than a unit is a circle."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        work = [(v, iter(sorted(graph.get(v, ()))))]
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        while work:
            node, edges = work[-1]
            advanced = False
            for w in edges:
                if w not in graph:
                    continue
                if w not in index:
                    index[w] = low[w] = counter[0]
                    counter[0] += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    advanced = True
                    break
                if w in on_stack:
                    low[node] = min(low[node], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == node:
                        break
                if len(component) > 1:
                    found.append('units include each other: ' + ' <-> '.join(sorted(component)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


if __name__ == '__main__':
    sys.exit(main())
