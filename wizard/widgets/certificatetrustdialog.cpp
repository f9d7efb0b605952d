#include "certificatetrustdialog.h"

#include "verdictstyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ocw::Wizard {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace

CertificateTrustDialog::CertificateTrustDialog(const Core::CertificateInfo &certificate,
                                               const QString &host, const QString &profileFile,
                                               QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
    , m_host(host)
{
    setWindowTitle(tr("Server certificate not trusted"));
    setObjectName(QStringLiteral("certificateTrustDialog"));
    resize(720, 420);

    auto *icon = new QLabel(this);
    icon->setPixmap(VerdictStyle::icon(Core::Verdict::Warn).pixmap(32, 32));
    auto *intro = new QLabel(
        QStringLiteral("<b>%1</b><br>")
                .arg(tr("The Octane server on %1 answered with a certificate that TLS does not "
                        "trust.")
                         .arg(host.toHtmlEscaped())) +
            tr("A self-signed or privately issued certificate is normal right after "
               "<code>enablessl.sh</code>. Compare the SHA-256 fingerprint below with the one of "
               "the server's certificate, for example <code>keytool -list -v -keystore "
               "/opt/octane/conf/keystore.jks</code> on the node, and trust it only if they are "
               "the same."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);

    auto *form = new QFormLayout;
    const QLocale locale;
    form->addRow(tr("Subject:"), valueLabel(certificate.subject, this));
    form->addRow(tr("Issuer:"), valueLabel(certificate.issuer, this));
    if (!certificate.alternateNames.isEmpty())
        form->addRow(tr("Names:"),
                     valueLabel(certificate.alternateNames.join(QStringLiteral(", ")), this));
    form->addRow(
        tr("Valid:"),
        valueLabel(
            tr("%1 to %2")
                .arg(locale.toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat)),
            this));
    auto *fingerprint = valueLabel(certificate.sha256Fingerprint, this, true);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    form->addRow(tr("SHA-256:"), fingerprint);
    form->addRow(tr("Refused because:"),
                 valueLabel(certificate.errors.join(QLatin1Char('\n')), this));

    auto *where = new QLabel(
        profileFile.isEmpty()
            ? tr("The fingerprint is kept in this profile for %1 only; save the profile on the "
                 "Nodes page to keep it.")
                  .arg(host)
            : tr("The fingerprint is saved in the profile %1, for %2 only. Any other "
                 "certificate is refused again.")
                  .arg(profileFile, host),
        this);
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_trustButton = buttons->addButton(tr("&Trust this certificate and sign in again"),
                                       QDialogButtonBox::AcceptRole);
    m_trustButton->setObjectName(QStringLiteral("trustCertificate"));
    m_trustButton->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // trusting is a decision
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(where);
    layout->addWidget(buttons);
}

} // namespace Ocw::Wizard
