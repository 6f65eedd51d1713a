// Writes the fixtures that are too large to commit or need values Python's fixtures lack,
// using libtorch alone (so the tests never need Python):
//   nan_inf.pt  a module whose parameter holds NaN and Inf
//   large.pt    ~100 MB of parameters, to watch the window stay responsive while it loads
#include <torch/script.h>

#include <cmath>
#include <cstdio>
#include <string>

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

        torch::jit::Module large("__torch__.Large");
        for (int i = 0; i < 4; ++i)
            large.register_parameter("layer" + std::to_string(i), torch::rand({ 2500, 2500 }), false);
        large.define("def forward(self, x):\n  return torch.mm(x, self.layer0)\n");
        large.save(dir + "/large.pt");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "fixturewriter: %s\n", e.what());
        return 1;
    }
    return 0;
}
