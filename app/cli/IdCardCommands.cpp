#include "CliApp.h"

namespace qf {

void registerIdCardCommands()
{
}

} // namespace qf
