// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/sequencealign.h"

#include <QHash>

#include <vector>

namespace jitscope {

namespace {

void alignExact(int l0, int l1, int r0, int r1, const AlignWeight& weight, QList<QPair<int, int>>& out)
{
    const int n = l1 - l0, m = r1 - r0;
    if (n <= 0 || m <= 0)
        return;
    std::vector<int> dp(size_t(n + 1) * size_t(m + 1), 0);
    auto at = [&](int i, int j) -> int& { return dp[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = 1; i <= n; ++i)
        for (int j = 1; j <= m; ++j) {
            int best = std::max(at(i - 1, j), at(i, j - 1));
            const int w = weight(l0 + i - 1, r0 + j - 1);
            if (w > 0)
                best = std::max(best, at(i - 1, j - 1) + w);
            at(i, j) = best;
        }
    QList<QPair<int, int>> pairs;
    int i = n, j = m;
    while (i > 0 && j > 0) {
        const int w = weight(l0 + i - 1, r0 + j - 1);
        if (w > 0 && at(i, j) == at(i - 1, j - 1) + w) {
            pairs.prepend({ l0 + i - 1, r0 + j - 1 });
            --i;
            --j;
        } else if (at(i - 1, j) >= at(i, j - 1)) {
            --i;
        } else {
            --j;
        }
    }
    out << pairs;
}

// Greedy in-order pairing, for a stretch too long for the exact method and without anchors.
void alignGreedy(int l0, int l1, int r0, int r1, const AlignWeight& weight, QList<QPair<int, int>>& out)
{
    int j = r0;
    for (int i = l0; i < l1 && j < r1; ++i) {
        // Look a short way ahead on the right for a partner.
        for (int k = j; k < r1 && k < j + 64; ++k) {
            if (weight(i, k) > 0) {
                out << QPair<int, int>(i, k);
                j = k + 1;
                break;
            }
        }
    }
}

void alignRange(int l0, int l1, int r0, int r1, const AlignKey& key, const AlignWeight& weight, qint64 budget,
                QList<QPair<int, int>>& out, int depth)
{
    // Equal heads and tails pair at once.
    while (l0 < l1 && r0 < r1 && key(true, l0) == key(false, r0) && weight(l0, r0) > 0) {
        out << QPair<int, int>(l0++, r0++);
    }
    QList<QPair<int, int>> tail;
    while (l1 > l0 && r1 > r0 && key(true, l1 - 1) == key(false, r1 - 1) && weight(l1 - 1, r1 - 1) > 0)
        tail.prepend({ --l1, --r1 });
    if (qint64(l1 - l0) * qint64(r1 - r0) <= budget) {
        alignExact(l0, l1, r0, r1, weight, out);
    } else if (depth > 8) {
        alignGreedy(l0, l1, r0, r1, weight, out);
    } else {
        // Anchors: keys that occur exactly once on each side, kept where they increase on both.
        QHash<quint64, int> leftCount, rightCount, leftAt, rightAt;
        for (int i = l0; i < l1; ++i) {
            ++leftCount[key(true, i)];
            leftAt[key(true, i)] = i;
        }
        for (int j = r0; j < r1; ++j) {
            ++rightCount[key(false, j)];
            rightAt[key(false, j)] = j;
        }
        QList<QPair<int, int>> candidates;
        for (int i = l0; i < l1; ++i) {
            const quint64 k = key(true, i);
            if (leftCount.value(k) == 1 && rightCount.value(k) == 1 && weight(i, rightAt.value(k)) > 0)
                candidates << QPair<int, int>(i, rightAt.value(k));
        }
        // Longest increasing subsequence of the right indices (patience sorting).
        QList<int> tails, tailIndex;
        QList<int> previous(candidates.size(), -1);
        for (int c = 0; c < candidates.size(); ++c) {
            const int r = candidates[c].second;
            const auto pos = std::lower_bound(tails.begin(), tails.end(), r) - tails.begin();
            if (pos > 0)
                previous[c] = tailIndex[pos - 1];
            if (pos == tails.size()) {
                tails << r;
                tailIndex << c;
            } else {
                tails[pos] = r;
                tailIndex[pos] = c;
            }
        }
        QList<QPair<int, int>> anchors;
        for (int c = tailIndex.isEmpty() ? -1 : tailIndex.last(); c >= 0; c = previous[c])
            anchors.prepend(candidates[c]);
        if (anchors.isEmpty()) {
            alignGreedy(l0, l1, r0, r1, weight, out);
        } else {
            int li = l0, ri = r0;
            for (const auto& a : anchors) {
                alignRange(li, a.first, ri, a.second, key, weight, budget, out, depth + 1);
                out << a;
                li = a.first + 1;
                ri = a.second + 1;
            }
            alignRange(li, l1, ri, r1, key, weight, budget, out, depth + 1);
        }
    }
    out << tail;
}

} // namespace

QList<QPair<int, int>> alignSequences(int leftCount, int rightCount, const AlignKey& key, const AlignWeight& weight,
                                      qint64 cellBudget)
{
    QList<QPair<int, int>> out;
    alignRange(0, leftCount, 0, rightCount, key, weight, cellBudget, out, 0);
    return out;
}

} // namespace jitscope
