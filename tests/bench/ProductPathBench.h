#pragma once

#include <QJsonObject>
#include <QString>

// The product-path figures of gobiz-bench: a user's click on the wizard's bulk "Link to GoFood"
// button through WizardController -> OutletModel -> LinkEngine -> LinkJournal (SQLite on disk)
// -> real HTTP over loopback to a gobiz-sandbox process.
//
//   gobiz-bench --product-path [--quick] [--ops N] [--latency-ms MS] [--concurrency N]
//               [--first-outlets N] [--fsync-delay-ms MS] [--deadline-s S]
//
// The parent (ProductPathReport.cpp) runs every scenario in a fresh copy of itself started
// with the hidden --product-path-child SCENARIO flag (ProductPathBench.cpp), so each product
// process is clean and the fsync shim can be LD_PRELOADed into the product process alone.
namespace bench {

// True when argv asks for the product-path figures (parent or child).
bool wantsProductPath(int argc, char **argv);
// Runs them; the process's exit code.
int productPathMain(int argc, char **argv);

struct ChildOptions
{
    QString scenario; // "engine", "links" or "first-request"
    int ops = 2000; // links requested (= outlets served for "engine" and "links")
    int latencyMs = 10;
    int concurrency = 4;
    int deadlineS = 600;
    bool expectShim = false; // the fsync shim must be loaded, or the run is refused
};

// In the product process: runs one scenario and returns its figures as JSON ("ok": false and
// "error" when something did not work; the figures are then not to be trusted).
QJsonObject runChildScenario(const ChildOptions &options);

// The line a child prints its JSON result on.
inline constexpr char resultPrefix[] = "GOBIZ-BENCH-RESULT ";

} // namespace bench
