// libyaml's event parser (Debian's libyaml-dev): accord builds its own light node tree from the
// events, with positions and without tag resolution or alias expansion.
#include <yaml.h>
