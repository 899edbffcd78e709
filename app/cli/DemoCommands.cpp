#include "CliApp.h"

namespace qf {

void registerDemoCommands()
{
}

} // namespace qf
