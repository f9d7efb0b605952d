#pragma once

#include "core/base/error.h"
#include "core/model/clusterprofile.h"
#include "core/model/releasedefinition.h"
#include "core/report/runrecord.h"
#include "core/run/remoteconnector.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ocw::Core {
class LogBridge;
class SecretStore;
} // namespace Ocw::Core

namespace Ocw::Wizard {

// What the pages share: the profile as committed by the Nodes page, this run's secrets (memory
// only; the keychain copy lives in the SecretStore), and the factories of the core objects
// that talk to nodes, so tests can put fakes in. GUI thread. Owned by runWizard() (or a test);
// pages get it through their constructors and never own it.
class WizardContext : public QObject
{
    Q_OBJECT
public:
    using ConnectorFactory =
        std::function<std::shared_ptr<Core::RemoteConnector>(const QStringList &knownHostsFiles)>;

    explicit WizardContext(Core::SecretStore *secretStore, QObject *parent = nullptr);

    const Core::ClusterProfile &profile() const { return m_profile; }
    void setProfile(const Core::ClusterProfile &profile);
    QString profilePath() const { return m_profilePath; }
    void setProfilePath(const QString &path) { m_profilePath = path; }

    // A problem found before the first page showed (e.g. --profile FILE did not load).
    Core::Error startupError() const { return m_startupError; }
    void setStartupError(const Core::Error &error) { m_startupError = error; }

    // The keychain scope of this profile's secrets: its name, else the file's base name.
    QString secretScope() const;
    Core::SecretStore *secretStore() const { return m_secretStore; }
    // Secrets for this run, by Core::SecretNames (login secrets shared or for one node,
    // octane.conf secrets): memory only.
    QHash<QString, QString> secrets() const { return m_secrets; }
    // An empty value removes the secret: a per-node name then falls back to the shared one.
    void setSecret(const QString &name, const QString &value);

    // known_hosts files the host key check and the connections use.
    QStringList knownHostsFiles() const;
    void setExtraKnownHostsFiles(const QStringList &files) { m_extraKnownHostsFiles = files; }

    // Default: an SshConnector over knownHostsFiles().
    std::shared_ptr<Core::RemoteConnector> makeConnector() const;
    void setConnectorFactory(ConnectorFactory factory) { m_connectorFactory = std::move(factory); }

    // The package the installation uses (chosen and hashed on the First node page) and the
    // release it was planned with: the Other nodes page installs the same.
    struct Package
    {
        QString path;
        qint64 bytes = 0;
        QString sha256;
    };
    Package package() const { return m_package; }
    void setPackage(const Package &package) { m_package = package; }
    // A package named on the command line (--package FILE), chosen when the page opens.
    QString initialPackagePath() const { return m_initialPackagePath; }
    void setInitialPackagePath(const QString &path) { m_initialPackagePath = path; }
    std::optional<Core::ReleaseDefinition> release() const { return m_release; }
    void setRelease(const std::optional<Core::ReleaseDefinition> &release) { m_release = release; }
    // The first node was installed and signed in to by this wizard (its page's last run).
    bool isFirstNodeReady() const { return m_firstNodeReady; }
    void setFirstNodeReady(bool ready) { m_firstNodeReady = ready; }

    // What every page ran in this session, for the Summary page and its exported report.
    const Core::RunRecord &runRecord() const { return m_runRecord; }
    void recordPhase(const Core::RunRecord::Phase &phase);

    Core::LogBridge *logBridge() const { return m_logBridge; }
    void setLogBridge(Core::LogBridge *bridge) { m_logBridge = bridge; }

Q_SIGNALS:
    // setProfile() was called (the Nodes page committed its inputs).
    void profileChanged();
    // A page finished a run and recorded it.
    void phaseRecorded(const QString &phaseId);

private:
    Core::SecretStore *m_secretStore = nullptr;
    Core::LogBridge *m_logBridge = nullptr;
    Core::ClusterProfile m_profile;
    QString m_profilePath;
    Core::Error m_startupError;
    QHash<QString, QString> m_secrets;
    QStringList m_extraKnownHostsFiles;
    ConnectorFactory m_connectorFactory;
    Package m_package;
    QString m_initialPackagePath;
    std::optional<Core::ReleaseDefinition> m_release;
    bool m_firstNodeReady = false;
    Core::RunRecord m_runRecord;
};

} // namespace Ocw::Wizard
