#pragma once

#include "core/model/clusterprofile.h"
#include "core/run/nodesconfig.h"
#include "core/secrets/secretnames.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ocw::Wizard {

class IssueLabel;

// The Nodes page's right-hand side: the shared SSH settings (user, port, login, key file and
// the login secrets, the per-node passwords button) and the cluster settings (database,
// repository, load balancer, install user), each field with its issue line. Only widgets:
// the page reads and fills them; NodesConfig decides. GUI thread, owned by the page.
class ProfileSettingsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileSettingsPane(QWidget *parent = nullptr);

    void setProfile(const Core::ClusterProfile &profile); // the fields shown here
    void applyTo(Core::ClusterProfile &profile) const;
    // The field of a shared login secret (Core::SecretNames::loginNames()); nullptr if none.
    QLineEdit *secretField(const QString &name) const;
    void setSecretRowsVisible(bool password, bool key);
    void setNodeSecretsNote(const QString &text, const QString &details, bool enabled);
    void showKeychainNote(const QString &text);
    // By profile path ("ssh.port", "database.host", ...).
    QHash<QString, IssueLabel *> issueLabels() const { return m_issueLabels; }

Q_SIGNALS:
    void edited(); // any field changed
    void nodeSecretsRequested();

private:
    QWidget *buildSshBox();
    QWidget *buildClusterBox();
    QLineEdit *addField(QFormLayout *form, const QString &label, const QString &field,
                        QWidget *extra = nullptr);
    void onBrowseKeyFile();

    QHash<QString, IssueLabel *> m_issueLabels;
    QLineEdit *m_sshUser = nullptr;
    QLineEdit *m_sshPort = nullptr;
    QComboBox *m_sshAuth = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_sudoPassword = nullptr;
    QPushButton *m_nodeSecretsButton = nullptr;
    QLabel *m_nodeSecretsNote = nullptr;
    QFormLayout *m_sshForm = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLineEdit *m_dbHost = nullptr;
    QLineEdit *m_dbPort = nullptr;
    QLineEdit *m_repositoryDir = nullptr;
    QLineEdit *m_loadBalancer = nullptr;
    QLineEdit *m_installUser = nullptr;
};

} // namespace Ocw::Wizard
