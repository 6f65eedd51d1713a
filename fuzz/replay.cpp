// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The test suite's short fuzz run, for any compiler: every file of the given folders (the seed
// corpus and the inputs that once crashed) through the target, then ITERATIONS deterministic
// mutations of them (bit flips, interesting bytes, insertions, deletions, repeated and spliced
// chunks). libFuzzer's long runs are the fuzz preset's (see fuzz/run-fuzzers.sh).
//   replay_TARGET [--iterations N] [--seed S] DIR...
#include "fuzztarget.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>
#include <random>
#include <vector>

namespace {

using Bytes = std::vector<uint8_t>;

Bytes mutate(const Bytes& input, const std::vector<Bytes>& corpus, std::mt19937_64& rng)
{
    Bytes out = input;
    auto pick = [&](size_t n) { return n == 0 ? size_t(0) : size_t(rng() % n); };
    static const uint8_t interesting[] = { 0, 1, 0x7f, 0x80, 0xff, '(', '[', '{', '"', ',', ':', 'J', 'K', 'M', '.' };
    const int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits; ++e) {
        switch (rng() % 6) {
        case 0: // flip a bit
            if (!out.empty())
                out[pick(out.size())] ^= uint8_t(1u << (rng() % 8));
            break;
        case 1: // an interesting byte
            if (!out.empty())
                out[pick(out.size())] = interesting[pick(sizeof interesting)];
            break;
        case 2: // insert bytes
            out.insert(out.begin() + long(pick(out.size() + 1)), size_t(1 + rng() % 8),
                       interesting[pick(sizeof interesting)]);
            break;
        case 3: { // delete a chunk
            if (out.empty())
                break;
            const size_t at = pick(out.size());
            out.erase(out.begin() + long(at), out.begin() + long(std::min(out.size(), at + 1 + rng() % 16)));
            break;
        }
        case 4: { // repeat a chunk
            if (out.empty() || out.size() > (1u << 20))
                break;
            const size_t at = pick(out.size()), len = std::min(out.size() - at, size_t(1 + rng() % 32));
            const Bytes chunk(out.begin() + long(at), out.begin() + long(at + len));
            out.insert(out.begin() + long(at), chunk.begin(), chunk.end());
            break;
        }
        default: { // splice in part of another input
            const Bytes& other = corpus[pick(corpus.size())];
            if (other.empty())
                break;
            const size_t from = pick(other.size()), len = std::min(other.size() - from, size_t(1 + rng() % 64));
            const size_t at = pick(out.size() + 1);
            out.insert(out.begin() + long(at), other.begin() + long(from), other.begin() + long(from + len));
            break;
        }
        }
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    long iterations = 2000;
    unsigned long long seed = 1;
    std::vector<Bytes> corpus;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--iterations") && i + 1 < args.size()) {
            iterations = args[++i].toLong();
            continue;
        }
        if (args[i] == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i].toULongLong();
            continue;
        }
        QDirIterator it(args[i], QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray b = f.readAll();
            corpus.emplace_back(b.begin(), b.end());
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "replay: no inputs in the folders given\n");
        return 2;
    }
    for (const Bytes& input : corpus)
        LLVMFuzzerTestOneInput(input.data(), input.size());
    std::mt19937_64 rng(seed);
    for (long i = 0; i < iterations; ++i) {
        const Bytes input = mutate(corpus[size_t(rng() % corpus.size())], corpus, rng);
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("replay: %zu inputs and %ld mutations, all handled\n", corpus.size(), iterations);
    return 0;
}
