// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fixtures that are too large to commit or need values Python's fixtures lack,
// using libtorch alone (so the tests never need Python):
//   nan_inf.pt  a module whose parameter holds NaN and Inf
//   large.pt    ~100 MB of parameters, to watch the window stay responsive while it loads
//   short_data.pt, empty_data.pt
//               1.9 KB archives whose pickle declares a 1024x1024 float32 parameter over 40 (or 0)
//               bytes of data: libtorch loads them and would read past the data
//   bad_code.pt an archive whose code has a syntax error (libtorch's parser refuses it)
//   deep_code.pt an archive whose code nests 100,000 parentheses deep: libtorch's parser
//               overflows its stack on it (Python's torch.jit.load crashes too)
//   deeper_code.pt the same, 2,000,000 deep: deeper than the engine thread's 256 MB stack
//   long_chain.pt forward calls f0, which calls f1, ... f1499: libtorch compiles the chain
//               recursively, which needs more than a default 8 MB thread stack
//   longer_chain.pt the same with 3,000 functions: more than the crash guard calls ordinary
#include <caffe2/serialize/inline_container.h>
#include <torch/script.h>

#include <cmath>
#include <cstdio>
#include <string>

namespace {

// Copies the archive at `from` to `to`, each record passed through `edit` (name, contents).
template <typename Edit> void rewriteRecords(const std::string& from, const std::string& to, Edit edit)
{
    caffe2::serialize::PyTorchStreamReader reader(from);
    caffe2::serialize::PyTorchStreamWriter writer(to);
    writer.setMinVersion(reader.version());
    for (const std::string& record : reader.getAllRecords()) {
        if (record == "version" || record == ".data/version")
            continue; // the writer adds its own
        auto [data, size] = reader.getRecord(record);
        std::string bytes(static_cast<const char*>(data.get()), size);
        edit(record, bytes);
        writer.writeRecord(record, bytes.data(), bytes.size());
    }
    writer.writeEndOfFile();
}

// Copies the archive at `from` to `to`, with the record `name` replaced by `bytes`.
void rewriteRecord(const std::string& from, const std::string& to, const std::string& name, const std::string& bytes)
{
    rewriteRecords(from, to, [&](const std::string& record, std::string& data) {
        if (record == name)
            data = bytes;
    });
}

// Copies nan_inf.pt with forward's result passed through a chain of `length` functions (its
// code's debug record dropped: it maps the original source).
// `from` with forward's x nested in `depth` parentheses.
void writeDeepCode(const std::string& from, const std::string& to, size_t depth)
{
    rewriteRecords(from, to, [depth](const std::string& record, std::string& data) {
        const std::string call = "torch.mul(x, w)";
        const size_t at = data.find(call);
        if (record.size() > 3 && record.compare(record.size() - 3, 3, ".py") == 0 && at != std::string::npos)
            data.replace(at, call.size(),
                         "torch.mul(" + std::string(depth, '(') + "x" + std::string(depth, ')') + ", w)");
    });
}

void writeLongChain(const std::string& from, const std::string& to, int length)
{
    caffe2::serialize::PyTorchStreamReader reader(from);
    caffe2::serialize::PyTorchStreamWriter writer(to);
    writer.setMinVersion(reader.version());
    for (const std::string& record : reader.getAllRecords()) {
        if (record == "version" || record == ".data/version" || record.find(".debug_pkl") != std::string::npos)
            continue;
        auto [data, size] = reader.getRecord(record);
        std::string bytes(static_cast<const char*>(data.get()), size);
        const std::string result = "return torch.mul(x, w)";
        const size_t at = bytes.find(result);
        if (at != std::string::npos) {
            bytes.replace(at, result.size(), "return __torch__.f0(torch.mul(x, w))");
            for (int i = 0; i < length; ++i)
                bytes += "def f" + std::to_string(i) + "(x: Tensor) -> Tensor:\n  return "
                    + (i + 1 < length ? "__torch__.f" + std::to_string(i + 1) + "(x)" : std::string("x")) + "\n";
        }
        writer.writeRecord(record, bytes.data(), bytes.size());
    }
    writer.writeEndOfFile();
}

void writeFolds(const std::string& dir)
{
    // Code the graph's folding must read right: a list changed after it is made (and one a
    // loop appends to), a bool flag compared, a tensor changed in place under `if self.training`, a check whose
    // condition is a constant that raises (its message formatted before it), and a validation
    // looping over an Optional list that asks a method of its own (RoIHeads' targets check).
    torch::jit::Module folds("__torch__.Folds");
    folds.register_attribute("training", c10::BoolType::get(), true);
    folds.register_attribute("bias_k", c10::OptionalType::create(c10::TensorType::get()), c10::IValue());
    folds.register_attribute("bias_v", c10::OptionalType::create(c10::TensorType::get()), c10::IValue());
    folds.register_attribute("doubled", c10::BoolType::get(), true);
    folds.define(R"(
def forward(self, x):
  outs: List[Tensor] = []
  outs.append(x)
  assert len(outs) != 0, "empty"
  y = x * 2.0
  if self.training:
    y.mul_(0.5)
  return self.flagged(y, True)
def flagged(self, x, flag: bool):
  if flag == True:
    return x + 1
  return x
def strict(self, x):
  return self.check(x, True)
def check(self, x, strict: bool):
  msg = "rank {}".format(x.dim())
  assert not strict, msg
  return x
def shaped(self, x, h: int):
  assert x.size() == [h, 2], "shape"
  return x
def biased(self, x):
  b = self.bias_k
  if b is None:
    return x
  return x + b
def biased_v(self, x):
  b = self.bias_v
  if b is None:
    return x
  return x + b
def reset(self):
  self.bias_v = torch.zeros(1)
def doubling(self, x):
  if self.doubled:
    return x * 2.0
  return x
def trained(self, x):
  if self.training:
    return x * 2.0
  return x
def collected(self, x, n: int):
  sizes: List[int] = []
  for i in range(n):
    sizes.append(i + 1)
  return x.view(sizes)
def listed(self, x):
  outs: List[Tensor] = []
  outs.append(x + 1)
  outs.append(x * 2)
  return outs
def branched(self, x, c: bool):
  outs: List[Tensor] = []
  if c:
    outs.append(x + 1)
  else:
    outs.append(x * 2)
  return torch.cat(outs)
def validated(self, x, targets: Optional[List[Tensor]]):
  if targets is not None:
    for t in targets:
      if self.wants_float():
        assert t.is_floating_point(), "targets must be float"
  return x + 1
def wants_float(self) -> bool:
  return self.training
def refined(self, x, targets: Optional[List[Tensor]]):
  assert targets is not None, "targets should not be None"
  return x + len(targets)
def comprehended(self, x, targets: List[Dict[str, Tensor]]):
  assert all(["boxes" in t for t in targets]), "each target needs boxes"
  return x + 1
)");
    folds.save(dir + "/folds.pt");
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    try {
        torch::jit::Module nanInf("__torch__.NanInf");
        nanInf.register_parameter("w", torch::tensor({ 1.0f, std::nanf(""), INFINITY, 3.0f, -INFINITY, 2.0f }), false);
        nanInf.register_buffer("steps", torch::arange(5, torch::kInt64));
        nanInf.define("def forward(self, x):\n  return x * self.w\n");
        nanInf.save(dir + "/nan_inf.pt");

        writeFolds(dir);

        torch::jit::Module large("__torch__.Large");
        for (int i = 0; i < 4; ++i)
            large.register_parameter("layer" + std::to_string(i), torch::rand({ 2500, 2500 }), false);
        large.define("def forward(self, x):\n  return torch.mm(x, self.layer0)\n");
        large.save(dir + "/large.pt");

        torch::jit::Module big("__torch__.Big");
        big.register_parameter("weight", torch::zeros({ 1024, 1024 }), false);
        big.define("def forward(self, x):\n  return torch.mm(x, self.weight)\n");
        big.save(dir + "/big_data.tmp");
        rewriteRecord(dir + "/big_data.tmp", dir + "/short_data.pt", "data/0", std::string(40, '\0'));
        rewriteRecord(dir + "/big_data.tmp", dir + "/empty_data.pt", "data/0", std::string());
        std::remove((dir + "/big_data.tmp").c_str());

        rewriteRecords(dir + "/nan_inf.pt", dir + "/bad_code.pt", [](const std::string& record, std::string& data) {
            const std::string def = "def forward(self";
            const size_t at = data.find(def);
            if (record.size() > 3 && record.compare(record.size() - 3, 3, ".py") == 0 && at != std::string::npos)
                data.insert(at + def.size(), " ++");
        });
        writeDeepCode(dir + "/nan_inf.pt", dir + "/deep_code.pt", 100000);
        writeDeepCode(dir + "/nan_inf.pt", dir + "/deeper_code.pt", 2000000);
        writeLongChain(dir + "/nan_inf.pt", dir + "/long_chain.pt", 1500);
        writeLongChain(dir + "/nan_inf.pt", dir + "/longer_chain.pt", 3000);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fixturewriter: %s\n", e.what());
        return 1;
    }
    return 0;
}
