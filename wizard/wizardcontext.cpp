#include "wizardcontext.h"

#include "core/run/sshconnector.h"
#include "core/secrets/secretnames.h"

#include <QFileInfo>

namespace Ocw::Wizard {

WizardContext::WizardContext(Core::SecretStore *secretStore, QObject *parent)
    : QObject(parent)
    , m_secretStore(secretStore)
{
}

void WizardContext::setProfile(const Core::ClusterProfile &profile)
{
    m_profile = profile;
    Q_EMIT profileChanged();
}

QString WizardContext::secretScope() const
{
    return Core::SecretNames::scopeFor(m_profile, m_profilePath);
}

void WizardContext::setSecret(const QString &name, const QString &value)
{
    if (value.isEmpty())
        m_secrets.remove(name);
    else
        m_secrets.insert(name, value);
}

QStringList WizardContext::knownHostsFiles() const
{
    return Core::SshConnector::defaultKnownHostsFiles(m_profile.ssh.knownHostsFile) +
           m_extraKnownHostsFiles;
}

std::shared_ptr<Core::RemoteConnector> WizardContext::makeConnector() const
{
    if (m_connectorFactory)
        return m_connectorFactory(knownHostsFiles());
    return std::make_shared<Core::SshConnector>(knownHostsFiles());
}

void WizardContext::recordPhase(const Core::RunRecord::Phase &phase)
{
    m_runRecord.record(phase);
    Q_EMIT phaseRecorded(phase.id);
}

} // namespace Ocw::Wizard
