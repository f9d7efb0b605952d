#pragma once

#include "core/run/hostkeyscanner.h"

#include <QDialog>
#include <QList>

class QTreeWidget;

namespace Ocw::Wizard {

// The one question about unknown host keys: every unknown node with its key type and SHA256
// fingerprint as OpenSSH prints them, how to verify them on the node, and "Trust and continue"
// or "Cancel" (the default). Only Unknown keys are listed; changed or revoked keys never reach
// this dialog. GUI thread.
class HostKeyTrustDialog : public QDialog
{
    Q_OBJECT
public:
    // `trustFile`: where accepted keys will be written (shown to the user).
    HostKeyTrustDialog(const QList<Core::HostKeyScanResult> &unknown, const QString &trustFile,
                       QWidget *parent = nullptr);

    QList<Core::HostKeyScanResult> keys() const { return m_keys; }
    // "ED25519", "ECDSA", "RSA" as `ssh` says "ED25519 key fingerprint is SHA256:…".
    static QString openSshKeyName(const QString &type);

private:
    QList<Core::HostKeyScanResult> m_keys;
    QTreeWidget *m_list = nullptr;
};

} // namespace Ocw::Wizard
