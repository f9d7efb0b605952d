#include "core/ssh/hostkey.h"
#include "core/ssh/knownhosts.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ocw::Core;

Q_DECLARE_METATYPE(Ocw::Core::HostKeyStatus)

// KnownHosts on real files written and read by OpenSSH's ssh-keygen (plain and hashed).
class TestKnownHosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, HostKey> m_keys; // "a" (ed25519), "b" (ed25519), "c" (ecdsa), "r" (rsa)
    QString m_plain;
    QString m_hashed;

    static QByteArray run(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), args);
        p.waitForFinished(30000);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }
    static HostKey readPub(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return HostKey();
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        return HostKey::fromBase64(QString::fromLatin1(fields.value(0)), fields.value(1));
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString line(const QString &hosts, const QString &key) const
    {
        return m_keys.value(key).toOpenSshLine(hosts) + QLatin1Char('\n');
    }
    static void write(const QString &file, const QString &text)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QList<QPair<QString, QString>> specs = {
            {QStringLiteral("a"), QStringLiteral("ed25519")},
            {QStringLiteral("b"), QStringLiteral("ed25519")},
            {QStringLiteral("c"), QStringLiteral("ecdsa")},
            {QStringLiteral("r"), QStringLiteral("rsa")}};
        for (const auto &spec : specs) {
            int rc = -1;
            run({QStringLiteral("-q"), QStringLiteral("-t"), spec.second, QStringLiteral("-N"),
                 QString(), QStringLiteral("-C"), spec.first, QStringLiteral("-f"),
                 path(spec.first)},
                &rc);
            QCOMPARE(rc, 0);
            const HostKey key = readPub(path(spec.first + QStringLiteral(".pub")));
            QVERIFY(key.isValid());
            m_keys.insert(spec.first, key);
        }

        QString text;
        text += QStringLiteral("# a comment line\n\n");
        text += line(QStringLiteral("octane1.lab,127.0.0.11"), QStringLiteral("a"));
        text += line(QStringLiteral("octane1.lab,127.0.0.11"), QStringLiteral("c"));
        text += line(QStringLiteral("[octane1.lab]:2222"), QStringLiteral("b"));
        text += line(QStringLiteral("[10.1.2.3]:2200,[fe80::1]:2200"), QStringLiteral("a"));
        text += line(QStringLiteral("*.wild.lab,!bad.wild.lab"), QStringLiteral("a"));
        text += line(QStringLiteral("node?.q.lab"), QStringLiteral("a"));
        text += line(QStringLiteral("UPPER.lab"), QStringLiteral("a"));
        text += line(QStringLiteral("::1"), QStringLiteral("a"));
        text += QStringLiteral("@revoked revoked.lab ") + m_keys["b"].type + QLatin1Char(' ') +
                m_keys["b"].blobBase64() + QStringLiteral(" old key\n");
        text += line(QStringLiteral("revoked.lab"), QStringLiteral("a"));
        text += line(QStringLiteral("revoked.lab"), QStringLiteral("b"));
        text += QStringLiteral("@cert-authority *.lab ") + m_keys["b"].type + QLatin1Char(' ') +
                m_keys["b"].blobBase64() + QLatin1Char('\n');
        text += line(QStringLiteral("rotated.lab"), QStringLiteral("a"));
        text += line(QStringLiteral("rotated.lab"), QStringLiteral("b"));
        text += QStringLiteral("broken-line-without-key\n");
        text += QStringLiteral("bad.lab ssh-ed25519 !!notbase64!!\n");
        m_plain = path(QStringLiteral("known_hosts"));
        write(m_plain, text);

        // The same entries without wildcard lines, hashed by OpenSSH itself.
        QString plainNames;
        plainNames += line(QStringLiteral("octane1.lab,127.0.0.11"), QStringLiteral("a"));
        plainNames += line(QStringLiteral("octane1.lab,127.0.0.11"), QStringLiteral("c"));
        plainNames += line(QStringLiteral("[octane1.lab]:2222"), QStringLiteral("b"));
        plainNames += line(QStringLiteral("[10.1.2.3]:2200,[fe80::1]:2200"), QStringLiteral("a"));
        plainNames += line(QStringLiteral("UPPER.lab"), QStringLiteral("a"));
        plainNames += line(QStringLiteral("::1"), QStringLiteral("a"));
        plainNames += line(QStringLiteral("rotated.lab"), QStringLiteral("a"));
        plainNames += line(QStringLiteral("rotated.lab"), QStringLiteral("b"));
        m_hashed = path(QStringLiteral("known_hosts_hashed"));
        write(m_hashed, plainNames);
        int rc = -1;
        run({QStringLiteral("-H"), QStringLiteral("-f"), m_hashed}, &rc);
        QCOMPARE(rc, 0);
        QFile hashed(m_hashed);
        QVERIFY(hashed.open(QIODevice::ReadOnly));
        const QByteArray content = hashed.readAll();
        QVERIFY2(content.startsWith("|1|") && !content.contains("octane1"), content.constData());
    }

    void fingerprintMatchesSshKeygen_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("ed25519") << QStringLiteral("a");
        QTest::newRow("ecdsa") << QStringLiteral("c");
        QTest::newRow("rsa") << QStringLiteral("r");
    }
    void fingerprintMatchesSshKeygen()
    {
        QFETCH(QString, key);
        // "256 SHA256:xxxx comment (ED25519)"
        const QByteArray out = run({QStringLiteral("-lf"), path(key + QStringLiteral(".pub"))});
        const QString expected = QString::fromLatin1(out.split(' ').value(1));
        QVERIFY(expected.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(m_keys.value(key).fingerprintSha256(), expected);
    }

    void lookup_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("key");
        QTest::addColumn<HostKeyStatus>("plain");
        QTest::addColumn<HostKeyStatus>("hashed");
        const auto T = HostKeyStatus::Trusted, U = HostKeyStatus::Unknown,
                   C = HostKeyStatus::Changed, R = HostKeyStatus::Revoked;
        auto row = [&](const char *name, QStringList hosts, int port, const char *key,
                       HostKeyStatus plain, HostKeyStatus hashed) {
            QTest::newRow(name) << hosts << port << QString::fromLatin1(key) << plain << hashed;
        };
        row("name-trusted", {"octane1.lab"}, 22, "a", T, T);
        row("address-trusted", {"127.0.0.11"}, 22, "a", T, T);
        row("second-type-trusted", {"octane1.lab"}, 22, "c", T, T);
        row("name-and-address", {"octane1.lab", "127.0.0.11"}, 22, "a", T, T);
        row("changed-same-type", {"octane1.lab"}, 22, "b", C, C);
        row("changed-under-address-only", {"fresh.lab", "127.0.0.11"}, 22, "b", C, C);
        row("other-type-only-unknown", {"octane1.lab"}, 22, "r", U, U);
        row("unknown-host", {"nowhere.lab"}, 22, "a", U, U);
        row("port-2222-trusted", {"octane1.lab"}, 2222, "b", T, T);
        row("port-2222-changed", {"octane1.lab"}, 2222, "a", C, C);
        row("port-2223-unknown", {"octane1.lab"}, 2223, "a", U, U);
        row("port-22-entry-not-for-2222", {"127.0.0.11"}, 2222, "a", U, U);
        row("port-list-ipv4", {"10.1.2.3"}, 2200, "a", T, T);
        row("port-list-ipv6", {"fe80::1"}, 2200, "a", T, T);
        row("ipv6-bracketed-port-22", {"[::1]"}, 22, "a", T, T);
        row("wildcard", {"n1.wild.lab"}, 22, "a", T, U);
        row("wildcard-changed", {"n1.wild.lab"}, 22, "b", C, U);
        row("negated", {"bad.wild.lab"}, 22, "a", U, U);
        row("question-mark", {"node7.q.lab"}, 22, "a", T, U);
        row("question-mark-one-char-only", {"node77.q.lab"}, 22, "a", U, U);
        row("case-insensitive", {"upper.LAB"}, 22, "a", T, T);
        row("revoked", {"revoked.lab"}, 22, "b", R, U);
        row("not-revoked-key", {"revoked.lab"}, 22, "a", T, U);
        row("rotation-keeps-both", {"rotated.lab"}, 22, "b", T, T);
        row("cert-authority-ignored", {"x.lab"}, 22, "b", U, U);
    }
    void lookup()
    {
        QFETCH(QStringList, hosts);
        QFETCH(int, port);
        QFETCH(QString, key);
        QFETCH(HostKeyStatus, plain);
        QFETCH(HostKeyStatus, hashed);

        KnownHosts kh;
        QVERIFY(kh.load(m_plain).hasValue());
        const HostKeyMatch p = kh.lookup(hosts, quint16(port), m_keys.value(key));
        QCOMPARE(p.status, plain);

        KnownHosts hkh;
        QVERIFY(hkh.load(m_hashed).hasValue());
        QCOMPARE(hkh.lookup(hosts, quint16(port), m_keys.value(key)).status, hashed);
    }

    void changedReportsFileLineAndOldKey()
    {
        KnownHosts kh;
        QVERIFY(kh.load(m_plain).hasValue());
        const HostKeyMatch m = kh.lookup({QStringLiteral("octane1.lab")}, 22, m_keys["b"]);
        QCOMPARE(m.status, HostKeyStatus::Changed);
        QCOMPARE(m.file, m_plain);
        QCOMPARE(m.line, 3); // after a comment and an empty line
        QCOMPARE(m.knownType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(m.knownFingerprint, m_keys["a"].fingerprintSha256());
        QCOMPARE(m.matchedName, QStringLiteral("octane1.lab"));

        const HostKeyMatch u = kh.lookup({QStringLiteral("octane1.lab")}, 22, m_keys["r"]);
        QCOMPARE(u.status, HostKeyStatus::Unknown);
        QCOMPARE(u.knownType, QStringLiteral("ssh-ed25519,ecdsa-sha2-nistp256"));
        QCOMPARE(
            kh.knownKeyTypes({QStringLiteral("octane1.lab")}, 22),
            QStringList({QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp256")}));
    }

    void malformedLinesSkipped()
    {
        KnownHosts kh;
        QVERIFY(kh.load(m_plain).hasValue());
        QCOMPARE(kh.skippedLines(), 2);
        QCOMPARE(kh.entryCount(), 13);
    }

    void severalFilesAndReload()
    {
        KnownHosts kh;
        QVERIFY(kh.load(path(QStringLiteral("missing_file"))).hasValue());
        QCOMPARE(kh.entryCount(), 0);
        QVERIFY(kh.load(m_plain).hasValue());
        QVERIFY(kh.load(m_hashed).hasValue());
        const int both = kh.entryCount();
        QVERIFY(kh.load(m_plain).hasValue()); // replaces, does not duplicate
        QCOMPARE(kh.entryCount(), both);
        QCOMPARE(kh.files().size(), 3);
    }

    void appendRoundTrip_data()
    {
        QTest::addColumn<bool>("hashNames");
        QTest::addColumn<int>("port");
        QTest::newRow("plain-port-22") << false << 22;
        QTest::newRow("plain-port-2222") << false << 2222;
        QTest::newRow("hashed-port-22") << true << 22;
        QTest::newRow("hashed-port-2222") << true << 2222;
    }
    void appendRoundTrip()
    {
        QFETCH(bool, hashNames);
        QFETCH(int, port);
        const QString dir = path(QStringLiteral("new-%1-%2").arg(hashNames).arg(port));
        const QString file = dir + QStringLiteral("/sub/known_hosts");
        const HostKey key = m_keys["a"];
        const QStringList names{QStringLiteral("octane5.lab"), QStringLiteral("127.0.0.15")};

        auto r = KnownHosts::append(file, names, quint16(port), key, hashNames);
        QVERIFY2(r.hasValue(), qPrintable(r.error().message));
        QCOMPARE(QFileInfo(file).permissions() & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QFileInfo(dir + QStringLiteral("/sub")).permissions() & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                     QFile::WriteUser | QFile::ExeUser);

        KnownHosts kh;
        QVERIFY(kh.load(file).hasValue());
        for (const QString &name : names)
            QCOMPARE(kh.lookup(name, quint16(port), key).status, HostKeyStatus::Trusted);

        // OpenSSH finds what we wrote.
        const QString lookupName = KnownHosts::hostEntryName(names.first(), quint16(port));
        int rc = -1;
        const QByteArray found =
            run({QStringLiteral("-F"), lookupName, QStringLiteral("-f"), file}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(found.contains(key.blobBase64().toLatin1()));

        // A second append keeps the first line and the file's mode.
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser |
                                        QFile::WriteUser | QFile::ReadOther);
        r = KnownHosts::append(file, {QStringLiteral("octane6.lab")}, quint16(port), m_keys["c"],
                               hashNames);
        QVERIFY(r.hasValue());
        QVERIFY(QFileInfo(file).permissions() & QFile::ReadOther);
        QVERIFY(kh.load(file).hasValue());
        QCOMPARE(kh.entryCount(), hashNames ? 3 : 2);
        QCOMPARE(kh.lookup(names.first(), quint16(port), key).status, HostKeyStatus::Trusted);
        QCOMPARE(kh.lookup(QStringLiteral("octane6.lab"), quint16(port), m_keys["c"]).status,
                 HostKeyStatus::Trusted);
    }

    void appendKeepsContentWithoutTrailingNewline()
    {
        const QString file = path(QStringLiteral("no_newline"));
        write(file, line(QStringLiteral("old.lab"), QStringLiteral("a")).trimmed());
        QVERIFY(KnownHosts::append(file, {QStringLiteral("new.lab")}, 22, m_keys["b"]).hasValue());
        KnownHosts kh;
        QVERIFY(kh.load(file).hasValue());
        QCOMPARE(kh.entryCount(), 2);
        QCOMPARE(kh.skippedLines(), 0);
    }

    void appendRejectsInvalid()
    {
        QCOMPARE(KnownHosts::append(path(QStringLiteral("x")), {}, 22, m_keys["a"]).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(KnownHosts::append(path(QStringLiteral("x")), {QStringLiteral("h")}, 22, HostKey())
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
    }

    void hostEntryName()
    {
        QCOMPARE(KnownHosts::hostEntryName(QStringLiteral("Octane1.LAB"), 22),
                 QStringLiteral("octane1.lab"));
        QCOMPARE(KnownHosts::hostEntryName(QStringLiteral("octane1.lab"), 2222),
                 QStringLiteral("[octane1.lab]:2222"));
        QCOMPARE(KnownHosts::hostEntryName(QStringLiteral("[::1]"), 22), QStringLiteral("::1"));
        QCOMPARE(KnownHosts::hostEntryName(QStringLiteral("::1"), 2222),
                 QStringLiteral("[::1]:2222"));
    }

    void hostKeyFromBase64RejectsTypeMismatch()
    {
        const HostKey a = m_keys["a"];
        QVERIFY(
            !HostKey::fromBase64(QStringLiteral("ssh-rsa"), a.blobBase64().toLatin1()).isValid());
        QVERIFY(HostKey::fromBase64(a.type, a.blobBase64().toLatin1()) == a);
        QCOMPARE(HostKey::typeOfBlob(a.blob), QStringLiteral("ssh-ed25519"));
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
