#pragma once

#include "core/http/signinclient.h"

#include <QDialog>

class QPushButton;

namespace Ocw::Wizard {

// The question after TLS refused a server's certificate at sign-in: the certificate as the
// user must see it to decide (subject, issuer, names, validity, SHA-256 fingerprint, why TLS
// refused it), how to compare the fingerprint on the server, and "Trust this certificate for
// this profile" or "Cancel" (the default). Trusting one certificate never ignores TLS errors
// in general: another certificate is refused again. GUI thread.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    // `host`: where the certificate was met; `profileFile`: where the trust will be saved
    // (empty: the profile is not saved yet; the trust lasts until it is).
    CertificateTrustDialog(const Core::CertificateInfo &certificate, const QString &host,
                           const QString &profileFile, QWidget *parent = nullptr);

    Core::CertificateInfo certificate() const { return m_certificate; }
    QString host() const { return m_host; }
    QPushButton *trustButton() const { return m_trustButton; }

private:
    Core::CertificateInfo m_certificate;
    QString m_host;
    QPushButton *m_trustButton = nullptr;
};

} // namespace Ocw::Wizard
