#include "hostkeytrustdialog.h"

#include "verdictstyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ocw::Wizard {

QString HostKeyTrustDialog::openSshKeyName(const QString &type)
{
    if (type == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ED25519");
    if (type.startsWith(QLatin1String("ecdsa-")))
        return QStringLiteral("ECDSA");
    if (type == QLatin1String("ssh-rsa") || type.startsWith(QLatin1String("rsa-")))
        return QStringLiteral("RSA");
    if (type == QLatin1String("ssh-dss"))
        return QStringLiteral("DSA");
    return type;
}

HostKeyTrustDialog::HostKeyTrustDialog(const QList<Core::HostKeyScanResult> &unknown,
                                       const QString &trustFile, QWidget *parent)
    : QDialog(parent)
    , m_keys(unknown)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Trust host keys"));
    resize(820, 380);

    auto *icon = new QLabel(this);
    icon->setPixmap(VerdictStyle::icon(Core::Verdict::Warn).pixmap(32, 32));
    const QString headline =
        unknown.size() == 1
            ? tr("The authenticity of %1 cannot be established yet.")
                  .arg(unknown.first().node.toHtmlEscaped())
            : tr("The authenticity of %1 nodes cannot be established yet.").arg(unknown.size());
    auto *intro = new QLabel(QStringLiteral("<b>%1</b><br>").arg(headline) +
                                 tr("Their host keys are not in any known_hosts file. Compare each "
                                    "fingerprint with the one the node itself shows, for example "
                                    "<code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> "
                                    "run on the node's console, before you trust it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("Node"), tr("Connected to"), tr("Key type"), tr("Fingerprint")});
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const Core::HostKeyScanResult &r : unknown) {
        QStringList addresses;
        for (const QString &name : r.names) {
            if (name.compare(r.node, Qt::CaseInsensitive) != 0)
                addresses.append(name);
        }
        QString where = addresses.isEmpty() ? r.host : addresses.join(QLatin1String(", "));
        if (r.port != 22)
            where += QStringLiteral(" port %1").arg(r.port);
        auto *item = new QTreeWidgetItem(
            m_list,
            {r.node, where, QStringLiteral("%1 (%2)").arg(openSshKeyName(r.keyType), r.keyType),
             r.fingerprint});
        item->setFont(3, mono);
        const QString openSsh = tr("The authenticity of host '%1 (%2)' can't be established.\n"
                                   "%3 key fingerprint is %4.")
                                    .arg(r.node, where, openSshKeyName(r.keyType), r.fingerprint);
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c,
                             r.fix.isEmpty() ? openSsh : openSsh + QStringLiteral("\n\n") + r.fix);
    }
    m_list->header()->setStretchLastSection(true);
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);

    auto *note = new QLabel(
        tr("Trusted keys are added to %1. A key that changes later is refused.").arg(trustFile),
        this);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("Trust and continue"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    trust->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    cancel->setFocus();
}

} // namespace Ocw::Wizard
