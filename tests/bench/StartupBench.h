#pragma once

// The start-up figure of gobiz-bench: the real wizard executable, from the moment it is started
// to its first painted window, against a bare three-page QWizard executable built the same way
// (bare_wizard.cpp). Both print one line when their window is first painted and quit
// (ui/StartupProbe.h); runs alternate A B A B so a drift of the machine's speed hits both.
//
//   gobiz-bench --startup [--runs N] [--warmup N] [--demo]
namespace bench {

bool wantsStartup(int argc, char **argv);
int startupMain(int argc, char **argv);

} // namespace bench
