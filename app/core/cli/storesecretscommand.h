#pragma once

#include <QStringList>

namespace Ocw::Core {

// `octane-cluster-wizard store-secrets --profile FILE`: reads `name=value` lines from stdin
// (the names --secrets-stdin takes: ssh-password, key-passphrase, sudo-password, each
// optionally @node, and conf:<octane.conf key>) and stores each in the keychain under the
// profile's scope, where the wizard and the headless commands find them. Prints the names,
// never a value. Exit 0 stored, 2 bad input (an unknown name or node, nothing on stdin, no
// keychain).
class StoreSecretsCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Ocw::Core
