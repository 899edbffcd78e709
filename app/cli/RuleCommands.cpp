#include "CliApp.h"

namespace qf {

void registerRuleCommands()
{
}

} // namespace qf
