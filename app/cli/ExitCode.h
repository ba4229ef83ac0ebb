#pragma once

namespace gobiz::cli {

// gobiz-outlets' exit status, documented in --help and gobiz-outlets(1). Scripts depend on
// these numbers: never renumber them.
enum class ExitCode {
    Done = 0, // everything asked for is done
    Failed = 1, // nothing asked for could be done (or the command failed)
    Usage = 2, // usage or bad input (an option, a plan row: file:line), nothing was sent
    Partly = 3, // some changes are done, others failed or were refused
    SignIn = 4, // sign-in needed: no token, or GoBiz refused it (401)
    Journal = 5, // the link journal cannot be written (or another program has it)
    Interrupted = 130, // Ctrl-C: what was sent is recorded, the rest stays planned (resume)
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace gobiz::cli
