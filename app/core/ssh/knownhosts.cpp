#include "knownhosts.h"

#include "../base/outputfile.h"
#include "../base/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace Ocw::Core {

namespace {

// OpenSSH's match_pattern(): '*' any run, '?' one character; caller lower-cases both sides.
bool matchPattern(QStringView s, QStringView p)
{
    while (true) {
        if (p.isEmpty())
            return s.isEmpty();
        if (p.front() == QLatin1Char('*')) {
            p = p.mid(1);
            if (p.isEmpty())
                return true;
            for (qsizetype i = 0; i <= s.size(); ++i) {
                if (matchPattern(s.mid(i), p))
                    return true;
            }
            return false;
        }
        if (s.isEmpty())
            return false;
        if (p.front() != QLatin1Char('?') && p.front() != s.front())
            return false;
        s = s.mid(1);
        p = p.mid(1);
    }
}

QByteArray hmacSha1(const QByteArray &key, const QString &name)
{
    return QMessageAuthenticationCode::hash(name.toUtf8(), key, QCryptographicHash::Sha1);
}

QString hashedName(const QString &name)
{
    QByteArray salt(20, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return QStringLiteral("|1|") + QString::fromLatin1(salt.toBase64()) + QLatin1Char('|') +
           QString::fromLatin1(hmacSha1(salt, name).toBase64());
}

} // namespace

KnownHosts::KnownHosts() = default;

Expected<Done> KnownHosts::load(const QString &path)
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&path](const Entry &e) { return e.file == path; }),
                    m_entries.end());
    if (!m_files.contains(path))
        m_files.append(path);

    QFile file(path);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, Tr::tr("Cannot read the known hosts file %1.").arg(path),
                         file.errorString());
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields =
            line.split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
        Entry entry;
        if (fields.first().startsWith(QLatin1Char('@'))) {
            const QString marker = fields.takeFirst();
            if (marker == QLatin1String("@cert-authority"))
                continue; // CA lines sign certificates; plain host keys never match them
            if (marker != QLatin1String("@revoked")) {
                ++m_skipped;
                continue;
            }
            entry.revoked = true;
        }
        if (fields.size() < 3) {
            ++m_skipped;
            continue;
        }
        const QString &hosts = fields.at(0);
        if (hosts.startsWith(QLatin1String("|1|"))) {
            const QStringList parts = hosts.mid(3).split(QLatin1Char('|'));
            if (parts.size() != 2) {
                ++m_skipped;
                continue;
            }
            entry.hashed = true;
            entry.salt = QByteArray::fromBase64(parts.at(0).toLatin1());
            entry.hash = QByteArray::fromBase64(parts.at(1).toLatin1());
            if (entry.salt.isEmpty() || entry.hash.size() != 20) {
                ++m_skipped;
                continue;
            }
        } else {
            entry.patterns = hosts.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        entry.key = HostKey::fromBase64(fields.at(1), fields.at(2).toLatin1());
        if (!entry.key.isValid()) {
            ++m_skipped;
            continue;
        }
        entry.file = path;
        entry.line = lineNo;
        m_entries.append(entry);
    }
    return Done{};
}

void KnownHosts::clear()
{
    m_entries.clear();
    m_files.clear();
    m_skipped = 0;
}

QStringList KnownHosts::files() const
{
    return m_files;
}

int KnownHosts::entryCount() const
{
    return int(m_entries.size());
}

int KnownHosts::skippedLines() const
{
    return m_skipped;
}

bool KnownHosts::entryMatches(const Entry &entry, const QString &name) const
{
    if (entry.hashed)
        return hmacSha1(entry.salt, name) == entry.hash;
    // OpenSSH's match_hostname(): a matching negated pattern vetoes the whole line.
    bool positive = false;
    for (const QString &pattern : entry.patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (matchPattern(name, QStringView(pattern).mid(1)))
                return false;
        } else if (!positive && matchPattern(name, pattern)) {
            positive = true;
        }
    }
    return positive;
}

