// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint/checkpoint.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace jitscope {

QList<ParameterDiff> compareCheckpoints(const Checkpoint& left, const Checkpoint& right)
{
    QHash<QString, int> rightIndex;
    for (int i = 0; i < right.tensors.size(); ++i)
        rightIndex.insert(right.tensors[i].name, i);
    QList<ParameterDiff> out;
    QSet<QString> seen;
    for (int i = 0; i < left.tensors.size(); ++i) {
        const CheckpointTensor& l = left.tensors[i];
        ParameterDiff d;
        d.name = l.name;
        d.leftShape = l.shape;
        d.leftDtype = l.dtype;
        seen.insert(l.name);
        const int r = rightIndex.value(l.name, -1);
        if (r < 0) {
            d.status = ParameterDiff::Status::OnlyLeft;
            out << d;
            continue;
        }
        const CheckpointTensor& rt = right.tensors[r];
        d.rightShape = rt.shape;
        d.rightDtype = rt.dtype;
        if (l.shape != rt.shape) {
            d.status = ParameterDiff::Status::ShapeDiffers;
        } else if (l.dtype != rt.dtype) {
            d.status = ParameterDiff::Status::DtypeDiffers;
        } else if (l.problem.isEmpty() && rt.problem.isEmpty()) {
            // Complex values as real and imaginary parts: |a - b| over both.
            const bool complex = l.dtype.startsWith(QLatin1String("complex"));
            const std::vector<double> a = left.values(i, complex), b = right.values(r, complex);
            double most = 0;
            bool nanMismatch = false;
            const size_t step = complex ? 2 : 1;
            for (size_t k = 0; k + step - 1 < a.size() && k + step - 1 < b.size(); k += step) {
                double difference = 0;
                bool nan = false;
                for (size_t j = k; j < k + step; ++j) {
                    if (std::isnan(a[j]) || std::isnan(b[j])) {
                        nanMismatch = nanMismatch || std::isnan(a[j]) != std::isnan(b[j]);
                        nan = true;
                    } else if (a[j] != b[j]) {
                        difference = std::hypot(difference, std::isinf(a[j] - b[j]) ? qInf() : a[j] - b[j]);
                    }
                }
                if (!nan)
                    most = std::max(most, difference);
            }
            d.maxAbsDiff = nanMismatch ? qQNaN() : most;
            d.status = (most > 0 || nanMismatch) ? ParameterDiff::Status::ValuesDiffer : ParameterDiff::Status::Same;
        }
        out << d;
    }
    for (const CheckpointTensor& rt : right.tensors) {
        if (seen.contains(rt.name))
            continue;
        ParameterDiff d;
        d.name = rt.name;
        d.status = ParameterDiff::Status::OnlyRight;
        d.rightShape = rt.shape;
        d.rightDtype = rt.dtype;
        out << d;
    }
    return out;
}

} // namespace jitscope
