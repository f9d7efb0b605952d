#pragma once

#include "core/model/clusterprofile.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLineEdit;

namespace Ocw::Wizard {

// "Per-node passwords…": one row per node of the profile, with masked cells for the SSH
// password, the key passphrase and the sudo password of that node only. An empty cell means
// "use the shared value" of the Nodes page. The dialog only edits values; the page stores
// them (WizardContext, keychain) under Core::SecretNames::forNode(). GUI thread.
class NodeSecretsDialog : public QDialog
{
    Q_OBJECT
public:
    // `secrets`: the current per-node values by secret name; names of other nodes are ignored.
    NodeSecretsDialog(const Core::ClusterProfile &profile, const QHash<QString, QString> &secrets,
                      QWidget *parent = nullptr);

    QStringList hosts() const { return m_hosts; }
    // The cell of one node and one of Core::SecretNames::loginNames(); nullptr if none.
    QLineEdit *editor(const QString &host, const QString &name) const;
    // The non-empty cells, by Core::SecretNames::forNode().
    QHash<QString, QString> secrets() const;

private:
    QStringList m_hosts;
    QHash<QString, QLineEdit *> m_editors; // by secret name
};

} // namespace Ocw::Wizard