HostKeyMatch KnownHosts::lookup(const QStringList &hosts, quint16 port, const HostKey &key) const
{
    auto rank = [](HostKeyStatus s) {
        switch (s) {
        case HostKeyStatus::Unknown:
            return 0;
        case HostKeyStatus::Trusted:
            return 1;
        case HostKeyStatus::Changed:
            return 2;
        case HostKeyStatus::Revoked:
            return 3;
        }
        return 0;
    };

    HostKeyMatch best;
    QStringList otherTypes;
    for (const QString &host : hosts) {
        const QString name = hostEntryName(host, port);
        if (name.isEmpty())
            continue;
        HostKeyMatch forName;
        for (const Entry &entry : m_entries) {
            if (!entryMatches(entry, name))
                continue;
            HostKeyMatch m;
            m.matchedName = name;
            m.knownType = entry.key.type;
            m.file = entry.file;
            m.line = entry.line;
            if (entry.revoked) {
                if (entry.key != key)
                    continue;
                m.status = HostKeyStatus::Revoked;
                m.knownFingerprint = entry.key.fingerprintSha256();
            } else if (entry.key == key) {
                m.status = HostKeyStatus::Trusted;
            } else if (entry.key.type == key.type) {
                m.status = HostKeyStatus::Changed;
                m.knownFingerprint = entry.key.fingerprintSha256();
            } else {
                if (!otherTypes.contains(entry.key.type))
                    otherTypes.append(entry.key.type);
                continue;
            }
            // Within one name an exact match beats a changed line (key rotation keeps two
            // lines of one type), but nothing beats a revoked key.
            const bool better =
                forName.status == HostKeyStatus::Unknown || m.status == HostKeyStatus::Revoked ||
                (m.status == HostKeyStatus::Trusted && forName.status == HostKeyStatus::Changed);
            if (better && forName.status != HostKeyStatus::Revoked)
                forName = m;
        }
        if (rank(forName.status) > rank(best.status))
            best = forName;
    }
    if (best.status == HostKeyStatus::Unknown)
        best.knownType = otherTypes.join(QLatin1Char(','));
    return best;
}

HostKeyMatch KnownHosts::lookup(const QString &host, quint16 port, const HostKey &key) const
{
    return lookup(QStringList{host}, port, key);
}

QStringList KnownHosts::knownKeyTypes(const QStringList &hosts, quint16 port) const
{
    QStringList types;
    for (const QString &host : hosts) {
        const QString name = hostEntryName(host, port);
        if (name.isEmpty())
            continue;
        for (const Entry &entry : m_entries) {
            if (!entry.revoked && !types.contains(entry.key.type) && entryMatches(entry, name))
                types.append(entry.key.type);
        }
    }
    return types;
}

QString KnownHosts::hostEntryName(const QString &host, quint16 port)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.isEmpty())
        return QString();
    if (port == 22)
        return h;
    return QStringLiteral("[%1]:%2").arg(h).arg(port);
}

QString KnownHosts::userKnownHostsFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

Expected<Done> KnownHosts::append(const QString &file, const QStringList &hosts, quint16 port,
                                  const HostKey &key, bool hashNames)
{
    QStringList names;
    for (const QString &host : hosts) {
        const QString name = hostEntryName(host, port);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    if (names.isEmpty() || !key.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Cannot add a host key to %1: no host name or no key.").arg(file));
    }

    // The product's own known_hosts lives in a folder that does not exist before first use.
    const QString dirPath = QFileInfo(file).absolutePath();
    if (!QFileInfo::exists(dirPath)) {
        if (!QDir().mkpath(dirPath)) {
            return makeError(
                ErrorCode::Io,
                Tr::tr("Cannot create the folder %1 for the known hosts file.").arg(dirPath));
        }
        QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    const Expected<OutputFile::Target> target = OutputFile::resolve(file);
    if (!target)
        return target.error();
    QByteArray content;
    // Only a regular file has lines to keep; a FIFO would block the read until some writer came.
    if (target->kind == OutputFile::Kind::File && target->exists) {
        QFile old(target->path);
        if (!old.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io,
                             Tr::tr("Cannot read the known hosts file %1.").arg(file),
                             old.errorString());
        }
        content = old.readAll();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content += '\n';
    }
    if (hashNames) {
        for (const QString &name : names)
            content += key.toOpenSshLine(hashedName(name)).toUtf8() + '\n';
    } else {
        content += key.toOpenSshLine(names.join(QLatin1Char(','))).toUtf8() + '\n';
    }
    return OutputFile::write(file, content, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace Ocw::Core
