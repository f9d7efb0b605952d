// The Secure deployment page offscreen: optional (Next without applying), what stops Apply
// (the keystore's password, a keystore file that is not there), the preview of every file and
// command per node that changes with the options, the password never shown in it, and the
// profile keeping the choices without the password.
#include "core/secrets/secretstore.h"
#include "installwizard.h"
#include "pages/securepage.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

using namespace Ocw;
using namespace Ocw::Wizard;

class TestSecurePage : public QObject
{
    Q_OBJECT

private:
    Core::SecretStore *m_store = nullptr; // never deleted: keychain jobs may point into it
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<InstallWizard> m_wizard;

    SecurePage *page() const { return m_wizard->securePage(); }
    template<class T> T *child(const char *name) const
    {
        return page()->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = new Core::SecretStore(QStringLiteral("octane-cluster-wizard-test"));
        m_context = std::make_unique<WizardContext>(m_store);
        Core::ClusterProfile profile;
        profile.name = QStringLiteral("secure-test");
        for (const char *host : {"octane1.invalid", "octane2.invalid", "octane3.invalid"}) {
            Core::Node n;
            n.host = QLatin1String(host);
            profile.nodes.append(n);
        }
        profile.ssh.user = QStringLiteral("ocwadmin");
        profile.repositoryDir = QStringLiteral("/srv/octane-repo");
        m_context->setProfile(profile);
        const Core::Expected<Core::ReleaseDefinition> release =
            Core::ReleaseDefinition::load(profile.release);
        QVERIFY(release);
        m_context->setRelease(*release);
        m_wizard = std::make_unique<InstallWizard>(m_context.get());
        m_wizard->setStartId(InstallWizard::SecurePageId);
        m_wizard->resize(1280, 860);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void optionalAndPreviewedBeforeAnything()
    {
        QVERIFY(page()->isComplete()); // Next without applying
        QAbstractButton *apply = child<QAbstractButton>("apply");
        QVERIFY(!apply->isEnabled());
        QVERIFY2(page()->statusText().contains(QLatin1String("password")),
                 qPrintable(page()->statusText()));
        const QString preview = page()->previewText();
        for (const char *expected :
             {"octane1.invalid", "octane3.invalid", "/opt/octane/conf/keystore.p12",
              "/srv/octane-repo/conf/octane.conf", "systemctl stop octane"})
            QVERIFY2(preview.contains(QLatin1String(expected)), expected);
        QVERIFY(!preview.contains(QLatin1String("web.xml"))); // HTTPS not forced yet
    }

    void optionsChangeThePreviewAndThePasswordNeverShows()
    {
        child<QLineEdit>("keystorePassword")->setText(QStringLiteral("Page-Pass-1"));
        QVERIFY(child<QAbstractButton>("apply")->isEnabled());
        const QList<QCheckBox *> boxes = page()->findChildren<QCheckBox *>();
        for (QCheckBox *box : boxes) {
            if (box->text().contains(QLatin1String("Force HTTPS")))
                box->setChecked(true);
        }
        QVERIFY(page()->previewText().contains(
            QLatin1String("/opt/octane/webapps/root/WEB-INF/web.xml")));
        QVERIFY(!page()->previewText().contains(QLatin1String("Page-Pass-1")));
        // A keystore file that is not there stops Apply, naming it.
        const QList<QRadioButton *> radios = page()->findChildren<QRadioButton *>();
        for (QRadioButton *r : radios) {
            if (r->text().contains(QLatin1String("Keystore file")))
                r->setChecked(true);
        }
        child<QLineEdit>("keystorePath")->setText(QStringLiteral("/nonexistent/ks.p12"));
        QVERIFY(!child<QAbstractButton>("apply")->isEnabled());
        QVERIFY2(page()->statusText().contains(QLatin1String("/nonexistent/ks.p12")),
                 qPrintable(page()->statusText()));
        // The password is a session secret, never the profile's.
        QCOMPARE(m_context->secrets().value(QStringLiteral("conf:server.keystore-password")),
                 QStringLiteral("Page-Pass-1"));
        QVERIFY(!QJsonDocument(m_context->profile().toJson()).toJson().contains("Page-Pass-1"));
    }
};

QTEST_MAIN(TestSecurePage)
#include "tst_securepage.moc"
